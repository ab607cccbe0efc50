import { DEPENDENCY } from "../specs/dependency";
import { excelScalar } from "../errors";
import { run } from "../spec";

/**
 * How much a consumer depends on a supplier at a stage, as a fraction 0-1: the supplier's world share, or for a country its net import reliance times the supplier's share of its imports.
 * @customfunction DEPENDENCY DEPENDENCY
 * @supportSync
 * @helpurl https://localhost:3000/docs/functions.html#dependency
 * @param [stage] Stage or chain ("separation", "mining>magnet"); default: the whole chain, whose dependency is that of its worst stage.
 * @param [supplier] Supplying country: name, alias or code; default China.
 * @param [consumer] Consuming country (name, alias or code) or WORLD (default). A country needs import data in the dataset (the US has it for separation and metal).
 * @param [year] Year, 1900-2200; default: the latest year with data.
 * @returns Dependency, a fraction 0-1.
 */
export function dependency(
  stage?: string,
  supplier?: string,
  consumer?: string,
  year?: number
): number | CustomFunctions.Error {
  return excelScalar(run(DEPENDENCY, [stage, supplier, consumer, year]));
}
