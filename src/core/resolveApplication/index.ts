import type { DemandIntensity } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { findKeyword } from "../_lib/findKeyword";
import type { Outcome } from "../_lib/outcome";
import { applicationIndex } from "./applicationIndex";

/**
 * @summary Finds the application (and its material intensity) a keyword names.
 *
 * @description
 * Matches the id, the application name or an alias of a record of the dataset's `demandIntensities`
 * table ("EV motor", "F-35", ...), ignoring case, spaces, hyphens, underscores and dots.
 *
 * @param data - The indexed dataset.
 * @param keyword - The application as the user typed it.
 * @returns The demand-intensity record, or an `invalid` failure listing the application ids.
 *
 * @example
 * resolveApplication(data, "EV motor")
 * //=> { ok: true, value: { id: "ev-motor", per: "motor", material: "NdFeB", ... }, basis: [] }
 */
export function resolveApplication(
  data: IndexedDataset,
  keyword: string
): Outcome<DemandIntensity> {
  return findKeyword(applicationIndex(data), "application", keyword);
}
