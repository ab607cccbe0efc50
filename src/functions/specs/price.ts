import { referencePrice } from "../../core/referencePrice";
import { defineFunction } from "../spec";

export const PRICE = defineFunction({
  name: "PRICE",
  description:
    "A reference price in USD/kg in one market (China domestic by default): its latest quote on or before a date, never another market's; a date more than 92 days past that market's latest quote, or in the future, is #N/A naming it.",
  params: [
    {
      name: "element",
      kind: "text",
      description: 'Element symbol or name ("Dy", "Terbium"), or "NdPr" (also "PrNd").',
    },
    {
      name: "form",
      kind: "text",
      optional: true,
      description: "oxide (default), metal, alloy or magnet.",
    },
    {
      name: "date",
      kind: "date",
      optional: true,
      description:
        'Latest quote date: an Excel date, a year, or text "YYYY-MM-DD", "YYYY-MM" or "YYYY"; default: the latest quote.',
    },
    {
      name: "market",
      kind: "text",
      optional: true,
      description:
        "China (default: China domestic), FOB China, Europe (CIF Europe, Rotterdam) or US (USGS annual averages of Argus free-on-board quotes).",
    },
  ],
  returns: "number",
  result: 'USD per kg; every market\'s quotes are in RE.TABLE("prices").',
  example: { formula: '=RE.PRICE("Dy", "oxide", 2022, "US")', shows: "382", value: 382 },
  sources:
    "prices table (Shanghai Metals Market, SunSirs, Lynas, Fastmarkets, Argus, Benchmark, USGS; CNY converted at the dataset's stated rate), each quote with its market and quote basis.",
  compute: (data, [element, form, date, market]) =>
    referencePrice(data, { element, form, date, market }),
});
