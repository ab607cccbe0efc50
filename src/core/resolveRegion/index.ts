import type { IndexedDataset } from "../../data/store";
import { basisOf } from "../_lib/basis";
import { regionLabel } from "../_lib/messages/reference";
import { answer, fail, type Outcome } from "../_lib/outcome";
import { countryIndex } from "../resolveCountry/countryIndex";
import { isRegionList, regionUnion } from "../regionUnion";
import { territoryIndex, type Territory } from "./territoryIndex";

/**
 * @summary Finds the region or country a keyword names.
 *
 * @description
 * Matches a region of the dataset's `regions` table by id, name or alias ("allied", "non-China", ...),
 * then a country by code, name or alias ("US"), ignoring case, spaces, hyphens, underscores and dots.
 * A region's membership is a stated convention or a cited list, so the answer cites the region record; a
 * group whose membership is not published (no members) is `notAvailable`. A list joined by "+" or ","
 * ("US+Japan+Korea", "allied, Vietnam") is the union of its items (`regionUnion`).
 *
 * @param data - The indexed dataset.
 * @param keyword - The region or country as the user typed it.
 * @returns The territory (with an `includes(code)` test), or an `invalid` failure listing the regions
 * and countries.
 *
 * @example
 * const us = resolveRegion(data, "U.S.")
 * //=> { ok: true, value: { kind: "country", id: "US", ... }, basis: [] }
 * us.ok && us.value.includes("US")
 * //=> true
 */
export function resolveRegion(data: IndexedDataset, keyword: string): Outcome<Territory> {
  const { territories, regionKeywords } = territoryIndex(data);
  const territory = territories.find(keyword);
  if (!territory && isRegionList(keyword)) return regionUnion(data, keyword, resolveRegion);
  if (!territory)
    return fail("invalid", "unknownRegion", {
      given: keyword,
      regions: regionKeywords,
      countries: countryIndex(data).countries.accepted,
    });
  const region = territory.region;
  if (!region) return answer(territory);
  // A group whose membership its sources do not publish (FORGE) has no members to sum, which is not zero.
  if (region.members?.length === 0)
    return fail("notAvailable", "membershipNotPublished", { region });
  return answer(territory, [basisOf(region, regionLabel(region))]);
}
