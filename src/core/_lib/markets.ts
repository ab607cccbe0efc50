import type { Price } from "../../data/schema";
import { priceMarkets } from "../../data/tables";
import { KeywordMap } from "../../lib/keywordMap";
import { normaliseKeyword } from "../../lib/normalise";

/** A market an analyst can ask a price for; "other" quotes (realised, averages, asks) are table-only. */
export type PriceMarket = Exclude<(typeof priceMarkets)[number], "other">;

/** The market RE.PRICE answers for when none is given: China's domestic market, where most quotes are. */
export const DEFAULT_MARKET: PriceMarket = "China";

/** Market keywords with the words analysts use for them. */
export const priceMarketKeywords = new KeywordMap<PriceMarket>()
  .add("China", ["China", "China domestic", "domestic", "CN"])
  .add("FOB China", ["FOB China", "FOB", "export"])
  .add("Europe", ["Europe", "CIF Europe", "Rotterdam", "EU"])
  .add("US", ["US", "USGS", "Argus average", "annual average"]);

/**
 * The market group of a quote: its own `marketGroup`, or for records of datasets older than 2.0.0 the group
 * its market's name points to (an FOB China quote before a China one, since both name China).
 */
export function marketGroupOf(price: Price): (typeof priceMarkets)[number] {
  if (price.marketGroup !== undefined) return price.marketGroup;
  const key = normaliseKeyword(price.market);
  if (key.includes("fob")) return "FOB China";
  if (key.includes("china")) return "China";
  if (["europe", "rotterdam"].some((f) => key.includes(f))) return "Europe";
  if (key.includes("usgs")) return "US";
  return "other";
}
