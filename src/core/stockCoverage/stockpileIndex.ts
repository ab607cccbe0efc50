import type { Stockpile } from "../../data/schema";
import { normaliseKeyword } from "../../lib/normalise";
import { lazyIndex, pushTo } from "../_lib/lazyIndex";

/** Stockpile records by the keywords of their material (name and aliases), latest period first. */
export interface StockpileIndex {
  readonly byMaterial: ReadonlyMap<string, readonly Stockpile[]>;
  /** Every material keyword, for the message that lists what the dataset has. */
  readonly materials: readonly string[];
}

export const stockpileIndex = lazyIndex((dataset): StockpileIndex => {
  const byMaterial = new Map<string, Stockpile[]>();
  const materials = new Set<string>();
  for (const record of dataset.stockpiles) {
    materials.add(record.material);
    for (const name of new Set([record.material, ...record.aliases].map(normaliseKeyword)))
      pushTo(byMaterial, name, record);
  }
  for (const list of byMaterial.values()) list.sort((a, b) => (a.period < b.period ? 1 : -1));
  return { byMaterial, materials: [...materials] };
});
