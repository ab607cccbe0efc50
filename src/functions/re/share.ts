import { SHARE } from "../specs/share";
import { excelScalar } from "../errors";
import { run } from "../spec";

/**
 * A country's share of world output at a supply-chain stage, as a fraction 0-1: USGS mine production for mining, otherwise the share a cited report gives.
 * @customfunction SHARE SHARE
 * @supportSync
 * @helpurl https://localhost:3000/docs/functions.html#share
 * @param country Country: name, alias or ISO code ("China", "PRC", "CN", "United States", "US", "Myanmar").
 * @param stage Stage: mining, separation (or refining), metal, magnet or recycling.
 * @param [year] Year, 1900-2200; default: the latest observed year with data for the stage.
 * @returns Share of world output, a fraction 0-1 (format the cell as a percentage).
 */
export function share(
  country: string,
  stage: string,
  year?: number
): number | CustomFunctions.Error {
  return excelScalar(run(SHARE, [country, stage, year]));
}
