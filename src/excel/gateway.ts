import { a1, parseA1, type Rect } from "../templates/a1";
import type { CellStyle, TemplateChart, TemplateSheet } from "../templates/types";
// eslint-disable-next-line no-restricted-imports -- until the messages move out of the pane (issue 11, the pane helper)
import { gatewayMessages as say } from "../taskpane/messages";
import type { DateSystem } from "../functions/dateSystem";
import type { DatasetPin, SheetTable, WorkbookGateway } from "./workbook-gateway";

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
 * | readPin | 2 (1 when unpinned) | find the pin's custom XML part; read its XML |
 * | setPin | 2 | find the old part; delete it and add the new one |
 * | recalculate | 1 | full calculation |
 * | insertTemplate | 2 (3 when the sheet exists) | find the sheet; (read its charts and the analyst's inputs;) write |
 * | insertFormula | 2 | read the active cell; write it if empty |
 */

/** Namespace of the custom XML part that holds a workbook's dataset pin. */
export const PIN_NAMESPACE = "urn:rare-earth-independence:dataset-pin:1";

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
    if (!supported(name, version)) throw new Error(say.needsApi(name, version));
  };

  return {
    kind: "excel",
    writeTable: (table) => run((context) => writeTable(context, table, requireApi)),
    readPin: () => run(readPin),
    setPin: (pin) => run((context) => setPin(context, pin)),
    recalculate: () =>
      run(async (context) => {
        context.workbook.application.calculate(Excel.CalculationType.full);
        await context.sync();
      }),
    insertTemplate: (template) => run((context) => insertTemplate(context, template)),
    insertFormula: (formula) => run((context) => insertFormula(context, formula)),
    dateSystem: () => run(readDateSystem),
  };
}

/**
 * Stable Office.js has no date-system property, but DATE(1904,1,1) is serial 0 in a 1904 workbook and 1462
 * in a 1900 one (ExcelApi 1.2, one round trip, no cell touched).
 */
async function readDateSystem(context: Excel.RequestContext): Promise<DateSystem> {
  const serial = context.workbook.functions.date(1904, 1, 1);
  serial.load("value");
  await context.sync();
  return serial.value === 0 ? 1904 : 1900;
}

function defaultSetCheck(name: string, version: string): boolean {
  return (
    typeof Office === "undefined" ||
    Office.context?.requirements?.isSetSupported(name, version) !== false
  );
}

/** Turns Office errors into sentences; our own errors pass through. */
function explain(error: unknown): Error {
  const code = (error as { code?: unknown })?.code;
  if (code === "InvalidOperationInCellEditMode") return new Error(say.cellEditMode);
  if (error instanceof Error) return error;
  return new Error(String(error));
}

// ---------------------------------------------------------------------------------------------------------
// Tables

type CellValue = string | number | boolean;

async function writeTable(
  context: Excel.RequestContext,
  table: SheetTable,
  requireApi: (name: string, version: string) => void
): Promise<{ address: string; updated: boolean }> {
  const width = table.headers.length;
  // An Excel table needs one data row at least.
  const source = table.rows.length > 0 ? table.rows : [table.headers.map(() => null)];
  const body: CellValue[][] = source.map((row) => table.headers.map((_, c) => cellValue(row[c])));
  // Text cells get the text format, so that Excel keeps "2025-05", "1e3" or "=x" as the text the data says.
  const formats: string[][] = source.map((row) =>
    table.headers.map((_, c) => (typeof row[c] === "string" ? "@" : "General"))
  );
  const height = body.length + 1;
  const workbook = context.workbook;

  const existing = workbook.tables.getItemOrNullObject(table.name);
  existing.load("name");
  const sheets = workbook.worksheets;
  sheets.load("items/name");
  await context.sync();

  if (!existing.isNullObject) {
    const current = existing.getRange();
    current.load("rowIndex,columnIndex,rowCount,columnCount");
    const sheet = existing.worksheet;
    const area = current.getCell(0, 0).getResizedRange(height - 1, width - 1);
    const used = area.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const headerRow = existing.getHeaderRowRange();
    headerRow.load("values");
    await context.sync();

    // A column this dataset does not write may be the analyst's (a calculated column, notes): updating the
    // table would remove it, so refuse and say which columns.
    const ours = new Set(table.headers.map((h) => h.toLowerCase()));
    const added = (headerRow.values[0] ?? [])
      .map(String)
      .filter((h) => h !== "" && !ours.has(h.toLowerCase()));
    if (added.length > 0) throw new Error(say.tableHasOwnColumns(table.name, added));

    const old: Rect = {
      row: current.rowIndex,
      col: current.columnIndex,
      rows: current.rowCount,
      cols: current.columnCount,
    };
    const next: Rect = { row: old.row, col: old.col, rows: height, cols: width };
    if (!used.isNullObject && !contains(old, rectOf(used)))
      throw new Error(say.tableBlocked(table.name, a1(next)));
    if (old.rows !== next.rows || old.cols !== next.cols) {
      requireApi("ExcelApi", "1.13");
      existing.resize(sheet.getRange(a1(next)));
    }
    fillTable(sheet, next, table.headers, body, formats);
    for (const strip of leftovers(old, next)) sheet.getRange(a1(strip)).clear("All");
    const final = existing.getRange();
    final.load("address");
    await context.sync();
    return { address: final.address, updated: true };
  }

  const names = sheets.items.map((s) => s.name);
  let sheetName = table.sheet;
  const rect: Rect = { row: 0, col: 0, rows: height, cols: width };
  if (names.some((n) => sameSheetName(n, table.sheet))) {
    const occupied = workbook.worksheets
      .getItem(table.sheet)
      .getRange(a1(rect))
      .getUsedRangeOrNullObject(true);
    occupied.load("address");
    await context.sync();
    // Never write over the analyst's cells: a sheet of that name with data in the way gets a sibling.
    if (!occupied.isNullObject) sheetName = uniqueSheetName(table.sheet, names);
  }
  const isNewSheet = !names.some((n) => sameSheetName(n, sheetName));
  const sheet = isNewSheet
    ? workbook.worksheets.add(sheetName)
    : workbook.worksheets.getItem(sheetName);
  fillTable(sheet, rect, table.headers, body, formats);
  const created = sheet.tables.add(a1(rect), true);
  created.name = table.name;
  created.style = TABLE_STYLE;
  const whole = sheet.getRange(a1(rect));
  whole.format.autofitColumns();
  const sourceColumn = table.headers.length - 1;
  if (table.headers[sourceColumn] === "Source") {
    const column = sheet.getRange(a1({ row: 0, col: sourceColumn, rows: height, cols: 1 }));
    column.format.columnWidth = SOURCE_COLUMN_WIDTH;
  }
  if (isNewSheet) sheet.freezePanes.freezeRows(1);
  sheet.activate();
  const final = created.getRange();
  final.load("address");
  await context.sync();
  return { address: final.address, updated: false };
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

function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** "RE Prices (2)", "RE Prices (3)", ... within Excel's 31 characters. */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.some((t) => sameSheetName(t, name))) return name;
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
  return pinFromXml(xml.value);
}

async function setPin(context: Excel.RequestContext, pin: DatasetPin | null): Promise<void> {
  const parts = context.workbook.customXmlParts.getByNamespace(PIN_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  parts.items.forEach((part) => part.delete());
  if (pin) context.workbook.customXmlParts.add(pinToXml(pin));
  await context.sync();
}

/**
 * @summary The pin as the XML document stored in the workbook's custom XML part.
 *
 * @description The dataset copy (when carried) is the text of the `dataset` element, XML-escaped; custom XML
 * parts hold megabytes, so a 170 KB dataset fits where document settings would not be safe.
 *
 * @example
 * pinToXml({ datasetId: "d", version: "1.0.0", hash: "00ff", pinnedAt: "2025-01-01T00:00:00.000Z" })
 * //=> '<?xml version="1.0" encoding="UTF-8"?><datasetPin xmlns="urn:…" datasetId="d" …/>'
 */
export function pinToXml(pin: DatasetPin): string {
  const attributes = (["datasetId", "version", "hash", "pinnedAt"] as const)
    .map((k) => `${k}="${escapeXml(pin[k])}"`)
    .join(" ");
  const open = `<?xml version="1.0" encoding="UTF-8"?><datasetPin xmlns="${PIN_NAMESPACE}" ${attributes}`;
  return pin.datasetJson === undefined
    ? `${open}/>`
    : `${open}><dataset>${escapeXml(pin.datasetJson)}</dataset></datasetPin>`;
}

/**
 * @summary Reads a pin back from its XML; anything that is not a well-formed pin gives null.
 *
 * @example
 * pinFromXml(pinToXml(pin))
 * //=> pin
 */
export function pinFromXml(xml: string): DatasetPin | null {
  const root =
    /<(?:[\w-]+:)?datasetPin\b([^>]*?)(\/>|>([\s\S]*?)<\/(?:[\w-]+:)?datasetPin\s*>)/.exec(xml);
  if (!root) return null;
  const attributes = new Map<string, string>();
  for (const m of root[1].matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    attributes.set(m[1], unescapeXml(m[2] ?? m[3] ?? ""));
  const datasetId = attributes.get("datasetId");
  const version = attributes.get("version");
  const hash = attributes.get("hash");
  const pinnedAt = attributes.get("pinnedAt");
  if (
    !datasetId ||
    !version ||
    !/^\d+\.\d+\.\d+$/.test(version) ||
    !hash ||
    // SHA-256 fingerprints, and the 16-digit ones of workbooks pinned before it (data/fingerprint.ts).
    !/^([0-9a-f]{64}|[0-9a-f]{16})$/.test(hash) ||
    !pinnedAt
  )
    return null;
  const pin: DatasetPin = { datasetId, version, hash, pinnedAt };
  const inner = root[3];
  if (inner === undefined) return pin;
  const dataset = /<(?:[\w-]+:)?dataset\b[^>]*>([\s\S]*)<\/(?:[\w-]+:)?dataset\s*>/.exec(inner);
  if (!dataset) return pin;
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(dataset[1]);
  return { ...pin, datasetJson: cdata ? cdata[1] : unescapeXml(dataset[1]) };
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(
        e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
      );
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e] ?? "";
  });
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
      minimum: { type: "LowestValue", color: "#63BE7B" },
      midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" },
      maximum: { type: "HighestValue", color: "#F8696B" },
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

/** The look of each template style; input and output follow Excel's own Input and Output cell styles. */
function applyStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  switch (style) {
    case "title":
      format.font.bold = true;
      format.font.size = 16;
      format.font.color = "#0F548C";
      break;
    case "subtitle":
      format.font.italic = true;
      format.font.color = "#616161";
      break;
    case "header":
      format.font.bold = true;
      format.font.color = "#0F548C";
      format.fill.color = "#EBF3FC";
      format.wrapText = true;
      format.borders.getItem("EdgeBottom").style = "Continuous";
      break;
    case "input":
      format.fill.color = "#FFCC99";
      format.font.color = "#3F3F76";
      for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const) {
        const border = format.borders.getItem(edge);
        border.style = "Continuous";
        border.color = "#7F7F7F";
      }
      break;
    case "output":
      format.fill.color = "#F2F2F2";
      format.font.bold = true;
      format.font.color = "#3F3F3F";
      break;
    case "note":
      format.font.italic = true;
      format.font.size = 9;
      format.font.color = "#616161";
      format.wrapText = false;
      break;
    case "percent":
      range.numberFormat = [["0%"]];
      break;
    case "year":
      range.numberFormat = [["0"]];
      break;
    case "tonnes":
      range.numberFormat = [["#,##0"]];
      break;
  }
}

async function insertFormula(
  context: Excel.RequestContext,
  formula: string
): Promise<{ address: string }> {
  const cell = context.workbook.getActiveCell();
  cell.load("address,formulas");
  await context.sync();
  const current = cell.formulas[0][0];
  if (current !== "" && current !== null) throw new Error(say.cellNotEmpty(cell.address));
  cell.formulas = [[formula]];
  await context.sync();
  return { address: cell.address };
}

/** Excel column width in characters → points: (characters × 7 px + 5 px padding) × 0.75. */
function columnPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

// ---------------------------------------------------------------------------------------------------------
// Rectangles of Excel ranges (the A1 arithmetic itself is in templates/a1.ts)

function rectOf(range: Excel.Range): Rect {
  return {
    row: range.rowIndex,
    col: range.columnIndex,
    rows: range.rowCount,
    cols: range.columnCount,
  };
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

/** The parts of `old` outside `next` (both anchored at the same top-left cell): a right strip and a bottom strip. */
export function leftovers(old: Rect, next: Rect): Rect[] {
  const strips: Rect[] = [];
  if (old.cols > next.cols)
    strips.push({
      row: old.row,
      col: old.col + next.cols,
      rows: old.rows,
      cols: old.cols - next.cols,
    });
  if (old.rows > next.rows)
    strips.push({
      row: old.row + next.rows,
      col: old.col,
      rows: old.rows - next.rows,
      cols: Math.min(old.cols, next.cols),
    });
  return strips;
}
