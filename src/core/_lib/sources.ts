import type { Source } from "../../data/schema";
import { lazyIndex } from "./lazyIndex";

/** Sources by id, for citing records in words. */
export const sourcesById = lazyIndex(
  (dataset): ReadonlyMap<string, Source> => new Map(dataset.sources.map((s) => [s.id, s]))
);
