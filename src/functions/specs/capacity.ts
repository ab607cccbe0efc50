import { capacityOnline } from "../../core/capacityOnline";
import { defineFunction } from "../spec";
import { PROJECTS_PARAM, STAGE_PARAM, YEARS, YEAR_BOUNDS } from "./params";

/** Shared with RE.INDEPENDENCEYEAR. */
export const REGION =
  'Region: a country (name, alias or code such as "US"), a group (allied, non-China), or your own list joined by + or , ("US+Japan+Korea", "allied, Vietnam": each country once).';
export const CAPACITY_STATUS =
  "Which projects count: all (default: every status but unlikely), operating, committed (adds commissioning and construction), planned (adds planned and financing), or one status.";

export const CAPACITY = defineFunction({
  name: "CAPACITY",
  description:
    "Capacity online at a stage in a region by a year, in t/yr of the stage's product (mining REO, separation NdPr oxide, metal/magnet/recycling NdFeB), summed over the project pipeline.",
  params: [
    { name: "region", kind: "text", description: REGION },
    STAGE_PARAM,
    {
      name: "year",
      kind: "number",
      ...YEAR_BOUNDS,
      description: `Calendar year, ${YEARS}: projects that start in or before it count.`,
    },
    { name: "status", kind: "text", optional: true, description: CAPACITY_STATUS },
    PROJECTS_PARAM,
  ],
  returns: "number",
  result:
    "Capacity in t/yr; 0 when no project qualifies (RE.SOURCE names the projects left out and why).",
  example: {
    formula: '=RE.CAPACITY("US", "magnet", 2025)',
    shows: "6200",
    value: 1000 + 1200 + 2000 + 2000,
  },
  sources:
    "capacity table (the allied pipeline from company filings, government releases and trade press, each project cited); regions table for the groups.",
  compute: (data, [region, stage, year, status, projects]) =>
    capacityOnline(data, { region, stage, year, status, projects }),
});
