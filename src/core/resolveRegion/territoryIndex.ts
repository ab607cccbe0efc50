import type { Country, Region } from "../../data/schema";
import { KeywordMap } from "../../lib/keywordMap";
import { lazyIndex } from "../_lib/lazyIndex";

/** A country or a named group of countries, as capacity and dependency questions take them. */
export interface Territory {
  readonly kind: "country" | "region";
  /** Country code or region id. */
  readonly id: string;
  readonly name: string;
  /** The region record, for citing the membership convention; absent for a country. */
  readonly region?: Region;
  /** Whether a country code belongs to the territory. */
  includes(code: string): boolean;
}

/** Regions (by id, name, alias) and countries (by code, name, alias); regions win a shared keyword. */
export interface TerritoryIndex {
  readonly territories: KeywordMap<Territory>;
  readonly regionKeywords: readonly string[];
}

function territoryOfCountry(country: Country): Territory {
  const code = country.code;
  return {
    kind: "country",
    id: code,
    name: country.name,
    includes: code === "WORLD" ? () => true : (other) => other === code,
  };
}

function territoryOfRegion(region: Region): Territory {
  const members = region.members ? new Set(region.members) : undefined;
  const excluded = new Set(region.excludes ?? []);
  return {
    kind: "region",
    id: region.id,
    name: region.name,
    region,
    includes: members
      ? (code) => members.has(code)
      : (code) => code !== "WORLD" && !excluded.has(code),
  };
}

export const territoryIndex = lazyIndex((dataset): TerritoryIndex => {
  const territories = new KeywordMap<Territory>();
  for (const r of dataset.regions)
    territories.add(territoryOfRegion(r), [r.id, r.name, ...r.aliases]);
  for (const c of dataset.countries)
    territories.add(territoryOfCountry(c), [c.code, c.name, ...c.aliases]);
  return { territories, regionKeywords: dataset.regions.map((r) => r.id) };
});
