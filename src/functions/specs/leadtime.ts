import { leadTimeYears } from "../../core/leadTimeYears";
import { defineFunction } from "../spec";

/** Shared with RE.ONLINEYEAR, which takes the same stage, scope and estimate. */
export const STAGE_OR_CHAIN =
  'Stage: mining, separation (or refining), metal, magnet or recycling; or a chain such as "mining>separation>metal>magnet" (separators >, → or ,) whose lead times add up.';
export const LEAD_TIME_SCOPE =
  "Scope: any (default), light, heavy, or a country (name, alias or code such as US). A scope without its own record falls back to any, and RE.SOURCE says so.";
export const LEAD_TIME_ESTIMATE =
  "Which estimate: low, base (default) or high; also min/optimistic, mid/central, max/pessimistic.";

export const LEADTIME = defineFunction({
  name: "LEADTIME",
  description:
    "Years needed to bring new capacity online at a supply-chain stage, or along a chain of stages, from the dataset's cited lead times.",
  params: [
    { name: "stage", kind: "text", acceptsRange: true, description: STAGE_OR_CHAIN },
    { name: "scope", kind: "text", optional: true, description: LEAD_TIME_SCOPE },
    { name: "estimate", kind: "text", optional: true, description: LEAD_TIME_ESTIMATE },
  ],
  returns: "number",
  result: "Lead time in years (may be fractional).",
  example: { formula: '=RE.LEADTIME("separation")', shows: "5", value: 5 },
  sources:
    "leadTimes table: S&P Global discovery-to-production studies and the IEA for mines; the seed analysis and observed projects (MP Materials, Iluka, Lynas, Neo, eVAC) for plants.",
  compute: (data, [stage, scope, estimate]) =>
    leadTimeYears(data, { stage, scope, case: estimate }),
});
