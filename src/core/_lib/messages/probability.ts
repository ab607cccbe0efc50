/**
 * Texts of the probability of independence: odds, lead-time triangles, the method.
 */
import type { CapacityProject } from "../../../data/schema";
import { num, type TextsOf } from "./texts";

/** What each failure code of this domain needs for its text (see failureText.ts). */
export interface ProbabilityFailures {
  readonly notWhole: { what: string; value: number };
  readonly probabilityYearBeforeBase: { year: number; base: number };
  readonly probabilityNothingToCount: { stage: string; region: string };
  readonly oddsBadRow: { row: number; statuses: readonly string[] };
}

function notWhole({ what, value }: ProbabilityFailures["notWhole"]): string {
  return `${what} must be a whole number; got ${value}.`;
}

function probabilityYearBeforeBase({
  year,
  base,
}: ProbabilityFailures["probabilityYearBeforeBase"]): string {
  return `year must not be before baseYear: got ${year}, before ${base}.`;
}

function probabilityNothingToCount({
  stage,
  region,
}: ProbabilityFailures["probabilityNothingToCount"]): string {
  return `No plant at ${stage.toLowerCase()} in ${region} has a capacity figure, a first year and a chance above 0 of coming online, so the probability cannot be estimated (not a zero: the dataset and your projects name no such plant). Add your own projects, or odds for the statuses left out.`;
}

function oddsBadRow({ row, statuses }: ProbabilityFailures["oddsBadRow"]): string {
  return `Your odds, row ${row}: give a status (${statuses.join(", ")}) and a probability from 0 to 1.`;
}

export function oddsAssumptionLabel(odds: Readonly<Record<string, number>>): string {
  const pairs = Object.entries(odds).map(([status, chance]) => `${status} ${num(chance)}`);
  return `Chance that a plant comes online, by status: ${pairs.join(", ")}. An assumption of this add-in, not a sourced figure (no source in the dataset gives completion rates by status); give your own with the odds argument`;
}

export function oddsOverriddenNote(
  statuses: readonly string[],
  odds: Readonly<Record<string, number>>
): string {
  return `your own odds for ${statuses.map((s) => `${s} (${num(odds[s])})`).join(", ")}`;
}

export function triangleLabel(
  stage: string,
  triangle: { low: number; mode: number; high: number } | null
): string {
  if (!triangle)
    return `Lead time, ${stage} (any): no base case, so plants still to come online there keep their announced first years`;
  return `Lead time drawn for plants still to come online, ${stage} (any): triangular from ${num(triangle.low)} to ${num(triangle.high)} years, most likely ${num(triangle.mode)} (the record's low, high and base cases), first year moved by the draw minus ${num(triangle.mode)}`;
}

export function triangleNote(record: {
  readonly low: number | null;
  readonly high: number | null;
}): string | undefined {
  const missing = [record.low === null ? "low" : "", record.high === null ? "high" : ""].filter(
    (c) => c !== ""
  );
  return missing.length > 0
    ? `no ${missing.join(" or ")} case is sourced: no spread on that side, so the timing uncertainty of this stage is understated`
    : undefined;
}

export function plantChanceLabel(
  project: CapacityProject,
  chance: number,
  triangle: object | null
): string {
  const start =
    project.startYear === null ? "start year not given" : `first year ${project.startYear}`;
  const timing = triangle ? ", first year drawn" : "";
  const figure = project.value === null ? "sourced ramp" : `${num(project.value)} t/yr`;
  return `${project.project} (${project.company}, ${project.country}): ${figure} ${project.product}, ${start}, ${project.status}: chance ${num(chance)}${timing}`;
}

export function probabilityLabel(
  region: string,
  stage: string,
  demand: number,
  year: number,
  p: number
): string {
  return `Probability that ${region} covers ${num(demand)} t/yr at ${stage} by ${year}: ${num(p)}`;
}

export function probabilityMethod(x: {
  readonly covered: number;
  readonly trials: number;
  readonly seed: number;
  readonly base: number;
  readonly year: number;
}): string {
  const p = x.covered / x.trials;
  const error = Math.sqrt((p * (1 - p)) / x.trials);
  return `${num(x.covered)} of ${num(x.trials)} seeded trials (seed ${x.seed}) covered the demand at every stage in some year ${x.base}–${x.year}; standard error ${num(error)}`;
}

/** The texts of this domain's failure codes. */
export const probabilityTexts: TextsOf<ProbabilityFailures> = {
  notWhole,
  probabilityYearBeforeBase,
  probabilityNothingToCount,
  oddsBadRow,
};
