/**
 * Texts of the six gaps and their scores.
 */
import { num } from "./texts";

export const GAPS_HEADER = ["Gap", "Meaning", "Default weight", "Source"] as const;

export function gapsTableLabel(count: number): string {
  return `The ${count} policy gaps of the seed analysis`;
}

export function gapWeightsLabel(defaults: boolean): string {
  return defaults
    ? "Gap score, with the gaps' default weights"
    : "Gap score, with the weights given";
}

export function gapScoreComputation(
  scores: readonly number[],
  weights: readonly number[],
  scaleMax: number
): string {
  return `100 × Σ wᵢ(1 − sᵢ/${num(scaleMax)}) ÷ Σ wᵢ with s = ${scores.map(num).join(", ")} and w = ${weights.map(num).join(", ")}`;
}
