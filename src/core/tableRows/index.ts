import type { Source } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { SOURCE_COLUMN, type TableName } from "../../data/tables";
import { pooledBasis, type CitedRecord } from "../_lib/basis";
import { columnOf } from "../_lib/messages/arguments";
import { datasetCitation, objectCell, tableLabel } from "../_lib/messages/reference";
import { unknownKeywordIn } from "../_lib/findKeyword";
import { answer, fail, type Outcome } from "../_lib/outcome";
import { sourcesById } from "../_lib/sources";
import { columnKeywords, columns as tableColumns, tables } from "./tableIndex";

export interface TableRowsOptions {
  /** A table name or alias ("production", "pipeline" = capacity, "controls" = exportControls, ...). */
  readonly name: string;
  /** Columns to show, in this order: a comma-separated list or a list of names; default: all. */
  readonly columns?: string | readonly string[];
}

/** What an Excel cell can hold. */
export type Cell = string | number | boolean;

/** A table as RE.TABLE and the pane's Insert lay it out; a null cell is an empty one. */
export interface TableLayout {
  readonly headers: readonly string[];
  readonly rows: (Cell | null)[][];
}

/**
 * @summary A dataset table as a 2-D array with a header row.
 *
 * @description
 * Any table of the dataset (see `TABLES` in data/tables.ts), every record one row, laid out as
 * `tableLayout` lays it out (its columns in schema order, then "Source") or with the columns asked for, in
 * that order. Missing or null values are empty text. Each row keeps its `sourceIds` and Source columns
 * unless the columns asked for leave them out, so every figure stays traceable.
 *
 * @param data - The indexed dataset.
 * @param args - Table name and optional columns.
 * @returns Rows, the first being the column names; `invalid` for an unknown table or column (listing the
 * accepted ones).
 *
 * @example
 * tableRows(data, { name: "pipeline", columns: "project, value, startYear" })
 * //=> { ok: true, value: [["project", "value", "startYear"], ["Mountain Pass mine and concentrator (CA)", 50692, ""], …], basis: […] }
 */
export function tableRows(data: IndexedDataset, args: TableRowsOptions): Outcome<Cell[][]> {
  const table = tables.find(args.name);
  if (!table) return unknownKeywordIn(tables, "table", args.name);
  const all = tableColumns.get(table)!;
  const selected =
    args.columns === undefined ? answer(all) : selectColumns(table, all, args.columns);
  if (!selected.ok) return selected;
  const columns = selected.value;

  const records = data.dataset[table] as readonly Record<string, unknown>[];
  const rows: Cell[][] = [[...columns]];
  for (const row of layRows(data, table, columns)) rows.push(row.map((cell) => cell ?? ""));
  const cited = records.filter((r): r is Record<string, unknown> & CitedRecord =>
    Array.isArray(r.sourceIds)
  );
  const basis = cited.length > 0 ? [pooledBasis(cited, tableLabel(table, records.length))] : [];
  return answer(rows, basis);
}

/** The columns asked for, each matched like a keyword, in the order given. */
function selectColumns(
  table: TableName,
  all: readonly string[],
  asked: string | readonly string[]
): Outcome<readonly string[]> {
  const list = typeof asked === "string" ? asked.split(",") : asked;
  const columns: string[] = [];
  for (const name of list) {
    if (name.trim() === "") continue;
    const column = columnKeywords.get(table)?.find(name);
    if (!column)
      return fail("invalid", "unknownKeyword", {
        what: columnOf(table),
        given: name,
        accepted: all,
      });
    columns.push(column);
  }
  return answer(columns.length > 0 ? columns : all);
}

/**
 * @summary A whole dataset table as RE.TABLE shows it and the task pane inserts it.
 *
 * @description
 * Its columns in schema order (the table registry's), then "Source": the citation in words of each row's
 * sources (with their URLs), the row's own citation in the sources table, the dataset's in tables whose
 * records cite nothing (countries). Lists (source ids, stages, element symbols) are joined with "; ",
 * records in a list (a group's members) with " | ", nested objects (a price's original quote) are written
 * as "key: value" pairs; a missing or null value is a null cell.
 *
 * @param data - The indexed dataset.
 * @param table - Which table.
 * @returns The header row and one row per record.
 *
 * @example
 * tableLayout(data, "gaps").headers
 * //=> ["id", "order", "name", "meaning", "defaultWeight", "sourceIds", "asOf", "confidence", "note", "computed", "Source"]
 */
export function tableLayout(data: IndexedDataset, table: TableName): TableLayout {
  const headers = tableColumns.get(table)!;
  return { headers, rows: layRows(data, table, headers) };
}

/** The records of `table` as rows of the given columns. */
function layRows(
  data: IndexedDataset,
  table: TableName,
  columns: readonly string[]
): (Cell | null)[][] {
  const records = data.dataset[table] as readonly Record<string, unknown>[];
  return records.map((record) =>
    columns.map((column) =>
      column === SOURCE_COLUMN ? sourceCell(data, table, record) : cellOf(record[column])
    )
  );
}

/** A row's Source cell: its sources cited in words, never their internal ids. */
function sourceCell(
  data: IndexedDataset,
  table: TableName,
  record: Record<string, unknown>
): string {
  if (table === "sources") return citationOf(record as unknown as Source);
  const ids = Array.isArray(record.sourceIds) ? (record.sourceIds as string[]) : [];
  if (ids.length === 0) {
    const { title, version, asOf } = data.dataset.meta;
    return datasetCitation(title, version, asOf);
  }
  const sources = sourcesById(data);
  return ids.map((id) => (sources.has(id) ? citationOf(sources.get(id)!) : id)).join("; ");
}

function citationOf(source: Source): string {
  return source.url ? `${source.citation} ${source.url}` : source.citation;
}

/** One value as an Excel cell; null when there is none. */
function cellOf(value: unknown): Cell | null {
  if (value === null || value === undefined) return null;
  // Records in a list (a group's members, a plant's output by year) are kept apart by " | ".
  if (Array.isArray(value))
    return value
      .map((v) => cellOf(v) ?? "")
      .join(value.some((v) => typeof v === "object") ? " | " : "; ");
  if (typeof value === "object")
    return objectCell(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]): [string, string] => [k, Array.isArray(v) ? v.join(", ") : String(v)])
    );
  return value as Cell;
}
