import { ONLINEYEAR } from "../specs/onlineyear";
import { excelScalar } from "../errors";
import { run } from "../spec";

/**
 * The year new capacity started in start_year would come online: start_year plus the stage's (or chain's) lead time.
 * @customfunction ONLINEYEAR ONLINEYEAR
 * @supportSync
 * @helpurl https://localhost:3000/docs/functions.html#onlineyear
 * @param stage Stage: mining, separation (or refining), metal, magnet or recycling; or a chain such as "mining>separation>metal>magnet" (separators >, → or ,) whose lead times add up.
 * @param start_year Year the work starts (discovery, final investment decision or construction, as the lead time's definition says): 1900-2200.
 * @param [scope] Scope: any (default), light, heavy, or a country (name, alias or code such as US). A scope without its own record falls back to any, and RE.SOURCE says so.
 * @param [estimate] Which estimate: low, base (default) or high; also min/optimistic, mid/central, max/pessimistic.
 * @returns Calendar year, not rounded (lead times are averages with fractional years).
 */
export function onlineyear(
  stage: string,
  start_year: number,
  scope?: string,
  estimate?: string
): number | CustomFunctions.Error {
  return excelScalar(run(ONLINEYEAR, [stage, start_year, scope, estimate]));
}
