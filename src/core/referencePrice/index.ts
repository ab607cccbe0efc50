import type { IndexedDataset } from "../../data/store";
import { basisOf } from "../_lib/basis";
import { isPartialDate, onOrBefore } from "../_lib/dates";
import { invalidDate, missingPrice, missingPriceBefore, priceLabel } from "../_lib/messages";
import { unknownKeywordIn } from "../_lib/findKeyword";
import { answer, fail, type Outcome } from "../_lib/outcome";
import { priceForms } from "../_lib/vocabulary";
import { priceIndex, priceKey } from "./priceIndex";

export interface ReferencePriceOptions {
  /** Element symbol or name, or a product such as "NdPr" (also "PrNd"). */
  readonly element: string;
  /** "oxide" (default), "metal", "alloy" or "magnet". */
  readonly form?: string;
  /** Latest date of the quote as YYYY, YYYY-MM or YYYY-MM-DD (a year or month means its end); default: latest. */
  readonly date?: string;
}

/**
 * @summary A reference price of a rare-earth product in USD/kg.
 *
 * @description
 * From the dataset's `prices` table (Fastmarkets, Shanghai Metals Market, Argus, Benchmark, Adamas, USGS,
 * company filings; CNY quotes converted at the dataset's assumed 7.2 CNY/USD, stated in each record's
 * `computed`). Among the quotes for the product and form dated on or before `date`, it takes the most
 * preferred market tier, then the latest quote in it:
 * 1. China (FOB China and China domestic): China sets the price of separated oxides;
 * 2. volume-weighted global averages;
 * 3. Europe (CIF Europe, Rotterdam, Argus Europe): thinly traded after April 2025 (Adamas, Benchmark);
 * 4. anything else (one company's realised price, annual averages), and contractual floors last.
 * Other markets are in `RE.TABLE("prices")`. A point value inside a quoted range is its midpoint.
 *
 * @param data - The indexed dataset.
 * @param args - Product, form and date.
 * @returns USD/kg; `invalid` for an unknown product or form or a malformed date, `notAvailable` when no
 * quote exists (for the form, or on or before the date).
 *
 * @example
 * referencePrice(data, { element: "NdPr", form: "oxide", date: "2025-06-30" })
 * //=> { ok: true, value: 59.51, basis: [NdPr oxide, China domestic (SMM), 2025-05-23] }
 */
export function referencePrice(data: IndexedDataset, args: ReferencePriceOptions): Outcome<number> {
  const { products, prices } = priceIndex(data);
  const product = products.find(args.element);
  if (!product) return unknownKeywordIn(products, "element", args.element);
  const form = priceForms.find(args.form ?? "oxide");
  if (!form) return unknownKeywordIn(priceForms, "form", args.form);
  if (args.date !== undefined && !isPartialDate(args.date))
    return fail("invalid", invalidDate("date", args.date));

  const quotes = prices.get(priceKey(product, form));
  if (!quotes) return fail("notAvailable", missingPrice(product, form, [...prices.keys()]));
  const date = args.date;
  const quote = date === undefined ? quotes[0] : quotes.find((q) => onOrBefore(q.date, date));
  if (!quote)
    return fail("notAvailable", missingPriceBefore(product, form, date as string, quotes));
  return answer(quote.value as number, [basisOf(quote, priceLabel(quote))]);
}
