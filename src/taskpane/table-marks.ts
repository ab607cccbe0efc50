import { tableNames, type TableName } from "../data/schema";
import type { Snapshot } from "../data/store";
import type { DatasetMark, TableMark } from "../excel/workbook-gateway";
import { excelTableName } from "./tables";

/** A table in the workbook written from another dataset than the active one. */
export interface StaleTable {
  readonly table: TableName;
  /** Its Excel name ("RE_capacity"). */
  readonly name: string;
  /** The version it holds. */
  readonly version: string;
}

/**
 * @summary The mark an inserted table carries: the dataset its rows come from.
 *
 * @example
 * markOf(activeSnapshot())
 * //=> { datasetId: "re-independence-reference", version: "1.0.0", hash: "…" }
 */
export function markOf(snapshot: Snapshot): DatasetMark {
  const meta = snapshot.dataset.meta;
  return { datasetId: meta.id, version: meta.version, hash: snapshot.hash };
}

/**
 * @summary The workbook's dataset tables whose mark is not the active dataset (another id, version or content),
 * in the dataset's table order. Tables that are not ours (no dataset table of that name) are left out.
 *
 * @example
 * staleTables([{ table: "RE_capacity", datasetId: "d", version: "1.0.0", hash: "…" }], activeSnapshot())
 * //=> [{ table: "capacity", name: "RE_capacity", version: "1.0.0" }]
 */
export function staleTables(marks: readonly TableMark[], snapshot: Snapshot): StaleTable[] {
  const active = markOf(snapshot);
  const byName = new Map(marks.map((m) => [m.table.toLowerCase(), m]));
  return tableNames.flatMap((table) => {
    const name = excelTableName(table);
    const mark = byName.get(name.toLowerCase());
    const current =
      mark?.datasetId === active.datasetId &&
      mark.version === active.version &&
      mark.hash === active.hash;
    return mark && !current ? [{ table, name, version: mark.version }] : [];
  });
}
