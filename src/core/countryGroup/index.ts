import type { Country } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { answer, type Outcome } from "../_lib/outcome";
import { isRegionList } from "../regionUnion";
import { resolveCountry } from "../resolveCountry";
import { resolveRegion } from "../resolveRegion";

/** The code of the countries table's "other countries" row: the producers a source leaves unnamed. */
const UNNAMED = "ZZ";

/** A group of countries a share or a dependency is summed over. */
export interface CountryGroup {
  readonly name: string;
  /** The named countries of the group, each once (never WORLD nor the unnamed rest). */
  readonly members: readonly Country[];
  /**
   * For a group that is the world minus some countries ("non-China", or a list with such a group in it):
   * the named countries outside it. Its share is then the whole less theirs.
   */
  readonly outside?: readonly Country[];
}

/**
 * @summary The countries a group or an analyst's own list stands for: its members, each once.
 *
 * @description
 * Resolves the keyword as a region (`resolveRegion`: a group of the `regions` table, a country, or a list
 * joined by "+" or "," such as "US+Japan+Korea" or "allied, Vietnam") and lists the dataset's countries
 * it includes. A group defined as everyone but some countries takes in the producers sources leave
 * unnamed, so it is given by the countries outside it instead. The answer carries the membership's
 * citations and, for a list, the members by name.
 *
 * @param data - The indexed dataset.
 * @param keyword - The group or list as the user typed it.
 * @returns The group; the resolver's failure for an unknown name or a group without published members.
 *
 * @example
 * resolveCountryGroup(data, "US+Japan")
 * //=> { ok: true, value: { name: "United States + Japan", members: [United States, Japan] }, basis: […] }
 */
export function resolveCountryGroup(data: IndexedDataset, keyword: string): Outcome<CountryGroup> {
  const territory = resolveRegion(data, keyword);
  if (!territory.ok) return territory;
  const { includes, name } = territory.value;
  const named = data.dataset.countries.filter((c) => c.code !== "WORLD" && c.code !== UNNAMED);
  const members = named.filter((c) => includes(c.code));
  const group: CountryGroup = includes(UNNAMED)
    ? { name, members, outside: named.filter((c) => !includes(c.code)) }
    : { name, members };
  return answer(group, territory.basis);
}

/** A keyword read as one country, or else as a group of countries. */
export type CountryOrGroup =
  | { readonly kind: "country"; readonly country: Country }
  | { readonly kind: "group"; readonly group: CountryGroup };

/**
 * @summary A country if the keyword names one, else a group or an analyst's own list of countries.
 *
 * @description
 * Countries win, so that every keyword that named a country before names it still. A name that is
 * neither a country nor a group is refused with the country resolver's message (the one a country
 * parameter always gave); a list with an unknown item, or a group without published members, with the
 * group resolver's.
 *
 * @param data - The indexed dataset.
 * @param keyword - The country, group or list as the user typed it.
 * @returns The country or the group, with the group's membership citations.
 *
 * @example
 * resolveCountryOrGroup(data, "allied, Vietnam")
 * //=> { ok: true, value: { kind: "group", group: { name: "Allies (...) + Vietnam", members: […] } }, … }
 */
export function resolveCountryOrGroup(
  data: IndexedDataset,
  keyword: string
): Outcome<CountryOrGroup> {
  const country = resolveCountry(data, keyword);
  if (country.ok) return answer({ kind: "country", country: country.value }, country.basis);
  const group = resolveCountryGroup(data, keyword);
  if (group.ok) return answer({ kind: "group", group: group.value }, group.basis);
  return isRegionList(keyword) || group.kind !== "invalid" ? group : country;
}
