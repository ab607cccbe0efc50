import type { Country } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { findKeyword } from "../_lib/findKeyword";
import type { Outcome } from "../_lib/outcome";
import { countryIndex } from "./countryIndex";

/**
 * @summary Finds the country a keyword names.
 *
 * @description
 * Matches the ISO 3166-1 alpha-2 code (or WORLD), the name or an alias from the dataset's `countries`
 * table ("Burma" for Myanmar, "USA" for the United States, ...), ignoring case, spaces, hyphens,
 * underscores and dots. One map lookup in the index.
 *
 * @param data - The indexed dataset.
 * @param keyword - The country as the user typed it.
 * @returns The country record, or an `invalid` failure listing the country codes.
 *
 * @example
 * resolveCountry(data, "china")
 * //=> { ok: true, value: { code: "CN", name: "China", ... }, basis: [] }
 */
export function resolveCountry(data: IndexedDataset, keyword: string): Outcome<Country> {
  return findKeyword(countryIndex(data).countries, "country", keyword);
}
