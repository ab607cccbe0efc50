import type { CapacityProject } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { yearOf } from "../_lib/dates";

/** A scenario on the pipeline: years of delay, and the fraction of each counted figure that produces. */
export interface CapacityScenario {
  /** Whole years added to every first year and ramp year after the dataset's as-of year; default 0. */
  readonly delay?: number;
  /** Fraction 0-1 of each counted figure that runs; default 1. */
  readonly utilisation?: number;
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
