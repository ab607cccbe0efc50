import { latestStartYear } from "../../core/latestStartYear";
import { defineFunction } from "../spec";
import { YEARS, YEAR_BOUNDS } from "./params";
import { LEAD_TIME_ESTIMATE, LEAD_TIME_SCOPE, STAGE_OR_CHAIN } from "./leadtime";

export const STARTYEAR = defineFunction({
  name: "STARTYEAR",
  description:
    "RE.ONLINEYEAR's inverse: the latest year work can start at a stage (or along a chain) for new capacity to be online by a year, the year minus the lead time.",
  params: [
    { name: "stage", kind: "text", description: STAGE_OR_CHAIN },
    {
      name: "online_year",
      kind: "number",
      ...YEAR_BOUNDS,
      description: `Year the capacity must be online by: ${YEARS}.`,
    },
    { name: "scope", kind: "text", optional: true, description: LEAD_TIME_SCOPE },
    { name: "estimate", kind: "text", optional: true, description: LEAD_TIME_ESTIMATE },
  ],
  returns: "number",
  result: "Calendar year, not rounded (lead times are averages with fractional years).",
  example: { formula: '=RE.STARTYEAR("separation", 2030)', shows: "2025", value: 2025 },
  sources: "leadTimes table, as RE.LEADTIME.",
  compute: (data, [stage, onlineYear, scope, estimate]) =>
    latestStartYear(data, { stage, onlineYear, scope, case: estimate }),
});
