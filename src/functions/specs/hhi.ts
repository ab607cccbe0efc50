import { concentrationIndex } from "../../core/concentrationIndex";
import { defineFunction } from "../spec";
import { STAGE_PARAM, STAGE_YEAR_PARAM } from "./params";

export const HHI = defineFunction({
  name: "HHI",
  description:
    "Herfindahl-Hirschman index of a stage: the sum of squared country shares in percent, 0-10,000 points (above 1,800 is highly concentrated).",
  params: [STAGE_PARAM, STAGE_YEAR_PARAM],
  returns: "number",
  result:
    "HHI points, 0-10,000; a lower bound when the listed producers do not cover the whole (RE.SOURCE says so).",
  example: {
    formula: '=RE.HHI("refining", 2023)',
    shows: "8490",
    value: 92 ** 2 + 5 ** 2 + 1 ** 2,
  },
  sources:
    "production table (USGS MCS mine production) for mining, otherwise one report of the shares table; thresholds from the DOJ/FTC 2023 Merger Guidelines (indicators table).",
  compute: (data, [stage, year]) => concentrationIndex(data, { stage, year }),
});
