import {
  CellType,
  DetailedCellError,
  HyperFormula,
  type RawCellContent,
  type SimpleCellAddress,
} from "hyperformula";
import type { DatasetPin, SheetTable } from "../src/excel/workbook-gateway";
import { COLOR_SCALE } from "../src/templates/styles";
import { gatewayMessages } from "../src/taskpane/messages";
import { refreshReFormulas } from "./hyperformula-plugin";
import { CELL_STYLES, type CellLook as StyleLook } from "../src/templates/styles";
import type {
  CellStyle,
  TemplateChart,
  TemplateConditionalFormat,
  TemplatePrint,
  TemplateSheet,
  TemplateValidation,
} from "../src/templates/types";
import {
  cellAddress,
  type CellRef,
  columnLetter as columnLetterOf,
  parseCell,
  parseRange,
  qualifiedAddress,
  type RangeRef,
  uniqueSheetName,
} from "../src/templates/a1";
import { type DisplayValue, excelErrorText, formatNumber, impliedFormat } from "./format";

/**
 * The look of a cell read from a file (fonts and fills beyond the template styles), kept to draw and save it:
 * the fields of a template style's look (src/templates/styles.ts) that a file's cell formats map onto.
 */
export type CellLook = Pick<StyleLook, "bold" | "italic" | "size" | "color" | "fill" | "wrapText">;

/** A formula's result as a file cached it: what Excel shows before it recalculates. */
export type CachedValue = number | string | boolean | { readonly error: string } | null;

/** What the grid shows for one cell. */
export interface CellView extends DisplayValue {
  /** What the formula bar shows: the formula, or the value as typed. */
  readonly input: string;
  /** Part of a spilled array: "anchor" holds the formula, "spill" cells show its other values. */
  readonly spill?: "anchor" | "spill";
  readonly style?: CellStyle;
  readonly look?: CellLook;
  /** Background colour from a conditional format or a table's banding. */
  readonly fill?: string;
  /** Header cell of a table written by writeTable. */
  readonly tableHeader?: boolean;
}

/** What HyperFormula does not keep about a sheet; cell maps are keyed "row,col" (zero-based). */
export interface SheetExtras {
  styles: Map<string, CellStyle>;
  /** Number format codes read from a file or typed; a template style's own format applies otherwise. */
  numFmts: Map<string, string>;
  looks: Map<string, CellLook>;
  /** The results a file cached for its formulas, to compare with the values recomputed here. */
  cached: Map<string, CachedValue>;
  fills: Map<string, string>;
  tableHeaders: Set<string>;
  columnWidths: Record<string, number>;
  charts: TemplateChart[];
  conditionalFormats: TemplateConditionalFormat[];
  /** What the input cells accept; the preview keeps it for the file it saves (Excel shows the drop-downs). */
  validations: TemplateValidation[];
  print?: TemplatePrint;
}

/** A sheet's extras before anything is written to it. */
export function emptyExtras(): SheetExtras {
  return {
    styles: new Map(),
    numFmts: new Map(),
    looks: new Map(),
    cached: new Map(),
    fills: new Map(),
    tableHeaders: new Set(),
    columnWidths: {},
    charts: [],
    conditionalFormats: [],
    validations: [],
  };
}

/** One cell as a file keeps it: a formula as typed ("=..."), or a constant. */
export interface SheetCell {
  readonly ref: CellRef;
  readonly formula?: string;
  readonly value?: string | number | boolean | null;
}

/** A sheet read from a file or from the browser's storage, ready to load. */
export interface LoadedSheet {
  readonly name: string;
  readonly cells: readonly SheetCell[];
  readonly extras: SheetExtras;
}

export interface TablePlacement {
  readonly sheet: string;
  readonly start: CellRef;
  readonly rows: number;
  readonly cols: number;
}

/** Why a formula was not entered: Excel refuses formulas it cannot parse, and so does the preview. */
export class FormulaRejected extends Error {}

type Listener = () => void;

export const key = (row: number, col: number) => `${row},${col}`;

/** Text that HyperFormula would read as something else (formula, number, percentage, boolean, date) keeps its text. */
function asTextContent(text: string): string {
  const readAsOther =
    /^[='+-]/.test(text) ||
    /^(\d[\d,]*\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i.test(text) ||
    /^(true|false)$/i.test(text) ||
    /^\d{1,4}[/-]\d{1,2}[/-]\d{1,4}$/.test(text);
  return readAsOther ? `'${text}` : text;
}

/**
 * The preview's workbook: sheets of cells evaluated by HyperFormula (with the RE.* plugin registered by the caller),
 * plus what HyperFormula does not model: cell styles, column widths, charts, conditional formats, table placements,
 * the dataset pin and the active cell. The grid draws it; the preview gateway writes to it.
 */
export class PreviewWorkbook {
  readonly hf: HyperFormula;
  private readonly extras = new Map<string, SheetExtras>();
  private readonly tables = new Map<string, TablePlacement>();
  private readonly listeners = new Set<Listener>();
  private pin: DatasetPin | null = null;
  /** Bumped whenever column widths or sheet layout change, so the grid knows to rebuild its table. */
  layoutVersion = 0;
  private activeSheetName = "";
  private active: CellRef = { row: 0, col: 0 };

  constructor() {
    this.hf = HyperFormula.buildEmpty({
      licenseKey: "gpl-v3",
      // Excel 365 semantics: operations on ranges spill instead of intersecting.
      useArrayArithmetic: true,
      // Values keep full precision (the grid formats them; the example workbook caches them as Excel would).
      smartRounding: false,
      dateFormats: ["MM/DD/YYYY", "MM/DD/YY", "YYYY-MM-DD"],
      functionArgSeparator: ",",
      decimalSeparator: ".",
      thousandSeparator: "",
    });
  }

  // ------------------------------------------------------------------------------------------------ sheets

  get sheetNames(): string[] {
    return this.hf.getSheetNames();
  }

  get activeSheet(): string {
    return this.activeSheetName;
  }

  get activeCell(): CellRef {
    return this.active;
  }

  ensureSheet(name: string): number {
    if (!this.hf.doesSheetExist(name)) this.hf.addSheet(name);
    if (!this.extras.has(name)) this.extras.set(name, emptyExtras());
    if (!this.activeSheetName) this.activeSheetName = name;
    return this.sheetId(name);
  }

  /** Adds "Sheet1", "Sheet2", ... as Excel's new-sheet button does; returns its name. */
  addBlankSheet(): string {
    let n = 1;
    while (this.hf.doesSheetExist(`Sheet${n}`)) n++;
    const name = `Sheet${n}`;
    this.ensureSheet(name);
    this.activate(name);
    return name;
  }

  activate(sheet: string, cell: CellRef = { row: 0, col: 0 }): void {
    this.ensureSheet(sheet);
    this.activeSheetName = sheet;
    this.active = cell;
    this.changed();
  }

  select(cell: CellRef): void {
    this.active = { row: Math.max(0, cell.row), col: Math.max(0, cell.col) };
    this.changed();
  }

  sheetId(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new Error(`No sheet named "${name}"`);
    return id;
  }

  extrasOf(sheet: string): SheetExtras {
    this.ensureSheet(sheet);
    return this.extras.get(sheet) as SheetExtras;
  }

  /** Rows and columns in use on a sheet (at least 1 × 1). */
  usedSize(sheet: string): { rows: number; cols: number } {
    const { width, height } = this.hf.getSheetDimensions(this.sheetId(sheet));
    let rows = height;
    let cols = width;
    for (const chart of this.extrasOf(sheet).charts) {
      const anchor = parseCell(chart.anchor);
      if (anchor) {
        rows = Math.max(rows, anchor.row + 14);
        cols = Math.max(cols, anchor.col + 6);
      }
    }
    return { rows: Math.max(rows, 1), cols: Math.max(cols, 1) };
  }

  // ------------------------------------------------------------------------------------------------ whole workbooks

  /** Every cell a sheet holds, as the file or the browser's storage keeps it: formulas as typed, or constants. */
  contentsOf(sheet: string): SheetCell[] {
    const id = this.sheetId(sheet);
    const { width, height } = this.hf.getSheetDimensions(id);
    const cells: SheetCell[] = [];
    for (let row = 0; row < height; row++)
      for (let col = 0; col < width; col++) {
        const addr = { sheet: id, row, col };
        const type = this.hf.getCellType(addr);
        if (type === CellType.EMPTY || type === CellType.ARRAY) continue;
        const formula = type === CellType.VALUE ? undefined : this.hf.getCellFormula(addr);
        const value = this.hf.getCellValue(addr);
        cells.push({
          ref: { row, col },
          formula,
          value: formula !== undefined || value instanceof DetailedCellError ? undefined : value,
        });
      }
    return cells;
  }

  /** Empties the workbook (sheets, table placements, the pin), as before opening another one. */
  clear(): void {
    for (const name of this.sheetNames) this.hf.removeSheet(this.sheetId(name));
    this.extras.clear();
    this.tables.clear();
    this.pin = null;
    this.activeSheetName = "";
    this.active = { row: 0, col: 0 };
  }

  /**
   * Replaces the workbook with sheets read from a file or from the browser's storage. Every sheet exists before
   * any cell is written, so formulas that refer to a later sheet find it.
   */
  load(sheets: readonly LoadedSheet[], active?: { sheet: string; cell: CellRef }): void {
    this.clear();
    for (const sheet of sheets) {
      this.ensureSheet(sheet.name);
      this.extras.set(sheet.name, sheet.extras);
    }
    this.hf.batch(() => {
      for (const sheet of sheets) {
        const id = this.sheetId(sheet.name);
        for (const cell of sheet.cells) {
          const content: RawCellContent =
            cell.formula ??
            (typeof cell.value === "string" ? asTextContent(cell.value) : cell.value);
          this.hf.setCellContents({ sheet: id, row: cell.ref.row, col: cell.ref.col }, content);
        }
      }
    });
    this.hf.clearUndoStack();
    const first = sheets[0]?.name ?? this.addBlankSheet();
    const sheet = active && this.hf.doesSheetExist(active.sheet) ? active.sheet : first;
    this.activeSheetName = sheet;
    this.active = active?.sheet === sheet ? active.cell : { row: 0, col: 0 };
    this.layoutVersion++;
    this.changed();
  }

  /** Where the dataset tables the pane wrote sit, to keep them with the workbook. */
  tablePlacements(): [string, TablePlacement][] {
    return [...this.tables];
  }

  restoreTables(placements: readonly [string, TablePlacement][]): void {
    for (const [name, placement] of placements) this.tables.set(name, placement);
  }

  // ------------------------------------------------------------------------------------------------ cells

  private address(sheet: string, cell: CellRef): SimpleCellAddress {
    return { sheet: this.sheetId(sheet), row: cell.row, col: cell.col };
  }

  /**
   * Enters what a user typed into a cell, as Excel does: "=..." is a formula (refused with FormulaRejected when it
   * cannot be parsed), anything else is a constant that HyperFormula types (numbers, percentages, dates, booleans).
   */
  enter(sheet: string, cell: CellRef, typed: string): void {
    const text = typed.trim() === "" ? "" : typed;
    if (text.startsWith("=") && !this.hf.validateFormula(text))
      throw new FormulaRejected(
        "There's a problem with this formula. Check the parentheses, quotes and commas."
      );
    this.hf.setCellContents(this.address(sheet, cell), text === "" ? null : text);
    this.changed();
  }

  view(sheet: string, cell: CellRef): CellView {
    const addr = this.address(sheet, cell);
    const extras = this.extrasOf(sheet);
    const k = key(cell.row, cell.col);
    const style = extras.styles.get(k);
    const look = extras.looks.get(k);
    const fill = extras.fills.get(k);
    const tableHeader = extras.tableHeaders.has(k);
    const type = this.hf.getCellType(addr);
    const spill =
      type === CellType.ARRAYFORMULA ? "anchor" : type === CellType.ARRAY ? "spill" : undefined;
    const input = this.inputOf(sheet, cell);
    const value = this.hf.getCellValue(addr);
    const base = { input, spill, style, look, fill, tableHeader } as const;
    if (value === null || value === undefined) return { ...base, text: "", kind: "empty" };
    if (value instanceof DetailedCellError) {
      const message =
        value.type === "CYCLE"
          ? "Circular reference: this formula refers to its own cell."
          : value.message || undefined;
      return {
        ...base,
        text: excelErrorText(value.type),
        kind: value.type === "CYCLE" ? "number" : "error",
        message,
      };
    }
    if (typeof value === "boolean")
      return { ...base, text: value ? "TRUE" : "FALSE", kind: "boolean" };
    if (typeof value === "number")
      return {
        ...base,
        text: formatNumber(value, this.numberFormat(sheet, cell)),
        kind: "number",
      };
    return { ...base, text: String(value), kind: "text" };
  }

  /** The text a file's cached result shows under the cell's format; undefined when the file cached none. */
  cachedText(sheet: string, cell: CellRef): string | undefined {
    const extras = this.extrasOf(sheet);
    const k = key(cell.row, cell.col);
    if (!extras.cached.has(k)) return undefined;
    const cached = extras.cached.get(k);
    if (cached === null || cached === undefined) return "";
    if (typeof cached === "object") return cached.error;
    if (typeof cached === "boolean") return cached ? "TRUE" : "FALSE";
    if (typeof cached === "number") return formatNumber(cached, this.numberFormat(sheet, cell));
    return cached;
  }

  /** How many of the file's cached results the values recomputed here match, and where they differ. */
  compareWithCached(): { matched: number; differ: string[] } {
    let matched = 0;
    const differ: string[] = [];
    for (const sheet of this.sheetNames)
      for (const k of this.extrasOf(sheet).cached.keys()) {
        const [row, col] = k.split(",").map(Number);
        const cell = { row, col };
        if (this.cachedText(sheet, cell) === this.view(sheet, cell).text) matched++;
        else differ.push(qualifiedAddress(sheet, cellAddress(cell)));
      }
    return { matched, differ };
  }

  /** The number format a cell shows its number with: its own, its template style's, or the one its input implies. */
  numberFormat(sheet: string, cell: CellRef): string | undefined {
    const extras = this.extrasOf(sheet);
    const k = key(cell.row, cell.col);
    const style = extras.styles.get(k);
    return (
      extras.numFmts.get(k) ??
      (style && CELL_STYLES[style].numberFormat) ??
      impliedFormat(this.hf.getCellValueDetailedType(this.address(sheet, cell)))
    );
  }

  /** What the formula bar shows for a cell: its formula, the formula of the array it spills from, or its typed value. */
  inputOf(sheet: string, cell: CellRef): string {
    const addr = this.address(sheet, cell);
    const type = this.hf.getCellType(addr);
    if (type === CellType.ARRAY) {
      const anchor = this.spillAnchor(sheet, cell);
      return anchor ? (this.hf.getCellFormula(this.address(sheet, anchor)) ?? "") : "";
    }
    const serialized = this.hf.getCellSerialized(addr);
    if (serialized === null || serialized === undefined) return "";
    if (typeof serialized === "boolean") return serialized ? "TRUE" : "FALSE";
    return String(serialized);
  }

  /** The anchor (formula cell) of the spilled array a cell belongs to. */
  spillAnchor(sheet: string, cell: CellRef): CellRef | undefined {
    const id = this.sheetId(sheet);
    for (let row = cell.row; row >= 0; row--) {
      for (let col = cell.col; col >= 0; col--) {
        const type = this.hf.getCellType({ sheet: id, row, col });
        if (type === CellType.ARRAYFORMULA) return { row, col };
        if (type !== CellType.ARRAY) break;
      }
      if (this.hf.getCellType({ sheet: id, row, col: cell.col }) !== CellType.ARRAY) break;
    }
    return undefined;
  }

  /** The range a spilled array occupies, from its anchor. */
  spillRange(sheet: string, anchor: CellRef): RangeRef {
    const id = this.sheetId(sheet);
    const isArray = (row: number, col: number) =>
      this.hf.getCellType({ sheet: id, row, col }) === CellType.ARRAY;
    let endCol = anchor.col;
    while (isArray(anchor.row, endCol + 1)) endCol++;
    let endRow = anchor.row;
    while (isArray(endRow + 1, anchor.col)) endRow++;
    return { start: anchor, end: { row: endRow, col: endCol } };
  }

  numberAt(sheet: string, cell: CellRef): number | undefined {
    const value = this.hf.getCellValue(this.address(sheet, cell));
    return typeof value === "number" ? value : undefined;
  }

  textAt(sheet: string, cell: CellRef): string {
    return this.view(sheet, cell).text;
  }

  /** What a cell accepts (data validation), when it is an input that says so. */
  validationAt(sheet: string, cell: CellRef): TemplateValidation | undefined {
    return this.extrasOf(sheet).validations.find((v) => {
      const range = parseRange(v.range);
      return (
        range !== undefined &&
        cell.row >= range.start.row &&
        cell.row <= range.end.row &&
        cell.col >= range.start.col &&
        cell.col <= range.end.col
      );
    });
  }

  // ------------------------------------------------------------------------------------------------ gateway operations

  /**
   * Writes a template's sheet, as the Excel gateway does: a new sheet, or the existing one cleared (charts and
   * conditional formats too) with the analyst's own inputs kept; then the cells, styles, widths, charts and scales.
   */
  insertTemplate(template: TemplateSheet): void {
    const exists = this.hf.doesSheetExist(template.name);
    const id = this.ensureSheet(template.name);
    const kept = new Map<string, RawCellContent>();
    if (exists) {
      for (const cell of template.cells) {
        const ref = parseCell(cell.address);
        if (cell.style !== "input" || !ref) continue;
        const current = this.hf.getCellSerialized({ sheet: id, row: ref.row, col: ref.col });
        if (current !== null && current !== undefined && current !== "")
          kept.set(cell.address, current as RawCellContent);
      }
      this.hf.clearSheet(id);
    }
    this.extras.set(template.name, {
      ...emptyExtras(),
      columnWidths: { ...(template.columnWidths ?? {}) },
      charts: [...(template.charts ?? [])],
      conditionalFormats: [...(template.conditionalFormats ?? [])],
      validations: [...(template.validations ?? [])],
      print: template.print,
    });
    for (const [name, placement] of this.tables)
      if (placement.sheet === template.name) this.tables.delete(name);
    const extras = this.extrasOf(template.name);
    this.hf.batch(() => {
      for (const cell of template.cells) {
        const ref = parseCell(cell.address);
        if (!ref) throw new Error(`Template "${template.name}": bad address "${cell.address}"`);
        const own = kept.get(cell.address);
        const content: RawCellContent =
          own !== undefined
            ? own
            : cell.formula !== undefined
              ? cell.formula
              : typeof cell.value === "string"
                ? asTextContent(cell.value)
                : (cell.value ?? null);
        this.hf.setCellContents({ sheet: id, row: ref.row, col: ref.col }, content);
        if (cell.style) extras.styles.set(key(ref.row, ref.col), cell.style);
      }
    });
    this.activeSheetName = template.name;
    this.active = { row: 0, col: 0 };
    this.layoutVersion++;
    this.changed();
  }

  /**
   * Writes (or rewrites in place) a dataset table, as the Excel gateway does: an existing table of that name is
   * rewritten where it stands (refused when it would grow over other data); a new one goes to A1 of its sheet, or
   * of a sibling sheet ("RE Prices (2)") when that sheet holds data there. Header and banding follow Excel's
   * TableStyleMedium2; a new sheet gets columns fitted to their contents. Returns the address it occupies.
   */
  writeTable(table: SheetTable): { address: string; updated: boolean } {
    const previous = this.tables.get(table.name);
    const rows = [
      table.headers,
      ...(table.rows.length > 0 ? table.rows : [table.headers.map(() => null)]),
    ];
    const cols = table.headers.length;
    let sheet: string;
    let start: CellRef;
    let isNewSheet = false;
    if (previous) {
      sheet = previous.sheet;
      start = previous.start;
      const blocked = this.occupied(sheet, start, rows.length, cols, previous);
      if (blocked) {
        const end = { row: start.row + rows.length - 1, col: start.col + cols - 1 };
        throw new Error(
          gatewayMessages.tableBlocked(table.name, `${cellAddress(start)}:${cellAddress(end)}`)
        );
      }
      this.clearBlock(sheet, start, previous.rows, previous.cols);
    } else {
      start = { row: 0, col: 0 };
      sheet = table.sheet;
      const existing = this.sheetNames.find((n) => n.toLowerCase() === table.sheet.toLowerCase());
      if (existing && this.occupied(existing, start, rows.length, cols))
        sheet = uniqueSheetName(table.sheet, this.sheetNames);
      else if (existing) sheet = existing;
      isNewSheet = !this.hf.doesSheetExist(sheet);
    }
    const id = this.ensureSheet(sheet);
    const extras = this.extrasOf(sheet);
    this.hf.batch(() => {
      rows.forEach((row, r) =>
        table.headers.forEach((_, c) => {
          const value = row[c] ?? null;
          const content: RawCellContent = typeof value === "string" ? asTextContent(value) : value;
          this.hf.setCellContents({ sheet: id, row: start.row + r, col: start.col + c }, content);
          const k = key(start.row + r, start.col + c);
          if (r === 0) extras.tableHeaders.add(k);
          else if (r % 2 === 1) extras.fills.set(k, "#d9e1f2");
        })
      );
    });
    if (isNewSheet) {
      table.headers.forEach((header, c) => {
        const longest = Math.max(
          header.length,
          ...table.rows.map((row) => String(row[c] ?? "").length)
        );
        extras.columnWidths[columnLetterOf(start.col + c)] =
          header === "Source" && c === cols - 1 ? 68 : Math.min(Math.max(longest + 2, 6), 40);
      });
    }
    this.tables.set(table.name, { sheet, start, rows: rows.length, cols });
    const end = { row: start.row + rows.length - 1, col: start.col + cols - 1 };
    this.activeSheetName = sheet;
    this.active = start;
    this.layoutVersion++;
    this.changed();
    return {
      address: qualifiedAddress(sheet, `${cellAddress(start)}:${cellAddress(end)}`),
      updated: previous !== undefined,
    };
  }

  /** Whether a block holds data outside `except` (a table's own current cells). */
  private occupied(
    sheet: string,
    start: CellRef,
    rows: number,
    cols: number,
    except?: TablePlacement
  ): boolean {
    const id = this.sheetId(sheet);
    for (let r = start.row; r < start.row + rows; r++)
      for (let c = start.col; c < start.col + cols; c++) {
        const inOwn =
          except &&
          r >= except.start.row &&
          r < except.start.row + except.rows &&
          c >= except.start.col &&
          c < except.start.col + except.cols;
        if (!inOwn && this.hf.getCellType({ sheet: id, row: r, col: c }) !== CellType.EMPTY)
          return true;
      }
    return false;
  }

  private clearBlock(sheet: string, start: CellRef, rows: number, cols: number): void {
    const id = this.sheetId(sheet);
    const extras = this.extrasOf(sheet);
    this.hf.batch(() => {
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++) {
          this.hf.setCellContents({ sheet: id, row: start.row + r, col: start.col + c }, null);
          const k = key(start.row + r, start.col + c);
          extras.tableHeaders.delete(k);
          extras.fills.delete(k);
        }
    });
  }

  /** Puts a formula into the active cell; returns its sheet-qualified address. */
  insertFormula(formula: string): string {
    const address = qualifiedAddress(this.activeSheetName, cellAddress(this.active));
    // As in Excel, the pane never overwrites: the active cell must be empty.
    if (this.inputOf(this.activeSheetName, this.active) !== "")
      throw new Error(gatewayMessages.cellNotEmpty(address));
    this.enter(this.activeSheetName, this.active, formula);
    return address;
  }

  /** Full recalculation: the RE.* functions read the dataset store, which HyperFormula cannot watch. */
  recalculate(): void {
    // The plugin's own refresh re-enters every RE.* formula (HyperFormula's rebuildAndRecalculate() would turn
    // spilled cells into constants and leave their array formula at #SPILL!); formulas that read them follow.
    refreshReFormulas(this.hf);
    this.hf.clearUndoStack();
    this.changed();
  }

  readPin(): DatasetPin | null {
    return this.pin;
  }

  setPin(pin: DatasetPin | null): void {
    this.pin = pin;
  }

  // ------------------------------------------------------------------------------------------------ conditional formats

  /** Background colours of a sheet's three-colour scales (green low, yellow middle, red high, as Excel's default). */
  scaleFills(sheet: string): Map<string, string> {
    const fills = new Map<string, string>();
    for (const format of this.extrasOf(sheet).conditionalFormats) {
      const range = parseRange(format.range);
      if (!range) continue;
      const cells: { k: string; v: number }[] = [];
      for (let row = range.start.row; row <= range.end.row; row++)
        for (let col = range.start.col; col <= range.end.col; col++) {
          const v = this.numberAt(sheet, { row, col });
          if (v !== undefined) cells.push({ k: key(row, col), v });
        }
      if (cells.length === 0) continue;
      const sorted = cells.map((c) => c.v).sort((a, b) => a - b);
      const min = sorted[0];
      const max = sorted[sorted.length - 1];
      const mid = percentile(sorted, COLOR_SCALE.midPercentile / 100);
      for (const { k, v } of cells) fills.set(k, threeColourScale(v, min, mid, max));
    }
    return fills;
  }

  // ------------------------------------------------------------------------------------------------ change notification

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.listeners.forEach((listener) => listener());
  }
}

function percentile(sorted: number[], p: number): number {
  const i = (sorted.length - 1) * p;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

/** "#RRGGBB" as its three channels. */
function channels(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

// The scale's colours are the ones the Excel gateway and the example workbook write (src/templates/styles.ts).
const GREEN = channels(COLOR_SCALE.low);
const YELLOW = channels(COLOR_SCALE.mid);
const RED = channels(COLOR_SCALE.high);

function mix(a: number[], b: number[], t: number): string {
  const c = a.map((x, i) => Math.round(x + (b[i] - x) * t));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

function threeColourScale(v: number, min: number, mid: number, max: number): string {
  if (max === min) return mix(YELLOW, YELLOW, 0);
  if (v <= mid) return mix(GREEN, YELLOW, mid === min ? 1 : (v - min) / (mid - min));
  return mix(YELLOW, RED, max === mid ? 1 : (v - mid) / (max - mid));
}
