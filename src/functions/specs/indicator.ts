import { indicatorValue } from "../../core/indicatorSeries";
import { defineFunction } from "../spec";
import { YEARS, YEAR_BOUNDS } from "./params";

export const INDICATOR = defineFunction({
  name: "INDICATOR",
  description:
    "A country's figure of a cited series: net import reliance, a supplier's share of its imports, production or apparent consumption, for a year and the material of a stage; RE.HISTORY gives the series.",
  params: [
    {
      name: "measure",
      kind: "text",
      description:
        'What is measured: "net import reliance" (fraction of apparent consumption), "import source share" (fraction of imports, needs partner), "production" (t REO; mine production for mining) or "apparent consumption" (t REO).',
    },
    {
      name: "country",
      kind: "text",
      description:
        'The country the figure is about (the importer for import figures): "US", "China", ...',
    },
    {
      name: "year",
      kind: "number",
      optional: true,
      ...YEAR_BOUNDS,
      description: `Year, ${YEARS}; default: the latest the series has.`,
    },
    {
      name: "stage",
      kind: "text",
      optional: true,
      description:
        "A stage whose material the series covers (US net import reliance: mining for mineral concentrates, separation or metal for compounds and metals); default: the series with the most years.",
    },
    {
      name: "partner",
      kind: "text",
      optional: true,
      description: "For an import source share: the supplying country.",
    },
  ],
  returns: "number",
  result:
    "The figure in its unit: a fraction 0-1 for reliance and shares (a bound such as more than 95% is said in RE.SOURCE), t REO for production and consumption.",
  example: {
    formula: '=RE.INDICATOR("net import reliance", "US", 2024)',
    shows: "0.53",
    value: 0.53,
  },
  sources:
    "indicators table (USGS Mineral Commodity Summaries 2026 and earlier editions: Salient Statistics and import sources), production table for mine production.",
  compute: (data, [measure, country, year, stage, partner]) =>
    indicatorValue(data, { measure, country, year, stage, partner }),
});
