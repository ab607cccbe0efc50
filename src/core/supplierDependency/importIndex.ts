import type { Indicator, StageId } from "../../data/schema";
import { lazyIndex, pushTo } from "../_lib/lazyIndex";

/** Import-dependency indicators of consumer countries. */
export interface ImportIndex {
  /**
   * Current net import reliance by `relianceKey(consumer, stage)`, latest year first: each record
   * counts for every stage whose material it covers.
   */
  readonly importReliance: ReadonlyMap<string, readonly Indicator[]>;
  /** Supplier's share of a consumer's imports of a stage's material by `importSourceKey` (current edition). */
  readonly importSources: ReadonlyMap<string, Indicator>;
}

/** Key of the import-reliance map. */
export function relianceKey(consumer: string, stage: StageId): string {
  return `${consumer}|${stage}`;
}

/** Key of the import-source map. */
export function importSourceKey(consumer: string, supplier: string, stage: StageId): string {
  return `${consumer}|${supplier}|${stage}`;
}

/**
 * Found by the fields of the `indicators` table (`measure`, `country`, `partner`, `stages`); a record
 * that a later edition supersedes is left out, so each period has one figure. Both are kept per stage,
 * so a stage's reliance is only ever multiplied by import shares of the same material.
 */
export const importIndex = lazyIndex((dataset): ImportIndex => {
  const importReliance = new Map<string, Indicator[]>();
  const importSources = new Map<string, Indicator>();
  for (const indicator of dataset.indicators) {
    const { measure, country, value, supersededBy } = indicator;
    if (value === null || country === undefined || supersededBy !== undefined) continue;
    if (measure === "net import reliance" && indicator.year !== null)
      for (const stage of indicator.stages ?? [])
        pushTo(importReliance, relianceKey(country, stage), indicator);
    if (measure === "import source share" && indicator.partner !== undefined)
      for (const stage of indicator.stages ?? [])
        importSources.set(importSourceKey(country, indicator.partner, stage), indicator);
  }
  for (const list of importReliance.values()) list.sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
  return { importReliance, importSources };
});
