/*
 * Parameters several functions take with the same meaning, written once so that their help text and
 * bounds cannot drift apart. `as const` keeps the kinds literal, so `defineFunction` still types the
 * arguments its `compute` receives.
 */
import { YEAR_RANGE } from "../../core/_lib/checks";

/** "1900-2200": the years a question may be about, as the help text states them. */
export const YEARS = `${YEAR_RANGE.min}-${YEAR_RANGE.max}`;

/** A year parameter's bounds, which the runner enforces (and which make an empty cell's 0 a blank). */
export const YEAR_BOUNDS = { min: YEAR_RANGE.min, max: YEAR_RANGE.max } as const;

/** One supply-chain stage, as RE.SHARE, RE.HHI, RE.CAPACITY and RE.INDEPENDENCEYEAR take it. */
export const STAGE_PARAM = {
  name: "stage",
  kind: "text",
  description: "Stage: mining, separation (or refining), metal, magnet or recycling.",
} as const;

/** The year of a stage's market figures (RE.SHARE, RE.HHI); the core defaults it per stage. */
export const STAGE_YEAR_PARAM = {
  name: "year",
  kind: "number",
  optional: true,
  acceptsRange: true,
  ...YEAR_BOUNDS,
  description: `Year, ${YEARS}; default: the latest observed year with data for the stage.`,
} as const;

/** Yearly demand growth (RE.INDEPENDENCEYEAR, RE.INDEPENDENCEPROB). */
export const GROWTH_PARAM = {
  name: "growth",
  kind: "number",
  optional: true,
  description: "Yearly demand growth as a fraction (0.08 = 8%/yr); default 0; above −1.",
} as const;

/** A delay scenario (RE.CAPACITY, RE.INDEPENDENCEYEAR): whole years added to every future first year. */
export const DELAY_PARAM = {
  name: "delay",
  kind: "number",
  optional: true,
  min: 0,
  max: 50,
  description:
    "Scenario: whole years of delay added to every first year and ramp year after the dataset's as-of year (what has started cannot slip), 0-50; default 0.",
} as const;

/** A utilisation scenario (RE.CAPACITY, RE.INDEPENDENCEYEAR): the fraction of each counted figure that runs. */
export const UTILISATION_PARAM = {
  name: "utilisation",
  kind: "number",
  optional: true,
  min: 0,
  max: 1,
  description: "Scenario: fraction 0-1 of each counted capacity figure that produces; default 1.",
} as const;

/** The analyst's own projects (RE.CAPACITY, RE.INDEPENDENCEYEAR), added to the pipeline for the call only. */
export const PROJECTS_PARAM = {
  name: "projects",
  kind: "table",
  optional: true,
  description:
    "Your own projects, a range with columns name, country, stage, capacity (t/yr of the stage's product), first year [, status]; a header row is allowed. Added for this call only; without a status a plant counts as operating from its first year.",
} as const;

/** A lead-time case scenario (RE.CAPACITY, RE.INDEPENDENCEYEAR): plants still to come online move by case − base. */
export const LEAD_TIME_CASE_PARAM = {
  name: "case",
  kind: "text",
  optional: true,
  description:
    "Scenario: lead-time case low, base (default) or high (also min/optimistic, mid/central, max/pessimistic). A plant still to come online arrives at its first year moved by the stage's case lead time minus its base lead time (RE.LEADTIME), never before the year after the dataset's as-of year; #N/A where the stage's record has no such case.",
} as const;

/** The parameters that end RE.CAPACITY and RE.INDEPENDENCEYEAR: own projects, then the scenario. */
export const PIPELINE_SCENARIO_PARAMS = [
  PROJECTS_PARAM,
  DELAY_PARAM,
  UTILISATION_PARAM,
  LEAD_TIME_CASE_PARAM,
] as const;
