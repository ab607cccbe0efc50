import type { IndexedDataset } from "../data/store";
import { tableEntry, type TableName } from "../data/tables";
import { tableLayout } from "../core/tableRows";
import type { SheetTable } from "../excel/workbook-gateway";

/**
 * @summary A dataset table laid out for a worksheet exactly as `=RE.TABLE(table)` spills it.
 *
 * @description
 * The columns and cells of `tableLayout` (the table's fields in schema order, then "Source", the citation
 * of every row's sources in words), so the numbers keep their source wherever the analyst copies them. The
 * Excel table is named `RE_<table>` and sits on the sheet `RE <title>`, so inserting again finds and
 * updates it.
 *
 * @param data - The active dataset.
 * @param table - Which table.
 * @returns Headers and rows (strings, numbers, booleans, nulls for empty cells).
 *
 * @example
 * sheetTableOf(activeSnapshot(), "gaps").headers
 * //=> ["id", "order", "name", "meaning", "defaultWeight", "sourceIds", "asOf", "confidence", "note", "computed", "Source"]
 */
export function sheetTableOf(data: IndexedDataset, table: TableName): SheetTable {
  const { headers, rows } = tableLayout(data, table);
  return { name: excelTableName(table), sheet: sheetNameOf(table), headers, rows };
}

/** The Excel table a dataset table becomes: "RE_" and the dataset's table name. */
export function excelTableName(table: TableName): string {
  return `RE_${table}`;
}

/** The sheet a table goes to: "RE " and its title, within Excel's 31 characters. */
export function sheetNameOf(table: TableName): string {
  return `RE ${tableEntry(table).title}`.slice(0, 31);
}
