/**
 * Texts of capacity, scenarios and the independence year.
 */
import type { CapacityOutput, CapacityProject } from "../../../data/schema";
import { num, type TextsOf } from "./texts";

/** What each failure code of this domain needs for its text (see failureText.ts). */
export interface CapacityFailures {
  readonly nothingCounted: NothingCounted;
  readonly notWithinHorizon: { base: number; horizon: number };
  readonly beyondHorizon: { year: number; horizon: number };
  readonly scenarioCaseMissing: { stage: string; leadCase: string; given: readonly string[] };
}

export function capacityTotalLabel(
  region: string,
  stage: string,
  year: number,
  status: string,
  leadCase?: string
): string {
  const scenario = leadCase === undefined ? "" : `, ${leadCase} lead-time case`;
  return `Capacity: ${region}, ${stage}, in ${year} (status ${status}${scenario})`;
}

/** What a plant counts at: its capacity figure's basis, or the sourced output it is taken at. */
export function outputHow(output: CapacityOutput): string {
  return `${output.kind} output ${output.year}`;
}

export function capacityProjectLabel(project: CapacityProject, how: string): string {
  const start = project.startYear === null ? "start year not given" : `from ${project.startYear}`;
  return `${project.project} (${project.company}, ${project.country}): counted at ${how}, ${project.product}, ${start}, ${project.status} as of ${project.statusAsOf ?? project.asOf}`;
}

export function capacitySum(values: readonly number[], total: number, product: string): string {
  const terms = values.length > 1 ? `${values.map(num).join(" + ")} = ` : "";
  return `${terms}${num(total)} t/yr ${product}`;
}

export interface CapacityExclusions {
  readonly product: string;
  readonly otherProduct: readonly CapacityProject[];
  readonly undated: readonly CapacityProject[];
  readonly unsized: readonly CapacityProject[];
  /** Running plants counted in every year because no start year is given. */
  readonly assumedStart: readonly CapacityProject[];
}

function plantNames(projects: readonly CapacityProject[], withProduct = false): string {
  return projects
    .map((p) => `${p.project} (${p.company}${withProduct ? `, ${p.product}` : ""})`)
    .join(", ");
}

export function capacityExclusions(x: CapacityExclusions): string {
  const parts: string[] = [];
  if (x.unsized.length > 0)
    parts.push(
      `at least this much: not counted because their capacity or output is not in the sources: ${plantNames(x.unsized)}`
    );
  if (x.assumedStart.length > 0)
    parts.push(
      `counted in every year, operating before its sources with no start year given: ${plantNames(x.assumedStart)}`
    );
  if (x.otherProduct.length > 0)
    parts.push(
      `not added, counted in a product other than ${x.product}: ${plantNames(x.otherProduct, true)}`
    );
  if (x.undated.length > 0)
    parts.push(`not counted, no start year given: ${plantNames(x.undated)}`);
  return parts.join("; ");
}

export interface NothingCounted {
  readonly label: string;
  readonly product: string;
  readonly unsized: readonly CapacityProject[];
  readonly undated: readonly CapacityProject[];
  readonly otherProduct: readonly CapacityProject[];
}

function nothingCounted(x: CapacityFailures["nothingCounted"]): string {
  const unknown = [...x.unsized, ...x.undated];
  if (unknown.length > 0)
    return `${x.label}: no figure can be given, because the plants in question have no capacity, output or start year in the sources: ${plantNames(unknown)}.`;
  if (x.otherProduct.length > 0)
    return `${x.label}: the dataset's plants in question count other products than ${x.product} (${plantNames(x.otherProduct, true)}), which do not add up to it.`;
  return `${x.label}: the dataset records no plant with that status for this (not a recorded zero: the sources it was built from name none). A wider status ("committed" or "planned") counts plants not yet running.`;
}

function scenarioCaseMissing({
  stage,
  leadCase,
  given,
}: CapacityFailures["scenarioCaseMissing"]): string {
  const cases = given.length > 0 ? `it gives only ${given.join(", ")}` : "it gives no case at all";
  return `The ${stage} lead time has no ${leadCase} case (${cases}: a gap in the sources), so the ${leadCase} lead-time scenario cannot be computed at ${stage}. Use the base case, or a delay of your own.`;
}

/** The basis label of a lead-time case that moved plants: the record's case against its base. */
export function caseShiftLabel(
  stage: string,
  leadCase: string,
  years: number,
  base: number
): string {
  return `Lead-time case ${leadCase}, ${stage} (any): ${num(years + base)} years against the base ${num(base)}, so plants still to come online arrive ${num(Math.abs(years))} year${Math.abs(years) === 1 ? "" : "s"} ${years < 0 ? "earlier" : "later"} (never before the year after the as-of date)`;
}

export function caseShiftMoves(
  moves: readonly { name: string; from: number; to: number }[]
): string {
  return moves.length > 0
    ? `first years moved: ${moves.map((m) => `${m.name} ${m.from} → ${m.to}`).join(", ")}`
    : "no plant counted here is still to come online, so the case moves none";
}

export function independenceNote(year: number, capacity: number, need: number): string {
  return `in ${year} capacity ${num(capacity)} t/yr ≥ demand ${num(need)} t/yr`;
}

function notWithinHorizon({ base, horizon }: CapacityFailures["notWithinHorizon"]): string {
  return (
    `Capacity does not reach the demand within the data's horizon (${base}–${horizon}): ` +
    `no plant record in the dataset reaches past ${horizon}.`
  );
}

function beyondHorizon({ year, horizon }: CapacityFailures["beyondHorizon"]): string {
  return `${year} is past the data's horizon, ${horizon}: no plant record in the dataset reaches past it, so a figure for ${year} would only repeat ${horizon}.`;
}

/** The texts of this domain's failure codes. */
export const capacityTexts: TextsOf<CapacityFailures> = {
  nothingCounted,
  notWithinHorizon,
  beyondHorizon,
  scenarioCaseMissing,
};
