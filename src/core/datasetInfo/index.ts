import type { Snapshot } from "../../data/store";
import { tableNames } from "../../data/tables";
import { lazyIndex } from "../_lib/lazyIndex";
import { datasetOrigin } from "../_lib/messages/reference";
import { unknownKeywordIn } from "../_lib/findKeyword";
import { answer, type Outcome } from "../_lib/outcome";
import { datasetFields, type DatasetField } from "../_lib/vocabulary";

/** Number of records over all tables. */
const recordCount = lazyIndex((dataset) => tableNames.reduce((n, t) => n + dataset[t].length, 0));

export interface DatasetInfoOptions {
  /** version (default), asOf, origin, id, title, hash, loadedAt or records. */
  readonly field?: string;
}

/**
 * @summary A fact about the dataset the functions are answering from.
 *
 * @description
 * From the active snapshot: the dataset's `meta` (id, title, semantic version, as-of date), where it was
 * loaded from (embedded, a URL, the cache or a workbook), when it was activated, its content fingerprint
 * (SHA-256 of canonical JSON, data/fingerprint.ts) and the number of records over all tables. Cite the
 * version and hash beside results so that a workbook says which data it was computed on.
 *
 * @param snapshot - The active snapshot (dataset, index and provenance).
 * @param args - The field.
 * @returns Text, or the record count as a number; `invalid` for an unknown field.
 *
 * @example
 * datasetInfo(snapshot, { field: "version" })
 * //=> { ok: true, value: "1.0.0", basis: [] }
 */
export function datasetInfo(
  snapshot: Snapshot,
  args: DatasetInfoOptions
): Outcome<string | number> {
  const field = datasetFields.find(args.field ?? "version");
  if (!field) return unknownKeywordIn(datasetFields, "field", args.field);
  return answer(valueOf(snapshot, field));
}

function valueOf(snapshot: Snapshot, field: DatasetField): string | number {
  const meta = snapshot.dataset.meta;
  switch (field) {
    case "version":
      return meta.version;
    case "asOf":
      return meta.asOf;
    case "id":
      return meta.id;
    case "title":
      return meta.title;
    case "origin":
      return datasetOrigin(snapshot.origin.kind, snapshot.origin.url);
    case "hash":
      return snapshot.hash;
    case "loadedAt":
      return snapshot.loadedAt;
    case "records":
      return recordCount(snapshot);
  }
}
