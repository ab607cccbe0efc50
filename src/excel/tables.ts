import {
  a1,
  contains,
  leftovers,
  sameSheetName,
  uniqueSheetName,
  type Rect,
} from "../templates/a1";
import { gatewayFailure } from "./failures";
import { markKey } from "./table-marks";
import type { SheetTable } from "./workbook-gateway";

/**
 * The Excel batch that writes dataset tables (the gateway runs it in `Excel.run`, and loads this module with
 * the first table written, not with the page); their marks are read by table-marks.ts.
 */

/** Built-in style of inserted tables. */
const TABLE_STYLE = "TableStyleMedium2";

/** Width of a table's Source column on a new sheet, in points (the citations are long). */
const SOURCE_COLUMN_WIDTH = 360;

type CellValue = string | number | boolean;

interface Written {
  readonly address: string;
  readonly updated: boolean;
}

/** A table's cells as written: the body (an empty row when it has none), its number formats, its size. */
function layoutOf(table: SheetTable) {
  const width = table.headers.length;
  // An Excel table needs one data row at least.
  const source = table.rows.length > 0 ? table.rows : [table.headers.map(() => null)];
  const body: CellValue[][] = source.map((row) => table.headers.map((_, c) => cellValue(row[c])));
  // Text cells get the text format, so that Excel keeps "2025-05", "1e3" or "=x" as the text the data says.
  const formats: string[][] = source.map((row) =>
    table.headers.map((_, c) => (typeof row[c] === "string" ? "@" : "General"))
  );
  return { width, height: body.length + 1, body, formats };
}

/**
 * Writes (or rewrites in place) several tables in one batch of at most three round trips, whatever their
 * number: find them all; check every table that grows and every sheet a new one lands on; write them all.
 * Every check runs before anything is written, so a refusal leaves the workbook as it was.
 */
export async function writeTables(
  context: Excel.RequestContext,
  tables: readonly SheetTable[],
  requireApi: (name: string, version: string) => void,
  supported: (name: string, version: string) => boolean
): Promise<Written[]> {
  const workbook = context.workbook;
  const found = tables.map((table) => {
    const existing = workbook.tables.getItemOrNullObject(table.name);
    existing.load("name");
    return existing;
  });
  const sheets = workbook.worksheets;
  sheets.load("items/name");
  await context.sync();

  const names = sheets.items.map((s) => s.name);
  const plans = tables.map((table, i) => {
    const layout = layoutOf(table);
    const existing = found[i];
    if (!existing.isNullObject) {
      const current = existing.getRange();
      current.load("rowIndex,columnIndex,rowCount,columnCount");
      const area = current.getCell(0, 0).getResizedRange(layout.height - 1, layout.width - 1);
      const used = area.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      const headerRow = existing.getHeaderRowRange();
      headerRow.load("values");
      return { table, layout, update: { existing, current, used, headerRow } };
    }
    const rect: Rect = { row: 0, col: 0, rows: layout.height, cols: layout.width };
    const occupied = names.some((n) => sameSheetName(n, table.sheet))
      ? workbook.worksheets.getItem(table.sheet).getRange(a1(rect)).getUsedRangeOrNullObject(true)
      : undefined;
    occupied?.load("address");
    return { table, layout, rect, occupied };
  });
  if (plans.some((plan) => plan.update || plan.occupied)) await context.sync();

  // Every refusal before any write.
  for (const { table, layout, update } of plans) {
    if (!update) continue;
    // A column this dataset does not write may be the analyst's (a calculated column, notes): updating the
    // table would remove it, so refuse and say which columns.
    const ours = new Set(table.headers.map((h) => h.toLowerCase()));
    const added = (update.headerRow.values[0] ?? [])
      .map(String)
      .filter((h) => h !== "" && !ours.has(h.toLowerCase()));
    if (added.length > 0)
      throw gatewayFailure("table-has-own-columns", { table: table.name, columns: added });
    const old = rectOf(update.current);
    const next: Rect = { row: old.row, col: old.col, rows: layout.height, cols: layout.width };
    if (!update.used.isNullObject && !contains(old, rectOf(update.used)))
      throw gatewayFailure("table-blocked", { table: table.name, address: a1(next) });
    if (old.rows !== next.rows || old.cols !== next.cols) requireApi("ExcelApi", "1.13");
  }

  const taken = [...names];
  const marks = supported("ExcelApi", "1.7") ? workbook.properties.custom : undefined;
  const results = plans.map((plan) => {
    const { table, layout } = plan;
    if (table.mark) marks?.add(markKey(table.name), JSON.stringify(table.mark));
    if (plan.update) {
      const { existing, current } = plan.update;
      const sheet = existing.worksheet;
      const old = rectOf(current);
      const next: Rect = { row: old.row, col: old.col, rows: layout.height, cols: layout.width };
      if (old.rows !== next.rows || old.cols !== next.cols)
        existing.resize(sheet.getRange(a1(next)));
      fillTable(sheet, next, table.headers, layout.body, layout.formats);
      for (const strip of leftovers(old, next)) sheet.getRange(a1(strip)).clear("All");
      const final = existing.getRange();
      final.load("address");
      return { final, updated: true };
    }
    // Never write over the analyst's cells: a sheet of that name with data in the way gets a sibling.
    const sheetName =
      plan.occupied && !plan.occupied.isNullObject
        ? uniqueSheetName(table.sheet, taken)
        : table.sheet;
    const isNewSheet = !taken.some((n) => sameSheetName(n, sheetName));
    if (isNewSheet) taken.push(sheetName);
    const sheet = isNewSheet
      ? workbook.worksheets.add(sheetName)
      : workbook.worksheets.getItem(sheetName);
    const rect = plan.rect;
    fillTable(sheet, rect, table.headers, layout.body, layout.formats);
    const created = sheet.tables.add(a1(rect), true);
    created.name = table.name;
    created.style = TABLE_STYLE;
    sheet.getRange(a1(rect)).format.autofitColumns();
    const sourceColumn = table.headers.length - 1;
    if (table.headers[sourceColumn] === "Source") {
      const column = sheet.getRange(a1({ ...rect, col: sourceColumn, cols: 1 }));
      column.format.columnWidth = SOURCE_COLUMN_WIDTH;
    }
    if (isNewSheet) sheet.freezePanes.freezeRows(1);
    sheet.activate();
    const final = created.getRange();
    final.load("address");
    return { final, updated: false };
  });
  await context.sync();
  return results.map(({ final, updated }) => ({ address: final.address, updated }));
}

function fillTable(
  sheet: Excel.Worksheet,
  rect: Rect,
  headers: readonly string[],
  body: CellValue[][],
  formats: string[][]
): void {
  const header = sheet.getRange(a1({ ...rect, rows: 1 }));
  header.numberFormat = [headers.map(() => "@")];
  header.values = [[...headers]];
  const data = sheet.getRange(
    a1({ row: rect.row + 1, col: rect.col, rows: rect.rows - 1, cols: rect.cols })
  );
  data.numberFormat = formats;
  data.values = body;
}

/** Excel ignores `null` in a values array (the cell keeps its old value), so empty cells are written as "". */
function cellValue(value: string | number | boolean | null | undefined): CellValue {
  return value === null || value === undefined ? "" : value;
}

/** A range's rectangle, from the position and size loaded with it. */
function rectOf(range: Excel.Range): Rect {
  return {
    row: range.rowIndex,
    col: range.columnIndex,
    rows: range.rowCount,
    cols: range.columnCount,
  };
}
