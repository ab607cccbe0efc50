import type { Price } from "../../data/schema";
import { KeywordMap } from "../../lib/keywordMap";
import { compareDates } from "../_lib/dates";
import { lazyIndex, pushTo } from "../_lib/lazyIndex";
import { marketRank } from "../_lib/markets";
import { elementIndex } from "../resolveElement/elementIndex";

/** Price products and their quotes. */
export interface PriceIndex {
  /** Price product ("Nd", "NdPr", ...) by symbol, element name or product name. */
  readonly products: KeywordMap<string>;
  /** Prices by `priceKey(product, form)`: preferred market first, then latest date first. */
  readonly prices: ReadonlyMap<string, readonly Price[]>;
}

/** Key of the price map. */
export function priceKey(product: string, form: Price["form"]): string {
  return `${product}|${form}`;
}

const SYMBOL = /[A-Z][a-z]?/g;

export const priceIndex = lazyIndex((dataset): PriceIndex => {
  const elements = elementIndex({ dataset }).bySymbol;
  const products = new KeywordMap<string>();
  for (const e of dataset.elements) products.add(e.symbol, [e.symbol, e.name]);
  for (const p of new Set(dataset.prices.map((price) => price.product))) {
    const symbols = p.match(SYMBOL) ?? [];
    const isBlend =
      symbols.length === 2 && symbols.join("") === p && symbols.every((s) => elements.has(s));
    // "NdPr" and "PrNd" name the same didymium oxide: trade sources use both orders.
    products.add(p, isBlend ? [p, symbols[1] + symbols[0]] : [p]);
  }
  const prices = new Map<string, Price[]>();
  for (const p of dataset.prices)
    if (p.value !== null) pushTo(prices, priceKey(p.product, p.form), p);
  for (const list of prices.values())
    list.sort(
      (a, b) => marketRank(a.market) - marketRank(b.market) || compareDates(b.date, a.date)
    );
  return { products, prices };
});
