import { supplyShare } from "../../core/supplyShare";
import { defineFunction } from "../spec";
import { STAGE_PARAM, STAGE_YEAR_PARAM } from "./params";

export const SHARE = defineFunction({
  name: "SHARE",
  description:
    "A country's (or a group's) share of world output at a supply-chain stage, as a fraction 0-1, on one basis: observed figures on the stage's default basis unless you ask for another basis, an edition or a projection.",
  params: [
    {
      name: "country",
      kind: "text",
      acceptsRange: true,
      description:
        'Country: name, alias or ISO code ("China", "PRC", "CN", "US", "Myanmar"); or a group (allied, non-China, MSP, G7, Quad) or your own list joined by + or , ("US+Australia"): the sum of its members\' shares, each once, #N/A naming any member without a figure.',
    },
    STAGE_PARAM,
    STAGE_YEAR_PARAM,
    {
      name: "basis",
      kind: "text",
      optional: true,
      description:
        'Which figures: observed (default: total REO mined for mining, magnet REE refined for separation), projection, or a basis, edition or scenario such as "magnet REE mined", "USGS MCS 2025", "IEA base case". A year with other figures only is #N/A saying which exist.',
    },
  ],
  returns: "number",
  result: "Share of world output, a fraction 0-1 (format the cell as a percentage).",
  example: {
    formula: '=RE.SHARE("China", "mining", 2024)',
    shows: "0.7105 (71.1%)",
    value: 270000 / 380000,
  },
  sources:
    "production table (USGS Mineral Commodity Summaries, mine production in t REO, latest edition unless another is asked for) for mining; shares table (IEA Global Critical Minerals Outlook and others, each with its basis and edition) for the other stages and projections.",
  compute: (data, [country, stage, year, basis]) =>
    supplyShare(data, { country, stage, year, basis }),
});
