import {
  DEFAULT_SEED,
  DEFAULT_TRIALS,
  independenceProbability,
} from "../../core/independenceProbability";
import { ASSUMED_ODDS } from "../../core/independenceProbability/onlineOdds";
import { projectStatuses } from "../../data/tables";
import { defineFunction } from "../spec";
import {
  DELAY_PARAM,
  GROWTH_PARAM,
  PROJECTS_PARAM,
  UTILISATION_PARAM,
  YEARS,
  YEAR_BOUNDS,
} from "./params";
import { INDEPENDENCE_PARAMS } from "./independenceyear";

export const INDEPENDENCEPROB = defineFunction({
  name: "INDEPENDENCEPROB",
  description:
    "The probability that a region's capacity at a stage (or at every stage of a chain) covers its demand by a year: a seeded, repeatable Monte Carlo over each plant's chance of coming online by status and its lead time drawn between the low and high cases.",
  params: [
    INDEPENDENCE_PARAMS[0],
    {
      ...INDEPENDENCE_PARAMS[1],
      description:
        'Stage, or a whole chain ("separation>metal>magnet"; separators >, → or ,): demand is then in the last stage\'s product, converted upstream through cited factors, and every stage must cover its own.',
    },
    INDEPENDENCE_PARAMS[2],
    INDEPENDENCE_PARAMS[3],
    {
      name: "year",
      kind: "number",
      acceptsRange: true,
      ...YEAR_BOUNDS,
      description: `The year by which demand must be covered (in some year from baseYear to it, as RE.INDEPENDENCEYEAR ≤ year), ${YEARS}, up to the data's horizon.`,
    },
    GROWTH_PARAM,
    PROJECTS_PARAM,
    DELAY_PARAM,
    UTILISATION_PARAM,
    {
      name: "odds",
      kind: "table",
      optional: true,
      description: `Your own chance of coming online by status: a range of rows status, probability 0-1 (statuses ${projectStatuses.join(", ")}). Default, an assumption of this add-in and not a sourced figure: ${Object.entries(
        ASSUMED_ODDS
      )
        .map(([status, chance]) => `${status} ${chance}`)
        .join(", ")}.`,
    },
    {
      name: "trials",
      kind: "number",
      optional: true,
      description: `Monte Carlo trials, a whole number 100-100,000; default ${DEFAULT_TRIALS.toLocaleString("en")} (standard error at most 0.005).`,
    },
    {
      name: "seed",
      kind: "number",
      optional: true,
      description: `Seed of the draws, a whole number 0-4,294,967,295; default ${DEFAULT_SEED}. The same inputs and seed always give the same answer.`,
    },
  ],
  returns: "number",
  result:
    "A probability from 0 to 1, graded low (its chances by status are an assumption unless you give your own); RE.SOURCE gives the trials that covered demand, the standard error, the odds, the lead-time ranges and each plant counted. #N/A past the data's horizon or when a stage has no plant that could count.",
  example: {
    formula: '=RE.INDEPENDENCEPROB("US", "magnet", 15000, 2025, 2029)',
    shows: "0.6232",
    value: 0.6232,
  },
  sources:
    "capacity table (each plant's status, first year and figure), leadTimes table (low, base and high cases), indicators (composition factors) for a chain; the chances by status are an assumption, not sourced.",
  compute: (
    data,
    [
      region,
      stage,
      demand,
      baseYear,
      year,
      growth,
      projects,
      delay,
      utilisation,
      odds,
      trials,
      seed,
    ]
  ) =>
    independenceProbability(data, {
      region,
      stage,
      demand,
      baseYear,
      year,
      growth,
      projects,
      delay,
      utilisation,
      odds,
      trials,
      seed,
    }),
});
