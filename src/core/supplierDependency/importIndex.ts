import type { Indicator } from "../../data/schema";
import { lazyIndex, pushTo } from "../_lib/lazyIndex";

/** Import-dependency indicators of consumer countries. */
export interface ImportIndex {
  /** Net import reliance by consumer country code, latest year first (ids `<cc>-net-import-reliance-<year>`). */
  readonly importReliance: ReadonlyMap<string, readonly Indicator[]>;
  /** Supplier's share of a consumer's imports by `importSourceKey` (ids `<cc>-import-source-<supplier>`). */
  readonly importSources: ReadonlyMap<string, Indicator>;
}

/** Key of the import-source map. */
export function importSourceKey(consumer: string, supplier: string): string {
  return `${consumer}|${supplier}`;
}

const RELIANCE_ID = /^([a-z]{2})-net-import-reliance-(\d{4})$/;
const IMPORT_SOURCE_ID = /^([a-z]{2})-import-source-([a-z]{2})$/;

/** Found by the id convention of the `indicators` table. */
export const importIndex = lazyIndex((dataset): ImportIndex => {
  const importReliance = new Map<string, Indicator[]>();
  const importSources = new Map<string, Indicator>();
  for (const indicator of dataset.indicators) {
    if (indicator.value === null) continue;
    const reliance = RELIANCE_ID.exec(indicator.id);
    if (reliance) pushTo(importReliance, reliance[1].toUpperCase(), indicator);
    const source = IMPORT_SOURCE_ID.exec(indicator.id);
    if (source)
      importSources.set(
        importSourceKey(source[1].toUpperCase(), source[2].toUpperCase()),
        indicator
      );
  }
  for (const list of importReliance.values()) list.sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
  return { importReliance, importSources };
});
