import { referencePrice } from "../../core/referencePrice";
import { defineFunction } from "../spec";

export const PRICE = defineFunction({
  name: "PRICE",
  description:
    "A reference price in USD/kg: the latest quote on or before a date, China's markets first, then global averages, then Europe.",
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
  ],
  returns: "number",
  result: 'USD per kg; every market\'s quotes are in RE.TABLE("prices").',
  example: { formula: '=RE.PRICE("NdPr", "oxide", "2025-06-30")', shows: "59.51", value: 59.51 },
  sources:
    "prices table (Shanghai Metals Market, Fastmarkets, Argus, Benchmark, Adamas, USGS, company filings; CNY converted at the dataset's stated rate).",
  compute: (data, [element, form, date]) => referencePrice(data, { element, form, date }),
});
