import { onlineYear } from "../../core/onlineYear";
import { defineFunction } from "../spec";
import { YEARS, YEAR_BOUNDS } from "./params";
import { LEAD_TIME_ESTIMATE, LEAD_TIME_SCOPE, STAGE_OR_CHAIN } from "./leadtime";

export const ONLINEYEAR = defineFunction({
  name: "ONLINEYEAR",
  description:
    "The year new capacity started in start_year would come online: start_year plus the stage's (or chain's) lead time.",
  params: [
    { name: "stage", kind: "text", description: STAGE_OR_CHAIN },
    {
      name: "start_year",
      kind: "number",
      ...YEAR_BOUNDS,
      description: `Year the work starts (discovery, final investment decision or construction, as the lead time's definition says): ${YEARS}.`,
    },
    { name: "scope", kind: "text", optional: true, description: LEAD_TIME_SCOPE },
    { name: "estimate", kind: "text", optional: true, description: LEAD_TIME_ESTIMATE },
  ],
  returns: "number",
  result: "Calendar year, not rounded (lead times are averages with fractional years).",
  example: { formula: '=RE.ONLINEYEAR("separation", 2025)', shows: "2030", value: 2030 },
  sources: "leadTimes table, as RE.LEADTIME.",
  compute: (data, [stage, startYear, scope, estimate]) =>
    onlineYear(data, { stage, startYear, scope, case: estimate }),
});
