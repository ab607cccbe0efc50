import type { Price } from "../../data/schema";
import { KeywordMap } from "../../lib/keywordMap";
import { compareDates } from "../_lib/dates";
import { lazyIndex, pushTo } from "../_lib/lazyIndex";
import { marketGroupOf } from "../_lib/markets";
import { elementIndex } from "../resolveElement/elementIndex";

/** Price products and their quotes. */
export interface PriceIndex {
  /** Price product ("Nd", "NdPr", ...) by symbol, element name or product name. */
  readonly products: KeywordMap<string>;
  /** Prices by `priceKey(product, form, market)`: latest date first, then the latest edition. */
  readonly prices: ReadonlyMap<string, readonly Price[]>;
  /** Markets with quotes by `priceKey(product, form)`. */
  readonly markets: ReadonlyMap<string, readonly string[]>;
}

/** Key of the price map: a product and form, and for the quotes themselves a market group. */
export function priceKey(product: string, form: Price["form"], market?: string): string {
  return market === undefined ? `${product}|${form}` : `${product}|${form}|${market}`;
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
  const markets = new Map<string, Set<string>>();
  for (const p of dataset.prices) {
    if (p.value === null) continue;
    const group = marketGroupOf(p);
    pushTo(prices, priceKey(p.product, p.form, group), p);
    const key = priceKey(p.product, p.form);
    markets.set(key, (markets.get(key) ?? new Set()).add(group));
  }
  for (const list of prices.values())
    list.sort(
      (a, b) => compareDates(b.date, a.date) || compareDates(b.edition ?? "", a.edition ?? "")
    );
  return {
    products,
    prices,
    markets: new Map([...markets].map(([key, set]) => [key, [...set]])),
  };
});
