import { INDEPENDENCEYEAR } from "../specs/independenceyear";
import { excelScalar } from "../errors";
import { run } from "../spec";

/**
 * The first year, from a base year you give, in which a region's capacity at a stage covers its demand growing at a yearly rate (up to the data's horizon).
 * @customfunction INDEPENDENCEYEAR INDEPENDENCEYEAR
 * @supportSync
 * @helpurl https://localhost:3000/docs/functions.html#independenceyear
 * @param region Region: a country (name, alias or code such as "US") or a group: allied (US treaty allies), non-China, MSP, G7, Quad; members in RE.TABLE("regions").
 * @param stage Stage: mining, separation (or refining), metal, magnet or recycling.
 * @param demand Demand in the base year, in t/yr of the stage's product (REO, NdPr oxide or NdFeB); above 0.
 * @param baseYear The year the demand is for and the search starts from, 1900-2200. Explicit, so that pulling a newer dataset does not move the answer.
 * @param [growth] Yearly demand growth as a fraction (0.08 = 8%/yr); default 0; above −1.
 * @param [status] Which plants count: running (default: operating, and ramping ones at their sourced output), committed (adds commissioning and construction), planned (adds planned and financing; also all), or one status.
 * @returns A calendar year; #N/A when capacity does not catch up by the data's horizon (the last year any plant record reaches).
 */
export function independenceyear(
  region: string,
  stage: string,
  demand: number,
  baseYear: number,
  growth?: number,
  status?: string
): number | CustomFunctions.Error {
  return excelScalar(run(INDEPENDENCEYEAR, [region, stage, demand, baseYear, growth, status]));
}
