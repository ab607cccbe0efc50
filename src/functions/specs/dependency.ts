import { supplierDependency } from "../../core/supplierDependency";
import { defineFunction } from "../spec";
import { YEARS, YEAR_BOUNDS } from "./params";

export const DEPENDENCY = defineFunction({
  name: "DEPENDENCY",
  description:
    "How much a consumer depends on a supplier at a stage, as a fraction 0-1: the supplier's world share, or for a country its net import reliance times the supplier's share of its imports.",
  params: [
    {
      name: "stage",
      kind: "text",
      optional: true,
      description:
        'Stage or chain ("separation", "mining>magnet"); default: the whole chain, whose dependency is that of its worst stage.',
    },
    {
      name: "supplier",
      kind: "text",
      optional: true,
      description:
        'Supplying country (name, alias or code; default China), or a group or your own list ("China+Myanmar", "non-China"): the sum of its members\' shares, each once.',
    },
    {
      name: "consumer",
      kind: "text",
      optional: true,
      description:
        "Consuming country (name, alias or code) or WORLD (default). A country needs import data in the dataset (the US has it for mining, separation and metal); a group as consumer is #N/A (its combined import reliance is not in the data).",
    },
    {
      name: "year",
      kind: "number",
      optional: true,
      ...YEAR_BOUNDS,
      description: `Year, ${YEARS}; default: the latest year with data.`,
    },
  ],
  returns: "number",
  result: "Dependency, a fraction 0-1.",
  example: {
    formula: '=RE.DEPENDENCY("separation", "China", "US")',
    shows: "0.4757",
    value: 0.67 * 0.71,
  },
  sources:
    "indicators table (USGS MCS 2026: US net import reliance 2021-2025 for compounds and metals and for mineral concentrates, import sources 2021-24); for WORLD the sources of RE.SHARE.",
  compute: (data, [stage, supplier, consumer, year]) =>
    supplierDependency(data, { stage, supplier, consumer, year }),
});
