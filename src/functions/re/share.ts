import { SHARE } from "../specs/share";
import { excelScalar } from "../errors";
import { run } from "../spec";

/**
 * A country's share of world output at a supply-chain stage, as a fraction 0-1, on one basis: observed figures on the stage's default basis unless you ask for another basis, an edition or a projection.
 * @customfunction SHARE SHARE
 * @supportSync
 * @helpurl https://localhost:3000/docs/functions.html#share
 * @param country Country: name, alias or ISO code ("China", "PRC", "CN", "United States", "US", "Myanmar").
 * @param stage Stage: mining, separation (or refining), metal, magnet or recycling.
 * @param [year] Year, 1900-2200; default: the latest observed year with data for the stage.
 * @param [basis] Which figures: observed (default: total REO mined for mining, magnet REE refined for separation), projection, or a basis, edition or scenario such as "magnet REE mined", "USGS MCS 2025", "IEA base case". A year with other figures only is #N/A saying which exist.
 * @returns Share of world output, a fraction 0-1 (format the cell as a percentage).
 */
export function share(
  country: string,
  stage: string,
  year?: number,
  basis?: string
): number | CustomFunctions.Error {
  return excelScalar(run(SHARE, [country, stage, year, basis]));
}
