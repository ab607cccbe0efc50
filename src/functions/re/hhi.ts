import { HHI } from "../specs/hhi";
import { excelScalar } from "../errors";
import { run } from "../spec";

/**
 * Herfindahl-Hirschman index of a stage: the sum of squared country shares in percent, 0-10,000 points (above 1,800 is highly concentrated).
 * @customfunction HHI HHI
 * @supportSync
 * @helpurl https://localhost:3000/docs/functions.html#hhi
 * @param stage Stage: mining, separation (or refining), metal, magnet or recycling.
 * @param [year] Year, 1900-2200; default: the latest observed year with data for the stage.
 * @returns HHI points, 0-10,000; a lower bound when the listed producers do not cover the whole (RE.SOURCE says so).
 */
export function hhi(stage: string, year?: number): number | CustomFunctions.Error {
  return excelScalar(run(HHI, [stage, year]));
}
