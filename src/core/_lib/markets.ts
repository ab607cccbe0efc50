import { normaliseKeyword } from "../../lib/normalise";

/**
 * Market tiers for `referencePrice`, best first. China sets the price of separated oxides (IEA-GCMO24:
 * ~92% of refining), so its export (FOB) and domestic quotes come first; volume-weighted global averages
 * next; European quotes after them because, after April 2025, they reflect few actual trades
 * (Adamas-Prices; BMI-Jul25). Each tier lists fragments of the normalised market name.
 */
const MARKET_TIERS: readonly (readonly string[])[] = [
  ["china"],
  ["global", "weighted"],
  ["europe", "rotterdam", "cif"],
];

/** Tier of every other market: one company's realised price, annual averages. Not spot markets. */
const OTHER_TIER = MARKET_TIERS.length;

/** Floors and guarantees are contract terms, quoted only when nothing else exists. */
const FLOOR_TIER = MARKET_TIERS.length + 1;

/** Where a market stands in the preference order: lower is preferred. */
export function marketRank(market: string): number {
  const key = normaliseKeyword(market);
  if (key.includes("floor")) return FLOOR_TIER;
  const tier = MARKET_TIERS.findIndex((fragments) => fragments.some((f) => key.includes(f)));
  return tier === -1 ? OTHER_TIER : tier;
}
