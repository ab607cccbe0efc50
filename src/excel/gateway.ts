import {
  a1,
  cellRects,
  columnPoints,
  contains,
  leftovers,
  parseA1,
  sameSheetName,
  uniqueSheetName,
  type Rect,
} from "../templates/a1";
import { CELL_STYLES, COLOR_SCALE } from "../templates/styles";
import type { CellStyle, TemplateChart, TemplateSheet } from "../templates/types";
import { gatewayFailure } from "./failures";
import { reFormulaCells } from "./re-cells";
import { PIN_NAMESPACE, pinToXml, readPinXml } from "./pin-xml";
import type {
  DatasetMark,
  DatasetPin,
  SheetTable,
  TableMark,
  WorkbookGateway,
} from "./workbook-gateway";

/**
 * The Excel implementation of `WorkbookGateway`, and the only module that calls `Excel.run`.
 *
 * Each method is one user action and one `Excel.run` batch of at most three `context.sync()` round trips,
 * whatever the size of the table or template: every range is read or written whole (one `values` array, one
 * `numberFormat` array), never cell by cell across syncs. The round trips per method:
 *
 * | method | syncs | what each one does |
 * | --- | --- | --- |
 * | writeTable, new sheet | 2 | find table and sheets; write values, formats, table |
 * | writeTable, existing sheet or table | 3 | find; check the cells the table grows into and its columns; write and resize |
 * | updateTables, any number of tables | 3 (2 when all are new on new sheets) | the same three steps for all of them at once |
 * | readTableMarks | 1 | read the tables and the document's custom properties |
 * | readPin | 2 (1 when unpinned) | find the pin's custom XML part; read its XML |
 * | setPin | 2 | find the old part; delete it and add the new one |
 * | recalculate | 3 (2 without RE formulas, 1 as the fallback) | list the sheets; read their formula cells; calculate the RE cells |
 * | insertTemplate | 2 (3 when the sheet exists) | find the sheet; (read its charts and the analyst's inputs;) write |
 * | insertFormula | 2 | read the active cell; write it if empty |
 */

/** Built-in style of inserted tables. */
export const TABLE_STYLE = "TableStyleMedium2";

/** Width of a table's Source column on a new sheet, in points (the citations are long). */
const SOURCE_COLUMN_WIDTH = 360;

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface ExcelGatewayOptions {
  /** Runs one batch; defaults to `Excel.run`. */
  readonly run?: <T>(batch: Batch<T>) => Promise<T>;
  /** Requirement-set check; defaults to `Office.context.requirements.isSetSupported`. */
  readonly isSetSupported?: (name: string, version: string) => boolean;
}

/**
 * @summary The gateway the task pane uses inside Excel.
 *
 * @param options - Overrides for tests: the batch runner and the requirement-set check.
 * @returns A `WorkbookGateway` of kind "excel".
 *
 * @example
 * const gateway = createExcelGateway();
 * await gateway.recalculate();
 */
export function createExcelGateway(options: ExcelGatewayOptions = {}): WorkbookGateway {
  const run = async <T>(batch: Batch<T>): Promise<T> => {
    try {
      return await (options.run ? options.run(batch) : Excel.run(batch));
    } catch (error) {
      throw explain(error);
    }
  };
  const supported = options.isSetSupported ?? defaultSetCheck;
  const requireApi = (name: string, version: string) => {
    if (!supported(name, version)) throw gatewayFailure("needs-api", { set: name, version });
  };

  return {
    kind: "excel",
    writeTable: async (table) =>
      (await run((context) => writeTables(context, [table], requireApi, supported)))[0],
    updateTables: (tables) => run((context) => writeTables(context, tables, requireApi, supported)),
    readTableMarks: () => run(readTableMarks),
    readPin: () => run(readPin),
    setPin: (pin) => run((context) => setPin(context, pin)),
    recalculate: () => run((context) => recalculateReCells(context, supported)),
    insertTemplate: (template) => run((context) => insertTemplate(context, template)),
    insertFormula: (formula) => run((context) => insertFormula(context, formula)),
  };
}

function defaultSetCheck(name: string, version: string): boolean {
  return (
    typeof Office === "undefined" ||
    Office.context?.requirements?.isSetSupported(name, version) !== false
  );
}

/** Turns the Office errors the pane can explain into typed failures; our own errors pass through. */
function explain(error: unknown): Error {
  const code = (error as { code?: unknown })?.code;
  if (code === "InvalidOperationInCellEditMode") return gatewayFailure("cell-edit-mode", {});
  if (error instanceof Error) return error;
  return new Error(String(error));
}

// ---------------------------------------------------------------------------------------------------------
// Tables

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
async function writeTables(
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

/**
 * The document property that records which dataset a table was written from (custom document properties,
 * ExcelApi 1.7: written in the same batch as the table, no read needed; a value holds 255 characters, and a
 * mark is about 80).
 */
function markKey(table: string): string {
  return `${MARK_PREFIX}${table}`;
}

const MARK_PREFIX = "rare-earth-independence table ";

/** The marks of the tables that still exist, in one round trip. */
async function readTableMarks(context: Excel.RequestContext): Promise<TableMark[]> {
  const tables = context.workbook.tables;
  tables.load("items/name");
  const properties = context.workbook.properties.custom;
  properties.load("items/key,items/value");
  await context.sync();
  const existing = new Set(tables.items.map((t) => t.name.toLowerCase()));
  return properties.items.flatMap((property) => {
    if (!property.key.startsWith(MARK_PREFIX)) return [];
    const table = property.key.slice(MARK_PREFIX.length);
    const mark = datasetMarkOf(property.value);
    return mark && existing.has(table.toLowerCase()) ? [{ table, ...mark }] : [];
  });
}

/** A mark's value read back; anything else (edited by hand, cut at 255 characters) is no mark. */
function datasetMarkOf(value: unknown): DatasetMark | null {
  try {
    const parsed = JSON.parse(String(value)) as Record<string, unknown>;
    const { datasetId, version, hash } = parsed ?? {};
    return typeof datasetId === "string" && typeof version === "string" && typeof hash === "string"
      ? { datasetId, version, hash }
      : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Pin

async function readPin(context: Excel.RequestContext): Promise<DatasetPin | null> {
  const parts = context.workbook.customXmlParts.getByNamespace(PIN_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  const latest = parts.items.slice(-1)[0];
  if (!latest) return null;
  const xml = latest.getXml();
  await context.sync();
  // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult has no load(): the sync above sets its value
  const read = readPinXml(xml.value);
  if (!read.ok) throw gatewayFailure("pin-unreadable", { problem: read.problem });
  return read.pin;
}

async function setPin(context: Excel.RequestContext, pin: DatasetPin | null): Promise<void> {
  const parts = context.workbook.customXmlParts.getByNamespace(PIN_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  parts.items.forEach((part) => part.delete());
  if (pin) context.workbook.customXmlParts.add(pinToXml(pin));
  await context.sync();
}

// ---------------------------------------------------------------------------------------------------------
// Recalculation

/**
 * More ranges than this in one batch and a full calculation is the cheaper request (a sheet of scattered RE
 * cells would otherwise send thousands of calls).
 */
const MAX_TARGETED_RANGES = 2000;

/**
 * Recalculates only the cells whose formulas call RE functions: Excel cannot see that the functions' data
 * changed, and a full calculation would re-run every formula of every open workbook (each of which has its own
 * runtime and dataset). Formulas that depend on an RE cell follow it, as Excel recalculates dependents of a
 * changed value. With ExcelApi 1.9 only the formula cells are read (`getSpecialCells`), otherwise each sheet's
 * used range; without `Range.calculate` (ExcelApi 1.6) the fallback is a full calculation.
 */
async function recalculateReCells(
  context: Excel.RequestContext,
  supported: (name: string, version: string) => boolean
): Promise<void> {
  const application = context.workbook.application;
  if (!supported("ExcelApi", "1.6")) {
    application.calculate(Excel.CalculationType.full);
    await context.sync();
    return;
  }
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();

  // With 1.9, each sheet's formula cells as RangeAreas; without, each sheet's used range.
  const formulaCellsOnly = supported("ExcelApi", "1.9");
  const reads = sheets.items.map((sheet) =>
    formulaCellsOnly
      ? {
          sheet,
          areas: sheet.getRange().getSpecialCellsOrNullObject(Excel.SpecialCellType.formulas),
        }
      : { sheet, used: sheet.getUsedRangeOrNullObject(true) }
  );
  for (const read of reads) {
    if (read.areas) read.areas.areas.load("items/address,items/formulas");
    else read.used.load("address,formulas");
  }
  await context.sync();

  const targets = reads.map((read) => {
    const ranges = read.areas
      ? read.areas.isNullObject
        ? []
        : read.areas.areas.items
      : read.used.isNullObject
        ? []
        : [read.used];
    return {
      sheet: read.sheet,
      rects: cellRects(
        ranges.flatMap((range) => reFormulaCells(range.formulas, parseA1(range.address)))
      ),
    };
  });
  const count = targets.reduce((n, t) => n + t.rects.length, 0);
  if (count === 0) return;
  if (count > MAX_TARGETED_RANGES) application.calculate(Excel.CalculationType.full);
  else
    for (const { sheet, rects } of targets)
      for (const r of rects) sheet.getRange(a1(r)).calculate();
  await context.sync();
}

// ---------------------------------------------------------------------------------------------------------
// Templates and formulas

async function insertTemplate(
  context: Excel.RequestContext,
  template: TemplateSheet
): Promise<{ sheet: string }> {
  const workbook = context.workbook;
  const found = workbook.worksheets.getItemOrNullObject(template.name);
  found.load("name");
  await context.sync();

  const kept = new Map<string, string | number | boolean>();
  let sheet: Excel.Worksheet;
  if (found.isNullObject) {
    sheet = workbook.worksheets.add(template.name);
  } else {
    sheet = found;
    const charts = sheet.charts;
    charts.load("items/name");
    const inputs = template.cells
      .filter((c) => c.style === "input")
      .map((c) => ({ address: c.address, range: sheet.getRange(c.address).load("formulas") }));
    await context.sync();
    // The analyst's own inputs survive a re-insert: the template is cleared, their assumptions are not.
    for (const { address, range } of inputs) {
      const current = range.formulas[0][0] as string | number | boolean;
      if (current !== "" && current !== null) kept.set(address, current);
    }
    charts.items.forEach((chart) => chart.delete());
    const everything = sheet.getRange();
    everything.conditionalFormats.clearAll();
    everything.clear("All");
  }

  for (const cell of template.cells) {
    const range = sheet.getRange(cell.address);
    const own = kept.get(cell.address);
    if (own !== undefined) range.formulas = [[own]];
    else if (cell.formula !== undefined) range.formulas = [[cell.formula]];
    else if (cell.value !== undefined) range.values = [[cell.value]];
    if (cell.style) applyStyle(range, cell.style);
  }
  for (const [column, characters] of Object.entries(template.columnWidths ?? {}))
    sheet.getRange(`${column}:${column}`).format.columnWidth = columnPoints(characters);
  for (const chart of template.charts ?? []) addChart(sheet, chart);
  for (const format of template.conditionalFormats ?? []) {
    const scale = sheet.getRange(format.range).conditionalFormats.add("ColorScale");
    scale.colorScale.criteria = {
      minimum: { type: "LowestValue", color: COLOR_SCALE.low },
      midpoint: {
        type: "Percentile",
        formula: String(COLOR_SCALE.midPercentile),
        color: COLOR_SCALE.mid,
      },
      maximum: { type: "HighestValue", color: COLOR_SCALE.high },
    };
  }
  sheet.activate();
  sheet.getRange("A1").select();
  await context.sync();
  return { sheet: template.name };
}

function addChart(sheet: Excel.Worksheet, chart: TemplateChart): void {
  const data = parseA1(chart.dataRange);
  // The first column is the categories (years): the series are the other columns, plotted against it,
  // so that Excel never draws the year column as a series of its own.
  const values = sheet.getRange(
    a1({ row: data.row, col: data.col + 1, rows: data.rows, cols: data.cols - 1 })
  );
  const categories = sheet.getRange(
    a1({ row: data.row + 1, col: data.col, rows: data.rows - 1, cols: 1 })
  );
  const added = sheet.charts.add(
    chart.type === "line" ? "Line" : "ColumnClustered",
    values,
    "Columns"
  );
  added.title.text = chart.title;
  added.setPosition(chart.anchor);
  added.width = 520;
  added.height = 300;
  added.legend.position = "Bottom";
  for (let i = 0; i < data.cols - 1; i++) added.series.getItemAt(i).setXAxisValues(categories);
}

/** A template style (templates/styles.ts) as Excel range formats. */
function applyStyle(range: Excel.Range, style: CellStyle): void {
  const look = CELL_STYLES[style];
  const format = range.format;
  if (look.bold !== undefined) format.font.bold = look.bold;
  if (look.italic !== undefined) format.font.italic = look.italic;
  if (look.size !== undefined) format.font.size = look.size;
  if (look.color !== undefined) format.font.color = look.color;
  if (look.fill !== undefined) format.fill.color = look.fill;
  if (look.wrapText !== undefined) format.wrapText = look.wrapText;
  const edges = look.border === "box" ? BOX_EDGES : look.border === "bottom" ? ["EdgeBottom"] : [];
  for (const edge of edges) {
    const border = format.borders.getItem(edge as Excel.BorderIndex);
    border.style = "Continuous";
    if (look.borderColor !== undefined) border.color = look.borderColor;
  }
  if (look.numberFormat !== undefined) range.numberFormat = [[look.numberFormat]];
}

const BOX_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

async function insertFormula(
  context: Excel.RequestContext,
  formula: string
): Promise<{ address: string }> {
  const cell = context.workbook.getActiveCell();
  cell.load("address,formulas");
  await context.sync();
  const current = cell.formulas[0][0];
  if (current !== "" && current !== null)
    throw gatewayFailure("cell-not-empty", { address: cell.address });
  cell.formulas = [[formula]];
  await context.sync();
  return { address: cell.address };
}

// ---------------------------------------------------------------------------------------------------------
// Rectangles of Excel ranges (the geometry itself is in templates/a1.ts)

function rectOf(range: Excel.Range): Rect {
  return {
    row: range.rowIndex,
    col: range.columnIndex,
    rows: range.rowCount,
    cols: range.columnCount,
  };
}
