import { independenceYear } from "../../core/independenceYear";
import { defineFunction } from "../spec";
import { PROJECTS_PARAM, STAGE_PARAM } from "./params";
import { CAPACITY_STATUS, REGION } from "./capacity";

export const INDEPENDENCEYEAR = defineFunction({
  name: "INDEPENDENCEYEAR",
  description:
    "The first year, from the dataset's as-of year on, in which a region's capacity at a stage covers its demand growing at a yearly rate.",
  params: [
    { name: "region", kind: "text", description: REGION },
    STAGE_PARAM,
    {
      name: "demand",
      kind: "number",
      description:
        "Demand in the base year, in t/yr of the stage's product (REO, NdPr oxide or NdFeB); above 0.",
    },
    {
      name: "growth",
      kind: "number",
      optional: true,
      description: "Yearly demand growth as a fraction (0.08 = 8%/yr); default 0; above −1.",
    },
    { name: "status", kind: "text", optional: true, description: CAPACITY_STATUS },
    PROJECTS_PARAM,
  ],
  returns: "number",
  result:
    "A calendar year; #N/A when capacity does not catch up before the pipeline's last start year (the data's horizon).",
  example: { formula: '=RE.INDEPENDENCEYEAR("US", "magnet", 8000)', shows: "2028", value: 2028 },
  sources: "capacity table, as RE.CAPACITY; base year from the dataset's as-of date.",
  compute: (data, [region, stage, demand, growth, status, projects]) =>
    independenceYear(data, { region, stage, demand, growth, status, projects }),
});
