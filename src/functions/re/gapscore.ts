import { GAPSCORE } from "../specs/gapscore";
import { excelScalar } from "../errors";
import { run } from "../spec";

/**
 * How wide open the six policy gaps are, from 0 (all closed) to 100 (all open): 100 × Σ w(1 − score/scale_max) / Σ w.
 * @customfunction GAPSCORE GAPSCORE
 * @supportSync
 * @helpurl https://localhost:3000/docs/functions.html#gapscore
 * @param scores Six scores, one per gap in RE.GAPS() order, in one row or one column: 0 = wide open … scale_max = closed.
 * @param [weights] Six weights, not negative and not all zero; default: each gap's default weight (equal).
 * @param [scale_max] Top of the score scale, above 0; default 5.
 * @returns Points 0-100.
 */
export function gapscore(
  scores: any[][],
  weights?: any[][],
  scale_max?: number
): number | CustomFunctions.Error {
  return excelScalar(run(GAPSCORE, [scores, weights, scale_max]));
}
