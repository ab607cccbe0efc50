import { gapScore } from "../../core/gapScore";
import { defineFunction } from "../spec";

export const GAPSCORE = defineFunction({
  name: "GAPSCORE",
  description:
    "How wide open the six policy gaps are, from 0 (all closed) to 100 (all open): 100 × Σ w(1 − score/scale_max) / Σ w.",
  params: [
    {
      name: "scores",
      kind: "numbers",
      description:
        "Six scores, one per gap in RE.GAPS() order, in one row or one column: 0 = wide open … scale_max = closed.",
    },
    {
      name: "weights",
      kind: "numbers",
      optional: true,
      description:
        "Six weights, not negative and not all zero; default: each gap's default weight (equal).",
    },
    {
      name: "scale_max",
      kind: "number",
      optional: true,
      description: "Top of the score scale, above 0; default 5.",
    },
  ],
  returns: "number",
  result: "Points 0-100.",
  example: {
    formula: "=RE.GAPSCORE({3,2,4,1,5,0})",
    shows: "50",
    value: (100 * [3, 2, 4, 1, 5, 0].reduce((sum, score) => sum + (1 - score / 5), 0)) / 6,
  },
  sources:
    "gaps table (the six gaps and their default weights: Rare Earth Exchanges, US Actions & Missteps, 2025).",
  compute: (data, [scores, weights, scaleMax]) => gapScore(data, { scores, weights, scaleMax }),
});
