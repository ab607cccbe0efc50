/*
 * Parameters several functions take with the same meaning, written once so that their help text cannot
 * drift apart (each wrapper's JSDoc repeats it word for word; tests/functions/catalog.test.ts compares them).
 * `as const` keeps the kinds literal, so `defineFunction` still types the arguments its `compute` receives.
 */

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
  description: "Year, 1900-2200; default: the latest observed year with data for the stage.",
} as const;
