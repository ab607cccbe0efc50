import type { KeywordMap } from "../../lib/keywordMap";
import { answer, fail, type Failure, type Outcome } from "./outcome";

/**
 * The failure every keyword parameter gives for a word its map does not know: `invalid`, naming the
 * parameter and the word, and listing the canonical keywords. One place, so that every function words
 * it alike and always lists what it accepts.
 *
 * @example
 * unknownKeywordIn(priceForms, "form", "ore")
 * //=> { ok: false, kind: "invalid", code: "unknownKeyword", params: { what: "form", given: "ore", accepted: ["oxide", "metal", "alloy", "magnet"] } }
 */
export function unknownKeywordIn<T>(
  map: KeywordMap<T>,
  what: string,
  given: string | undefined
): Failure {
  return fail("invalid", "unknownKeyword", { what, given: given ?? "", accepted: map.accepted });
}

/**
 * The value a keyword names in `map`, or the `invalid` failure of `unknownKeywordIn`.
 *
 * @example
 * findKeyword(stageIndex(data).stages, "stage", "Refining")
 * //=> { ok: true, value: { id: "separation", ... }, basis: [] }
 */
export function findKeyword<T>(map: KeywordMap<T>, what: string, keyword: string): Outcome<T> {
  const value = map.find(keyword);
  return value ? answer(value) : unknownKeywordIn(map, what, keyword);
}
