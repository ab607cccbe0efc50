import { INDEPENDENCEYEAR } from "../specs/independenceyear";
import { excelScalar } from "../errors";
import { run } from "../spec";

/**
 * The first year, from the dataset's as-of year on, in which a region's capacity at a stage covers its demand growing at a yearly rate.
 * @customfunction INDEPENDENCEYEAR INDEPENDENCEYEAR
 * @supportSync
 * @helpurl https://localhost:3000/docs/functions.html#independenceyear
 * @param region Region: a country (name, alias or code such as "US") or a group: allied (US and allies), non-China.
 * @param stage Stage: mining, separation (or refining), metal, magnet or recycling.
 * @param demand Demand in the base year, in t/yr of the stage's product (REO, NdPr oxide or NdFeB); above 0.
 * @param [growth] Yearly demand growth as a fraction (0.08 = 8%/yr); default 0; above −1.
 * @param [status] Which projects count: all (default: every status but unlikely), operating, committed (adds commissioning and construction), planned (adds planned and financing), or one status.
 * @returns A calendar year; #N/A when capacity does not catch up before the pipeline's last start year (the data's horizon).
 */
export function independenceyear(
  region: string,
  stage: string,
  demand: number,
  growth?: number,
  status?: string
): number | CustomFunctions.Error {
  return excelScalar(run(INDEPENDENCEYEAR, [region, stage, demand, growth, status]));
}
