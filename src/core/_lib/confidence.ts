import type { Confidence } from "../../data/schema";

/** Confidence grades in order of strength, for picking the best record or the weakest input. */
const RANK: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };
const BY_RANK: readonly Confidence[] = ["low", "medium", "high"];

/** A grade's strength: higher is stronger. */
export function confidenceRank(grade: Confidence): number {
  return RANK[grade];
}

/** The weakest of some grades: a figure built from several records is only as good as the weakest. */
export function weakestConfidence(grades: Iterable<Confidence>): Confidence {
  let weakest = RANK.high;
  for (const grade of grades) weakest = Math.min(weakest, RANK[grade]);
  return BY_RANK[weakest];
}
