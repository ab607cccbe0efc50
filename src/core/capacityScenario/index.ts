import type { CapacityProject, LeadTime, Stage } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { yearOf } from "../_lib/dates";
import { unknownKeywordIn } from "../_lib/findKeyword";
import { answer, fail, type Outcome } from "../_lib/outcome";
import { leadTimeCases, type LeadTimeCase } from "../_lib/vocabulary";
import { leadTimeIndex, leadTimeKey } from "../leadTimeYears/leadTimeIndex";

/** A scenario on the pipeline: years of delay, the fraction of each counted figure that produces, a lead-time case. */
export interface CapacityScenario {
  /** Whole years added to every first year and ramp year after the dataset's as-of year; default 0. */
  readonly delay?: number;
  /** Fraction 0-1 of each counted figure that runs; default 1. */
  readonly utilisation?: number;
  /** Lead-time case "low", "base" (default) or "high", with RE.LEADTIME's aliases (`caseShift`). */
  readonly case?: string;
}

/**
 * @summary A plant as a delay scenario sees it: its future first year and ramp years moved by `delay`.
 *
 * @description
 * Only years after the dataset's as-of year move: what had started or produced by then has happened and
 * cannot slip. A plant's first year and each year of its sourced output or ramp are moved alike, so a
 * delay of d years moves every future first year by exactly d. The record itself is never changed.
 *
 * @param data - The indexed dataset (for its as-of year).
 * @param project - The plant record.
 * @param delay - Whole years, 0 or more.
 * @returns The plant, or a delayed copy of it.
 *
 * @example
 * delayedPlant(data, { startYear: 2028, … }, 2).startYear
 * //=> 2030
 */
export function delayedPlant(
  data: IndexedDataset,
  project: CapacityProject,
  delay: number
): CapacityProject {
  if (delay === 0) return project;
  const asOf = yearOf(data.dataset.meta.asOf);
  const move = (year: number) => (year > asOf ? year + delay : year);
  return {
    ...project,
    startYear: project.startYear === null ? null : move(project.startYear),
    ...(project.output
      ? { output: project.output.map((o) => ({ ...o, year: move(o.year) })) }
      : {}),
  };
}

/** Whether a plant is still to come online: its first year lies after the dataset's as-of year. */
export function isPending(data: IndexedDataset, project: CapacityProject): boolean {
  return project.startYear !== null && project.startYear > yearOf(data.dataset.meta.asOf);
}

/**
 * @summary A plant still to come online, moved by a lead-time shift of `years` (fractional allowed).
 *
 * @description
 * The announced first year S becomes S + years rounded to the nearest whole year (first years are whole
 * years, and rounding keeps a small shift from moving a plant a full year), never earlier than the year
 * after the dataset's as-of year (a plant not running at the as-of date cannot have started before it). Its sourced ramp years move with it, so the ramp keeps its shape. Plants that run already
 * (or have no first year) are returned as they are. The record itself is never changed.
 *
 * @param data - The indexed dataset (for its as-of year).
 * @param project - The plant record.
 * @param years - Lead-time shift in years: the case's lead time minus the base lead time.
 * @returns The plant, or a moved copy of it.
 *
 * @example
 * shiftedPlant(data, { startYear: 2028, … }, 3).startYear
 * //=> 2031
 */
export function shiftedPlant(
  data: IndexedDataset,
  project: CapacityProject,
  years: number
): CapacityProject {
  if (years === 0 || !isPending(data, project)) return project;
  const start = project.startYear as number;
  const moved = shiftedStart(yearOf(data.dataset.meta.asOf), start, years) - start;
  if (moved === 0) return project;
  return {
    ...project,
    startYear: start + moved,
    ...(project.output
      ? { output: project.output.map((o) => ({ ...o, year: o.year + moved })) }
      : {}),
  };
}

/** `shiftedPlant`'s first year for a plant still to come online from `start`: the arithmetic alone. */
export function shiftedStart(asOfYear: number, start: number, years: number): number {
  return Math.max(asOfYear + 1, start + Math.round(years));
}

/** The lead-time record a stage's scenario rests on: the stage's general ("any") record. */
export function stageLeadTime(data: IndexedDataset, stage: Stage): Outcome<LeadTime> {
  const record = leadTimeIndex(data).get(leadTimeKey(stage.id, "any"));
  return record
    ? answer(record)
    : fail("notAvailable", "missingLeadTime", { stage: stage.name, scope: "any" });
}

/** A lead-time case's shift at one stage: the case's years minus the base years, and the record they come from. */
export interface CaseShift {
  readonly leadCase: LeadTimeCase;
  readonly years: number;
  readonly record: LeadTime;
}

/**
 * @summary How far a lead-time case moves the plants of a stage that are still to come online.
 *
 * @description
 * The dataset's lead times are whole-build durations (discovery to production for mines, decision or
 * award to commissioning for plants; each record's `definition` says which). An announced first year
 * is taken to embody the base case, so in the low or high case a plant still to come online arrives
 * (case − base) years from its announced year (`shiftedPlant`): with separation's 4 / 5 / 8 years, a
 * separation plant announced for 2029 comes online in 2028 (low) or 2032 (high). The stage's general
 * ("any") record is used, the one `RE.LEADTIME(stage)` gives. A record without the case (metal and
 * recycling give no low or high) cannot define it: `notAvailable`, never a silent base.
 *
 * @param data - The indexed dataset.
 * @param stage - The stage the plants are counted at.
 * @param keyword - "low", "base" or "high" (RE.LEADTIME's aliases too); undefined is base.
 * @returns null for the base case (nothing moves); the shift; `invalid` for an unknown case,
 * `notAvailable` when the stage's record lacks the case or its base.
 *
 * @example
 * caseShift(data, magnet, "high")
 * //=> { ok: true, value: { leadCase: "high", years: 1, record: { stage: "magnet", low: 2, base: 2, high: 3, … } } }
 */
export function caseShift(
  data: IndexedDataset,
  stage: Stage,
  keyword: string | undefined
): Outcome<CaseShift | null> {
  const leadCase = leadTimeCases.find(keyword ?? "base");
  if (!leadCase) return unknownKeywordIn(leadTimeCases, "case", keyword);
  if (leadCase === "base") return answer(null);
  const record = stageLeadTime(data, stage);
  if (!record.ok) return record;
  const { base, [leadCase]: years } = record.value;
  if (base === null || years === null)
    return fail("notAvailable", "scenarioCaseMissing", {
      stage: stage.name,
      leadCase,
      given: (["low", "base", "high"] as const).filter((c) => record.value[c] !== null),
    });
  return answer({ leadCase, years: years - base, record: record.value });
}
