import { supplyShare } from "../../core/supplyShare";
import { defineFunction } from "../spec";
import { STAGE_PARAM, STAGE_YEAR_PARAM } from "./params";

export const SHARE = defineFunction({
  name: "SHARE",
  description:
    "A country's share of world output at a supply-chain stage, as a fraction 0-1: USGS mine production for mining, otherwise the share a cited report gives.",
  params: [
    {
      name: "country",
      kind: "text",
      description:
        'Country: name, alias or ISO code ("China", "PRC", "CN", "United States", "US", "Myanmar").',
    },
    STAGE_PARAM,
    STAGE_YEAR_PARAM,
  ],
  returns: "number",
  result: "Share of world output, a fraction 0-1 (format the cell as a percentage).",
  example: {
    formula: '=RE.SHARE("China", "mining", 2024)',
    shows: "0.6923 (69.2%)",
    value: 270000 / 390000,
  },
  sources:
    "production table (USGS Mineral Commodity Summaries, mine production in t REO, latest edition) for mining; shares table (IEA Global Critical Minerals Outlook and others) for the other stages and projections.",
  compute: (data, [country, stage, year]) => supplyShare(data, { country, stage, year }),
});
