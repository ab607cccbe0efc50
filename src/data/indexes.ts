import type { ValidatedDataset } from "./schema";

/** Lookup maps built once per dataset so that no calculation scans a table. */
export type DatasetIndex = Record<string, never>;

export function buildIndex(_dataset: ValidatedDataset): DatasetIndex {
  return {};
}
