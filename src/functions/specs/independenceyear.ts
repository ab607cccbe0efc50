import { chainIndependenceYear } from "../../core/chainIndependence";
import { independenceYear } from "../../core/independenceYear";
import { CHAIN_SEPARATOR } from "../../core/_lib/stageChain";
import { defineFunction } from "../spec";
import { GROWTH_PARAM, PIPELINE_SCENARIO_PARAMS, STAGE_PARAM, YEARS, YEAR_BOUNDS } from "./params";
import { CAPACITY_STATUS, REGION } from "./capacity";

/** The parameters RE.INDEPENDENCEYEAR and RE.INDEPENDENCEPROB open with: region, stage or chain, demand, base year. */
export const INDEPENDENCE_PARAMS = [
  { name: "region", kind: "text", description: REGION },
  {
    ...STAGE_PARAM,
    description:
      'Stage, or a whole chain ("separation>metal>magnet"; separators >, → or ,): demand is then in the last stage\'s product, converted upstream through cited factors, and the answer is the first year every stage covers its own.',
  },
  {
    name: "demand",
    kind: "number",
    description:
      "Demand in the base year, in t/yr of the stage's product (REO, NdPr oxide or NdFeB); above 0.",
  },
  {
    name: "baseYear",
    kind: "number",
    ...YEAR_BOUNDS,
    description: `The year the demand is for and the search starts from, ${YEARS}. Explicit, so that pulling a newer dataset does not move the answer.`,
  },
] as const;

export const INDEPENDENCEYEAR = defineFunction({
  name: "INDEPENDENCEYEAR",
  description:
    "The first year, from a base year you give, in which a region's capacity at a stage covers its demand growing at a yearly rate (up to the data's horizon).",
  params: [
    ...INDEPENDENCE_PARAMS,
    GROWTH_PARAM,
    { name: "status", kind: "text", optional: true, description: CAPACITY_STATUS },
    ...PIPELINE_SCENARIO_PARAMS,
  ],
  returns: "number",
  result:
    "A calendar year; #N/A when capacity does not catch up by the data's horizon (the last year any plant record reaches).",
  example: {
    formula: '=RE.INDEPENDENCEYEAR("US", "magnet", 4000, 2025)',
    shows: "2026",
    value: 2026,
  },
  sources:
    "capacity table, as RE.CAPACITY; leadTimes table for a lead-time case; indicators (composition factors) for a chain.",
  compute: (
    data,
    [region, stage, demand, baseYear, growth, status, projects, delay, utilisation, leadCase]
  ) =>
    (CHAIN_SEPARATOR.test(stage) ? chainIndependenceYear : independenceYear)(data, {
      region,
      stage,
      demand,
      baseYear,
      growth,
      status,
      projects,
      delay,
      utilisation,
      case: leadCase,
    }),
});
