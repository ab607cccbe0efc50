import type { IndexedDataset } from "../../data/store";
import { basisOf } from "../_lib/basis";
import { regionUnionLabel, regionUnionMembers } from "../_lib/messages/ownInputs";
import { answer, fail, type Basis, type Outcome } from "../_lib/outcome";
import type { Territory } from "../resolveRegion/territoryIndex";

/** Separators of an analyst's own region: "US+Japan+Korea", "allied, Vietnam". */
const REGION_LIST_SEPARATOR = /[+,]/;

/** Whether a region keyword is a list of countries and groups rather than one name. */
export function isRegionList(keyword: string): boolean {
  return REGION_LIST_SEPARATOR.test(keyword);
}

/**
 * @summary The union of the countries and groups a list names: the analyst's own region.
 *
 * @description
 * Each item of "US+Japan+Korea" or "allied, Vietnam" is resolved as a region or country on its own (the
 * `regions` and `countries` tables); the union contains a country when any item does, so a country named
 * twice (Japan, and Japan inside "allied") is counted once by every function that sums over a region. The
 * answer cites each group's membership record and lists the union's members, which are the analyst's
 * choice, not a convention of the dataset.
 *
 * @param data - The indexed dataset.
 * @param keyword - The list as the user typed it.
 * @param resolveOne - How one item is resolved (the region resolver, passed in to keep imports pointing down).
 * @returns The union territory, or the first item's failure (an unknown name, an empty item).
 *
 * @example
 * regionUnion(data, "US+Japan", resolveRegion)
 * //=> { ok: true, value: { kind: "region", name: "United States + Japan", … }, basis: [members: Japan, United States] }
 */
export function regionUnion(
  data: IndexedDataset,
  keyword: string,
  resolveOne: (data: IndexedDataset, keyword: string) => Outcome<Territory>
): Outcome<Territory> {
  const parts: Territory[] = [];
  const partBasis: Basis[] = [];
  for (const item of keyword.split(REGION_LIST_SEPARATOR)) {
    if (item.trim() === "") return fail("invalid", "emptyRegionListItem", { text: keyword });
    const part = resolveOne(data, item);
    if (!part.ok) return part;
    if (parts.some((p) => p.id === part.value.id)) continue;
    parts.push(part.value);
    partBasis.push(...part.basis);
  }
  const includes = (code: string) => parts.some((p) => p.includes(code));
  const name = parts.map((p) => p.name).join(" + ");
  const members = data.dataset.countries
    .filter((c) => c.code !== "WORLD" && includes(c.code))
    .map((c) => c.name);
  const union: Territory = {
    kind: "region",
    id: parts.map((p) => p.id).join("+"),
    name,
    includes,
  };
  const own = basisOf(
    { sourceIds: [], asOf: data.dataset.meta.asOf, confidence: "high" },
    regionUnionLabel(name),
    { note: regionUnionMembers(members) }
  );
  return answer(union, [own, ...partBasis]);
}
