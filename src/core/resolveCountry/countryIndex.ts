import type { Country } from "../../data/schema";
import { KeywordMap } from "../../lib/keywordMap";
import { lazyIndex } from "../_lib/lazyIndex";

/** The dataset's countries by code, name or alias, and by code alone. */
export interface CountryIndex {
  readonly countries: KeywordMap<Country>;
  readonly byCode: ReadonlyMap<string, Country>;
}

export const countryIndex = lazyIndex((dataset): CountryIndex => {
  const countries = new KeywordMap<Country>();
  for (const c of dataset.countries) countries.add(c, [c.code, c.name, ...c.aliases]);
  return { countries, byCode: new Map(dataset.countries.map((c) => [c.code, c])) };
});
