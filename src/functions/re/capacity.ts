import { CAPACITY } from "../specs/capacity";
import { excelScalar } from "../errors";
import { run } from "../spec";

/**
 * Capacity at a stage in a region in a year, in t/yr of the stage's product (mining REO, separation NdPr oxide, metal/magnet/recycling NdFeB): by default what is running, ramping plants at their sourced output.
 * @customfunction CAPACITY CAPACITY
 * @supportSync
 * @helpurl https://localhost:3000/docs/functions.html#capacity
 * @param region Region: a country (name, alias or code such as "US") or a group: allied (US treaty allies), non-China, MSP, G7, Quad; members in RE.TABLE("regions").
 * @param stage Stage: mining, separation (or refining), metal, magnet or recycling.
 * @param year Calendar year, 1900-2200, up to the data's horizon (the last year any plant record reaches).
 * @param [status] Which plants count: running (default: operating, and ramping ones at their sourced output), committed (adds commissioning and construction), planned (adds planned and financing; also all), or one status.
 * @returns Capacity in t/yr, at least this much where plants without a figure are left out (RE.SOURCE names them); #N/A when nothing can be counted, never a silent 0.
 */
export function capacity(
  region: string,
  stage: string,
  year: number,
  status?: string
): number | CustomFunctions.Error {
  return excelScalar(run(CAPACITY, [region, stage, year, status]));
}
