import { capacityOnline } from "../../core/capacityOnline";
import { defineFunction } from "../spec";
import { PIPELINE_SCENARIO_PARAMS, STAGE_PARAM, YEARS, YEAR_BOUNDS } from "./params";

/** Shared with RE.INDEPENDENCEYEAR. */
export const REGION =
  'Region: a country (name, alias or code such as "US") a group (allied: US treaty allies, non-China, MSP, G7, Quad; members in RE.TABLE("regions")), or your own list joined by + or , ("US+Japan+Korea", "allied, Vietnam": each country once).';
export const CAPACITY_STATUS =
  "Which plants count: running (default: operating, and ramping ones at their sourced output), committed (adds commissioning and construction), planned (adds planned and financing; also all), or one status.";

export const CAPACITY = defineFunction({
  name: "CAPACITY",
  description:
    "Capacity at a stage in a region in a year, in t/yr of the stage's product (mining REO, separation NdPr oxide, metal/magnet/recycling NdFeB): by default what is running, ramping plants at their sourced output.",
  params: [
    { name: "region", kind: "text", acceptsRange: true, description: REGION },
    STAGE_PARAM,
    {
      name: "year",
      kind: "number",
      acceptsRange: true,
      ...YEAR_BOUNDS,
      description: `Calendar year, ${YEARS}, up to the data's horizon (the last year any plant record reaches).`,
    },
    { name: "status", kind: "text", optional: true, description: CAPACITY_STATUS },
    ...PIPELINE_SCENARIO_PARAMS,
  ],
  returns: "number",
  result:
    "Capacity in t/yr, at least this much where plants without a figure are left out (RE.SOURCE names them); #N/A when nothing can be counted, never a silent 0.",
  example: {
    formula: '=RE.CAPACITY("US", "magnet", 2026)',
    shows: "4000",
    value: 2000 + 2000,
  },
  sources:
    "capacity table (plants in the US and outside China from company filings, government releases and trade press, each cited with the date of its status); regions table for the groups; leadTimes table for a lead-time case.",
  compute: (data, [region, stage, year, status, projects, delay, utilisation, leadCase]) =>
    capacityOnline(data, {
      region,
      stage,
      year,
      status,
      projects,
      delay,
      utilisation,
      case: leadCase,
    }),
});
