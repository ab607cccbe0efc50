import type { ValidatedDataset } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";

/**
 * A lookup built from a dataset the first time a core function asks for it, then kept as long as that
 * dataset lives. Keyed on the dataset object (replaced whole, never mutated), so a refreshed dataset gets
 * its own lookups and the old ones go with it; a function that is never called never pays for its index.
 *
 * @example
 * const leadTimeIndex = lazyIndex((dataset) => new Map(dataset.leadTimes.map((l) => [l.stage, l])));
 * leadTimeIndex(data).get("mining")
 */
export function lazyIndex<T>(build: (dataset: ValidatedDataset) => T): (data: IndexedDataset) => T {
  const built = new WeakMap<ValidatedDataset, T>();
  return (data) => {
    const dataset = data.dataset;
    let index = built.get(dataset);
    if (index === undefined) {
      index = build(dataset);
      built.set(dataset, index);
    }
    return index;
  };
}

/** Appends `value` to the list under `key`: the grouping step of most indexes. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
