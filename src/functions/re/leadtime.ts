import { LEADTIME } from "../specs/leadtime";
import { excelScalar } from "../errors";
import { run } from "../spec";

/**
 * Years needed to bring new capacity online at a supply-chain stage, or along a chain of stages, from the dataset's cited lead times.
 * @customfunction LEADTIME LEADTIME
 * @supportSync
 * @helpurl https://localhost:3000/docs/functions.html#leadtime
 * @param stage Stage: mining, separation (or refining), metal, magnet or recycling; or a chain such as "mining>separation>metal>magnet" (separators >, → or ,) whose lead times add up.
 * @param [scope] Scope: any (default), light, heavy, or a country (name, alias or code such as US). A scope without its own record falls back to any, and RE.SOURCE says so.
 * @param [estimate] Which estimate: low, base (default) or high; also min/optimistic, mid/central, max/pessimistic.
 * @returns Lead time in years (may be fractional).
 */
export function leadtime(
  stage: string,
  scope?: string,
  estimate?: string
): number | CustomFunctions.Error {
  return excelScalar(run(LEADTIME, [stage, scope, estimate]));
}
