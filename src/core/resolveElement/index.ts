import type { Element } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { findKeyword } from "../_lib/findKeyword";
import type { Outcome } from "../_lib/outcome";
import { elementIndex } from "./elementIndex";

/**
 * @summary Finds the rare-earth element a keyword names.
 *
 * @description
 * Matches the chemical symbol or the English name of one of the 17 elements of the dataset's `elements`
 * table, ignoring case, spaces, hyphens, underscores and dots. One map lookup in the index.
 *
 * @param data - The indexed dataset.
 * @param keyword - The element as the user typed it ("Dy", "dysprosium").
 * @returns The element record, or an `invalid` failure listing the symbols.
 *
 * @example
 * resolveElement(data, "dysprosium")
 * //=> { ok: true, value: { symbol: "Dy", atomicNumber: 66, ... }, basis: [] }
 */
export function resolveElement(data: IndexedDataset, keyword: string): Outcome<Element> {
  return findKeyword(elementIndex(data).elements, "element", keyword);
}
