import { canonicalJson } from "../data/fingerprint";
import { tableNames, type DatasetShape, type TableName } from "../data/schema";

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

/** The fields that identify a record within its table: stable across versions, unlike its position. */
const keyFields: Readonly<Record<TableName, readonly string[]>> = {
  sources: ["id"],
  stages: ["id"],
  countries: ["code"],
  regions: ["id"],
  elements: ["symbol"],
  production: ["stage", "country", "year", "edition"],
  reserves: ["country", "edition"],
  shares: ["stage", "country", "year", "projection", "sourceIds"],
  leadTimes: ["stage", "scope", "sourceIds"],
  gaps: ["id"],
  programmes: ["id"],
  exportControls: ["id"],
  prices: ["product", "form", "market", "date"],
  demandIntensities: ["id"],
  capacity: ["id"],
  indicators: ["id"],
};

/** Fields worth showing beside the key so that the reader knows which record is meant. */
const labelFields: readonly string[] = ["name", "project", "application", "measure"];

/**
 * @summary What changed from one dataset version to the next.
 *
 * @description
 * Records are matched by their table's key fields (ids where the table has them, otherwise the fields
 * that identify a figure: stage, country, year, edition, ...), never by position, so reordering a table
 * changes nothing. A record whose key appears in one version only is added or removed; a record present
 * in both whose canonical JSON differs is changed, with the fields that differ. Two records with the same
 * key in one table are told apart by their order of appearance ("#2").
 *
 * @param before - The dataset that was active.
 * @param after - The dataset that replaces it.
 * @returns The changed tables with added, removed and changed records, and the totals.
 *
 * @example
 * diffDatasets(v1, v2).totals
 * //=> { added: 1, removed: 0, changed: 1 }
 */
export function diffDatasets(before: DatasetShape, after: DatasetShape): DatasetDiff {
  const tables: TableDiff[] = [];
  for (const table of tableNames) {
    const diff = diffTable(
      table,
      before[table] as readonly AnyRecord[],
      after[table] as readonly AnyRecord[]
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

function diffTable(
  table: TableName,
  before: readonly AnyRecord[],
  after: readonly AnyRecord[]
): TableDiff {
  const old = keyed(table, before);
  const next = keyed(table, after);
  const added: RecordRef[] = [];
  const removed: RecordRef[] = [];
  const changed: RecordChange[] = [];
  for (const [key, record] of next) {
    const previous = old.get(key);
    if (!previous) added.push({ key, label: labelOf(key, record) });
    else if (canonicalJson(previous) !== canonicalJson(record))
      changed.push({ key, label: labelOf(key, record), fields: fieldChanges(previous, record) });
  }
  for (const [key, record] of old)
    if (!next.has(key)) removed.push({ key, label: labelOf(key, record) });
  return { table, added, removed, changed };
}

/** The key of each record; repeated keys get "#2", "#3" in order of appearance. */
function keyed(table: TableName, records: readonly AnyRecord[]): Map<string, AnyRecord> {
  const map = new Map<string, AnyRecord>();
  for (const record of records) {
    const base = keyFields[table]
      .map((field) => record[field])
      .filter((value) => value !== undefined && value !== null && value !== "")
      .map((value) => (Array.isArray(value) ? value.join("+") : String(value)))
      .join(" ");
    let key = base;
    for (let n = 2; map.has(key); n++) key = `${base} #${n}`;
    map.set(key, record);
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
    .filter((f) => canonicalJson(before[f]) !== canonicalJson(after[f]))
    .map((field) => ({
      field,
      before: displayValue(before[field]),
      after: displayValue(after[field]),
    }));
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
