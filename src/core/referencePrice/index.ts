import type { IndexedDataset } from "../../data/store";
import { basisOf } from "../_lib/basis";
import { isPartialDate, onOrBefore, periodEnd, periodStart, todayIso } from "../_lib/dates";
import { priceLabel, staleNote } from "../_lib/messages/prices";
import { unknownKeywordIn } from "../_lib/findKeyword";
import { DEFAULT_MARKET, priceMarketKeywords } from "../_lib/markets";
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
  /** "China" (default, domestic), "FOB China", "Europe" (CIF, Rotterdam, European assessments) or "US" (USGS annual averages). */
  readonly market?: string;
}

/**
 * How long after a quote's period it still answers for a date: one quarter. A date further past the
 * market's latest quote is `notAvailable` naming that quote, rather than an old price shown as current.
 */
export const PRICE_WINDOW_DAYS = 92;

const DAY_MS = 86_400_000;

/**
 * @summary A reference price of a rare-earth product in USD/kg, in one market.
 *
 * @description
 * From the dataset's `prices` table (Shanghai Metals Market, SunSirs, Lynas, Fastmarkets, Argus,
 * Benchmark, USGS; CNY quotes converted at the dataset's assumed 7.2 CNY/USD, stated in each record's
 * `computed`). Quotes of one market only, never spliced with another's: China (domestic, the default),
 * FOB China, Europe (CIF Europe, Rotterdam, European assessments) or US (USGS annual averages of Argus
 * free-on-board quotes). Other quotes (company realisations, global averages, asks, bounds) are in
 * `RE.TABLE("prices")` only. It takes the market's latest quote dated on or before `date` (the latest
 * edition where editions revise one: USGS). A date more than `PRICE_WINDOW_DAYS` past the end of that
 * quote's period, or a date in the future, is `notAvailable` and names the market's latest quote. A
 * point value inside a quoted range is its midpoint.
 *
 * @param data - The indexed dataset.
 * @param args - Product, form, date and market.
 * @returns USD/kg; `invalid` for an unknown product, form or market or a malformed date, `notAvailable`
 * when the market has no quote for the product, none on or before the date, or only a stale one.
 *
 * @example
 * referencePrice(data, { element: "Dy", form: "oxide", date: "2022", market: "US" })
 * //=> { ok: true, value: 382, basis: [Dy oxide, Argus FOB average (USGS), 2022: 382 USD/kg] }
 */
export function referencePrice(data: IndexedDataset, args: ReferencePriceOptions): Outcome<number> {
  const index = priceIndex(data);
  const product = index.products.find(args.element);
  if (!product) return unknownKeywordIn(index.products, "element", args.element);
  const form = priceForms.find(args.form ?? "oxide");
  if (!form) return unknownKeywordIn(priceForms, "form", args.form);
  const market = priceMarketKeywords.find(args.market ?? DEFAULT_MARKET);
  if (!market) return unknownKeywordIn(priceMarketKeywords, "market", args.market);
  const date = args.date;
  if (date !== undefined && !isPartialDate(date))
    return fail("invalid", "invalidDate", { what: "date", given: date });

  const markets = index.markets.get(priceKey(product, form));
  if (!markets)
    return fail("notAvailable", "missingPrice", {
      product,
      form,
      available: [...index.markets.keys()],
    });
  const quotes = index.prices.get(priceKey(product, form, market));
  if (!quotes)
    return fail("notAvailable", "missingPriceInMarket", { product, form, market, markets });
  const latest = quotes[0];
  if (date === undefined)
    return answer(latest.value as number, [basisOf(latest, priceLabel(latest))]);
  if (periodStart(date) > todayIso())
    return fail("notAvailable", "futurePriceDate", { date, latest });
  const quote = quotes.find((q) => onOrBefore(q.date, date));
  if (!quote)
    return fail("notAvailable", "missingPriceBefore", {
      product,
      form,
      date,
      quotes,
      otherMarkets: markets.filter((m) => m !== market && m !== "other"),
    });
  const gap = daysBetween(periodEnd(quote.date), periodEnd(date));
  if (gap > PRICE_WINDOW_DAYS)
    return fail("notAvailable", "stalePrice", {
      date,
      latest: quote,
      windowDays: PRICE_WINDOW_DAYS,
    });
  const note = gap > 0 ? staleNote(quote, date) : undefined;
  return answer(quote.value as number, [basisOf(quote, priceLabel(quote), { note })]);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}
