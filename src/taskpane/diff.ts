import type { DatasetShape } from "../data/schema";
import { tableEntry, tableNames, type TableName } from "../data/tables";
import { unsliced, type Slicer } from "../data/slices";

/** One field whose value differs between two versions of a record, as display text. */
export interface FieldChange {
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

/** A record named by its key in its table and a label a reader recognises. */
export interface RecordRef {
  readonly key: string;
  readonly label: string;
}

export interface RecordChange extends RecordRef {
  readonly fields: readonly FieldChange[];
}

export interface TableDiff {
  readonly table: TableName;
  readonly added: readonly RecordRef[];
  readonly removed: readonly RecordRef[];
  readonly changed: readonly RecordChange[];
}

export interface DatasetDiff {
  readonly fromVersion: string;
  readonly toVersion: string;
  /** Changes of `meta` fields other than the version (as-of date, title, ...). */
  readonly meta: readonly FieldChange[];
  /** Only the tables that changed, in the dataset's table order. */
  readonly tables: readonly TableDiff[];
  readonly totals: { readonly added: number; readonly removed: number; readonly changed: number };
}

type AnyRecord = Readonly<Record<string, unknown>>;

/** Fields worth showing beside the key so that the reader knows which record is meant. */
const labelFields: readonly string[] = ["name", "project", "application", "measure"];

/**
 * @summary What changed from one dataset version to the next.
 *
 * @description
 * Records are matched by their table's key fields (ids where the table has them, otherwise the fields
 * that identify a figure: stage, country, year, edition, ...), never by position, so reordering a table
 * changes nothing. A record whose key appears in one version only is added or removed; a record present
 * in both whose content differs (compared value by value, key order aside) is changed, with the fields
 * that differ. Two records with the same key in one table are told apart by their order of appearance
 * ("#2"). The work is linear in the number of records and pauses between slices.
 *
 * @param before - The dataset that was active.
 * @param after - The dataset that replaces it.
 * @param slicer - Where to pause; default never.
 * @returns The changed tables with added, removed and changed records, and the totals.
 *
 * @example
 * (await diffDatasets(v1, v2)).totals
 * //=> { added: 1, removed: 0, changed: 1 }
 */
export async function diffDatasets(
  before: DatasetShape,
  after: DatasetShape,
  slicer: Slicer = unsliced
): Promise<DatasetDiff> {
  const tables: TableDiff[] = [];
  for (const table of tableNames) {
    const diff = await diffTable(
      table,
      before[table] as readonly AnyRecord[],
      after[table] as readonly AnyRecord[],
      slicer
    );
    if (diff.added.length + diff.removed.length + diff.changed.length > 0) tables.push(diff);
  }
  const meta = fieldChanges(before.meta, after.meta).filter((c) => c.field !== "version");
  return {
    fromVersion: before.meta.version,
    toVersion: after.meta.version,
    meta,
    tables,
    totals: {
      added: tables.reduce((n, t) => n + t.added.length, 0),
      removed: tables.reduce((n, t) => n + t.removed.length, 0),
      changed: tables.reduce((n, t) => n + t.changed.length, 0),
    },
  };
}

/** True when the two versions hold the same records and metadata (apart from the version). */
export function isEmptyDiff(diff: DatasetDiff): boolean {
  return diff.tables.length === 0 && diff.meta.length === 0;
}

interface Keyed {
  /** The key as the reader sees it ("mining CN 2024 #2"). */
  readonly key: string;
  readonly record: AnyRecord;
}

async function diffTable(
  table: TableName,
  before: readonly AnyRecord[],
  after: readonly AnyRecord[],
  slicer: Slicer
): Promise<TableDiff> {
  const old = await keyed(table, before, slicer);
  const next = await keyed(table, after, slicer);
  const added: RecordRef[] = [];
  const removed: RecordRef[] = [];
  const changed: RecordChange[] = [];
  for (const [identity, { key, record }] of next) {
    const previous = old.get(identity)?.record;
    if (!previous) added.push({ key, label: labelOf(key, record) });
    else if (!sameJson(previous, record))
      changed.push({ key, label: labelOf(key, record), fields: fieldChanges(previous, record) });
    if (slicer.due()) await slicer.pause();
  }
  for (const [identity, { key, record }] of old)
    if (!next.has(identity)) removed.push({ key, label: labelOf(key, record) });
  return { table, added, removed, changed };
}

/**
 * Each record under its identity: the JSON of its key fields' values (collision-free, unlike joined text)
 * and, for the second and later records with one key, its rank. One pass with a count per key.
 */
async function keyed(
  table: TableName,
  records: readonly AnyRecord[],
  slicer: Slicer
): Promise<Map<string, Keyed>> {
  const map = new Map<string, Keyed>();
  const seen = new Map<string, number>();
  for (const record of records) {
    const values = tableEntry(table).key.map((field) => record[field]);
    const base = JSON.stringify(values.map((v) => (v === undefined || v === "" ? null : v)));
    const rank = (seen.get(base) ?? 0) + 1;
    seen.set(base, rank);
    const shown = values
      .filter((value) => value !== undefined && value !== null && value !== "")
      .map((value) => (Array.isArray(value) ? value.join("+") : String(value)))
      .join(" ");
    map.set(rank === 1 ? base : `${base}#${rank}`, {
      key: rank === 1 ? shown : `${shown} #${rank}`,
      record,
    });
    if (slicer.due()) await slicer.pause();
  }
  return map;
}

function labelOf(key: string, record: AnyRecord): string {
  const name = labelFields.map((f) => record[f]).find((v): v is string => typeof v === "string");
  return name && name !== key ? `${key} (${name})` : key;
}

function fieldChanges(before: AnyRecord, after: AnyRecord): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((f) => !sameJson(before[f], after[f]))
    .map((field) => ({
      field,
      before: displayValue(before[field]),
      after: displayValue(after[field]),
    }));
}

/**
 * @summary Whether two JSON values are equal: arrays item by item, objects member by member whatever
 * their order, a member that is `undefined` the same as one that is absent (as in canonical JSON).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameJson(item, other[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const present = (record: Record<string, unknown>) =>
    Object.keys(record).filter((k) => record[k] !== undefined);
  const keys = present(x);
  return keys.length === present(y).length && keys.every((k) => sameJson(x[k], y[k]));
}

/** A field's value as short text: strings as they are, other values as JSON, long text cut at 80 characters. */
export function displayValue(value: unknown): string {
  const text =
    value === undefined
      ? "(none)"
      : typeof value === "string"
        ? value
        : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
