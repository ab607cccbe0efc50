import type { IndexedDataset } from "../../data/store";
import { pooledBasis } from "../_lib/basis";
import { checkAtLeast, checkPositive, checkRange, finiteAnswer } from "../_lib/checks";
import { gapArgument } from "../_lib/messages/arguments";
import { gapScoreComputation, gapWeightsLabel } from "../_lib/messages/gaps";
import { fail, type Outcome } from "../_lib/outcome";
import { gapsInOrder } from "../_lib/gaps";

export interface GapScoreOptions {
  /** One score per gap, in the gaps' order: 0 = wide open … scale_max = closed. */
  readonly scores: readonly number[];
  /** One non-negative weight per gap, not all zero; default: each gap's `defaultWeight`. */
  readonly weights?: readonly number[];
  /** The top of the score scale; default 5. */
  readonly scaleMax?: number;
}

/** Scores run 0-5 unless the caller says otherwise: a five-point rubric is the usual assessment form. */
const DEFAULT_SCALE_MAX = 5;

/**
 * @summary How wide open the six policy gaps are, as one number from 0 (all closed) to 100 (all open).
 *
 * @description
 * The six gaps are the seed analysis's (Rare Earth Exchanges, "US Actions & Missteps", 2025) in the
 * `gaps` table's order: allied supply coordination, centralized leadership, market price stabilization,
 * downstream demand creation, workforce development, equity capital. Each is scored from 0 (wide open) to
 * `scaleMax` (closed).
 *
 * Method: a weighted mean of the openness of each gap,
 * score = 100 × Σ wᵢ (1 − sᵢ / scaleMax) / Σ wᵢ. Default weights are the gaps' `defaultWeight`s (equal).
 *
 * @param data - The indexed dataset (for the gaps and their default weights).
 * @param args - Scores, optional weights and scale.
 * @returns Points 0-100; `invalid` when there are not exactly six scores or weights, `outOfRange` for a
 * score outside 0..scaleMax, a negative weight, all-zero weights or a scale that is not positive.
 *
 * @example
 * gapScore(data, { scores: [3, 2, 4, 1, 5, 0] })
 * //=> { ok: true, value: 50, basis: [{ label: "Gap score, with the gaps' default weights", ... }] }
 */
export function gapScore(data: IndexedDataset, args: GapScoreOptions): Outcome<number> {
  const gaps = gapsInOrder(data);
  const scaleMax = args.scaleMax ?? DEFAULT_SCALE_MAX;
  const badScale = checkPositive("scale_max", scaleMax);
  if (badScale) return badScale;
  if (args.scores.length !== gaps.length)
    return fail("invalid", "wrongCount", {
      what: "scores",
      expected: gaps.length,
      got: args.scores.length,
    });
  if (args.weights && args.weights.length !== gaps.length)
    return fail("invalid", "wrongCount", {
      what: "weights",
      expected: gaps.length,
      got: args.weights.length,
    });

  let weighted = 0;
  let total = 0;
  for (let i = 0; i < gaps.length; i++) {
    const score = args.scores[i];
    const weight = args.weights ? args.weights[i] : gaps[i].defaultWeight;
    const bad =
      checkRange(gapArgument("score", i, gaps[i].name), score, 0, scaleMax) ??
      checkAtLeast(gapArgument("weight", i, gaps[i].name), weight, 0);
    if (bad) return bad;
    weighted += weight * (1 - score / scaleMax);
    total += weight;
  }
  if (total === 0) return fail("outOfRange", "zeroWeights", {});
  const value = (100 * weighted) / total;
  const computed = gapScoreComputation(
    args.scores,
    args.weights ?? gaps.map((g) => g.defaultWeight),
    scaleMax
  );
  return finiteAnswer(value, [
    pooledBasis(gaps, gapWeightsLabel(args.weights === undefined), { computed }),
  ]);
}
