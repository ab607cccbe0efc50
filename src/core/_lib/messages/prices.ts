/**
 * Texts of reference prices and their markets.
 */
import type { Price } from "../../../data/schema";
import { num, type TextsOf } from "./texts";

/** What each failure code of this domain needs for its text (see failureText.ts). */
export interface PricesFailures {
  readonly missingPrice: { product: string; form: string; available: readonly string[] };
  readonly missingPriceInMarket: {
    product: string;
    form: string;
    market: string;
    markets: readonly string[];
  };
  readonly missingPriceBefore: {
    product: string;
    form: string;
    date: string;
    quotes: readonly Price[];
    otherMarkets: readonly string[];
  };
  readonly stalePrice: { date: string; latest: Price; windowDays: number };
  readonly futurePriceDate: { date: string; latest: Price };
}

function missingPrice({ product, form, available }: PricesFailures["missingPrice"]): string {
  const has = available.map((key) => key.replace("|", " ")).join(", ");
  return `The dataset has no ${form} price for ${product} (it has: ${has}).`;
}

function missingPriceInMarket({
  product,
  form,
  market,
  markets,
}: PricesFailures["missingPriceInMarket"]): string {
  const askable = markets.filter((m) => m !== "other");
  const others =
    askable.length > 0
      ? ` It has ${askable.join(", ")} quotes: ask with that market (4th argument); markets are never mixed.`
      : ' Its other quotes (company realisations, global averages) are in RE.TABLE("prices").';
  return `The dataset has no ${market} quote for ${product} ${form}.${others}`;
}

function missingPriceBefore({
  product,
  form,
  date,
  quotes,
  otherMarkets,
}: PricesFailures["missingPriceBefore"]): string {
  const earliest = quotes.reduce((a, b) => (b.date < a.date ? b : a));
  const others =
    otherMarkets.length > 0 ? ` Other markets with quotes: ${otherMarkets.join(", ")}.` : "";
  return `No ${product} ${form} price on or before ${date} in this market (its earliest quote is ${earliest.date}, ${earliest.market}).${others}`;
}

function stalePrice({ date, latest, windowDays }: PricesFailures["stalePrice"]): string {
  return `No ${latest.product} ${latest.form} quote within ${windowDays} days before ${date} in this market: its latest quote on or before that date is ${latest.date} (${latest.market}, ${num(latest.value ?? 0)} ${latest.unit}).`;
}

function futurePriceDate({ date, latest }: PricesFailures["futurePriceDate"]): string {
  return `${date} is in the future, and no quote exists for it: the latest ${latest.product} ${latest.form} quote in this market is ${latest.date} (${latest.market}, ${num(latest.value ?? 0)} ${latest.unit}).`;
}

export function staleNote(quote: Price, date: string): string {
  return `the latest quote on or before ${date} is of ${quote.date}`;
}

export function priceLabel(price: Price): string {
  const basis = price.quoteBasis === undefined ? "" : ` (${price.quoteBasis})`;
  return `${price.product} ${price.form}, ${price.market}, ${price.date}: ${num(price.value ?? 0)} ${price.unit}${basis}`;
}

/** The texts of this domain's failure codes. */
export const pricesTexts: TextsOf<PricesFailures> = {
  missingPrice,
  missingPriceInMarket,
  missingPriceBefore,
  stalePrice,
  futurePriceDate,
};
