import type { TableName } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { pooledBasis, type CitedRecord } from "../_lib/basis";
import { columnOf, objectCell, tableLabel } from "../_lib/messages";
import { unknownKeywordIn } from "../_lib/findKeyword";
import { answer, fail, type Outcome } from "../_lib/outcome";
import { columnKeywords, columns as schemaColumns, tables } from "./tableIndex";

export interface TableRowsOptions {
  /** A table name or alias ("production", "pipeline" = capacity, "controls" = exportControls, ...). */
  readonly name: string;
  /** Columns to show, in this order: a comma-separated list or a list of names; default: all. */
  readonly columns?: string | readonly string[];
}

/** What an Excel cell can hold. */
export type Cell = string | number | boolean;

/**
 * @summary A dataset table as a 2-D array with a header row.
 *
 * @description
 * Any table of the dataset (see `tableNames` in the schema), every record one row, columns in schema
 * order or in the order asked for. Lists (source ids, stages, element symbols) are joined with "; ",
 * nested objects (a price's original quote) are written as "key: value" pairs, and missing or null values
 * are empty text. Each row keeps its `sourceIds` column unless the columns asked for leave it out, so
 * every figure stays traceable to `RE.TABLE("sources")`.
 *
 * @param data - The indexed dataset.
 * @param args - Table name and optional columns.
 * @returns Rows, the first being the column names; `invalid` for an unknown table or column (listing the
 * accepted ones).
 *
 * @example
 * tableRows(data, { name: "pipeline", columns: "project, value, startYear" })
 * //=> { ok: true, value: [["project", "value", "startYear"], ["Mountain Pass mine and concentrator (CA)", 45455, ""], …], basis: […] }
 */
export function tableRows(data: IndexedDataset, args: TableRowsOptions): Outcome<Cell[][]> {
  const table = tables.find(args.name);
  if (!table) return unknownKeywordIn(tables, "table", args.name);
  const all = schemaColumns.get(table) ?? [];
  const selected =
    args.columns === undefined ? answer(all) : selectColumns(table, all, args.columns);
  if (!selected.ok) return selected;
  const columns = selected.value;

  const records = data.dataset[table] as readonly Record<string, unknown>[];
  const rows: Cell[][] = [[...columns]];
  for (const record of records) rows.push(columns.map((column) => cellOf(record[column])));
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

/** One value as an Excel cell. */
function cellOf(value: unknown): Cell {
  if (value === null || value === undefined) return "";
  // Records in a list (a group's members, a plant's output by year) are kept apart by " | ".
  if (Array.isArray(value))
    return value.map(cellOf).join(value.some((v) => typeof v === "object") ? " | " : "; ");
  if (typeof value === "object")
    return objectCell(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]): [string, string] => [k, Array.isArray(v) ? v.join(", ") : String(v)])
    );
  return value as Cell;
}
