import { CAPACITY } from "../specs/capacity";
import { excelScalar } from "../errors";
import { run } from "../spec";

/**
 * Capacity online at a stage in a region by a year, in t/yr of the stage's product (mining REO, separation NdPr oxide, metal/magnet/recycling NdFeB), summed over the project pipeline.
 * @customfunction CAPACITY CAPACITY
 * @supportSync
 * @helpurl https://localhost:3000/docs/functions.html#capacity
 * @param region Region: a country (name, alias or code such as "US") or a group: allied (US and allies), non-China.
 * @param stage Stage: mining, separation (or refining), metal, magnet or recycling.
 * @param year Calendar year, 1900-2200: projects that start in or before it count.
 * @param [status] Which projects count: all (default: every status but unlikely), operating, committed (adds commissioning and construction), planned (adds planned and financing), or one status.
 * @returns Capacity in t/yr; 0 when no project qualifies (RE.SOURCE names the projects left out and why).
 */
export function capacity(
  region: string,
  stage: string,
  year: number,
  status?: string
): number | CustomFunctions.Error {
  return excelScalar(run(CAPACITY, [region, stage, year, status]));
}
