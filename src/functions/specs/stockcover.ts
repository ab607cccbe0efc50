import { stockCoverage } from "../../core/stockCoverage";
import { defineFunction } from "../spec";

export const STOCKCOVER = defineFunction({
  name: "STOCKCOVER",
  description:
    "Days (or years) of a stated demand a stockpile covers: stock ÷ demand × 365, from the cited stockpile table (US National Defense Stockpile, JOGMEC, KOMIR, IREL, ...); #N/A where the quantity is not published.",
  params: [
    {
      name: "country_or_holder",
      kind: "text",
      description:
        'A country (name, alias or code: "US", "India") or a holder\'s name ("National Defense Stockpile", "JOGMEC", "IREL").',
    },
    {
      name: "material",
      kind: "text",
      description:
        'The stocked material as the stockpile table names it: "NdPr oxide", "NdFeB magnet block", "samarium-cobalt alloy", "lanthanum", "heavy rare earths", ... (RE.TABLE("stockpiles") lists them).',
    },
    {
      name: "demand_t_per_yr",
      kind: "number",
      description:
        "The demand to cover, in t/yr of the same material on the same basis as the stock (no conversion between oxide, metal and magnet mass is made); above 0.",
    },
    {
      name: "unit",
      kind: "text",
      optional: true,
      description: 'The result\'s unit: "days" (default) or "years".',
    },
    {
      name: "measure",
      kind: "text",
      optional: true,
      description:
        'Which figure: "held" (default: a stock on hand) or "potential acquisitions" (what the US stockpile\'s Annual Materials Plan allowed it to buy, not a stock held).',
    },
  ],
  returns: "number",
  result:
    "Days (or years) the stock covers the demand; a range in RE.SOURCE where the source gives one. #N/A, saying what is missing, where the stock is not published or not given in tonnes.",
  example: {
    formula: '=RE.STOCKCOVER("India", "NdPr oxide", 1000)',
    shows: "182.5 (IREL's 500 t of NdPr oxide ÷ 1,000 t/yr × 365)",
    value: (500 / 1000) * 365,
  },
  sources:
    "stockpiles table (USGS Mineral Commodity Summaries 2026: National Defense Stockpile FY2025 potential acquisitions and Government Stockpile lines; IEA policy database for JOGMEC and KOMIR; company and press reports), each record with its as-of date and grade.",
  compute: (data, [holder, material, demand, unit, measure]) =>
    stockCoverage(data, { holder, material, demand, unit, measure }),
});
