/**
 * A1 addresses: zero-based rows and columns inside, Excel's letters and numbers outside. The one copy of
 * this arithmetic for the templates, the Excel gateway, the workbook preview and the example workbook, so
 * that all of them agree on what "B4" means; free of Office and zod, so every one of them may import it.
 * Also the sheet geometry they share: column widths, row heights and chart sizes in points.
 */
import type { TemplateChart } from "./types";

export interface CellRef {
  readonly row: number;
  readonly col: number;
}

export interface RangeRef {
  readonly start: CellRef;
  readonly end: CellRef;
}

/** A rectangle of cells: its top-left cell and its size. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * @summary The column letters of a 0-based column index, as templates write addresses.
 *
 * @example
 * columnLetter(0)
 * //=> "A"
 * columnLetter(27)
 * //=> "AB"
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The 0-based column index of column letters (either case).
 * @example columnIndex("A") //=> 0; columnIndex("AA") //=> 26
 */
export function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/**
 * The A1 address of a zero-based cell.
 * @example cellAddress({ row: 1, col: 2 }) //=> "C2"
 */
export function cellAddress(ref: CellRef): string {
  return `${columnLetter(ref.col)}${ref.row + 1}`;
}

/**
 * The A1 address of a rectangle ("B2" for one cell, "A1:K21" otherwise), without a sheet name.
 * @example a1({ row: 0, col: 0, rows: 21, cols: 11 }) //=> "A1:K21"
 */
export function a1(rect: Rect): string {
  const start = cellAddress(rect);
  if (rect.rows === 1 && rect.cols === 1) return start;
  return `${start}:${cellAddress({ row: rect.row + rect.rows - 1, col: rect.col + rect.cols - 1 })}`;
}

/**
 * Parses "B3" (or "$B$3") into a zero-based cell; undefined when the text is not an A1 address.
 * @example parseCell("B3") //=> { row: 2, col: 1 }
 */
export function parseCell(text: string): CellRef | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!match) return undefined;
  const row = Number(match[2]);
  return row >= 1 ? { row: row - 1, col: columnIndex(match[1]) } : undefined;
}

/**
 * Parses "A1:C5" (a single cell is a one-cell range; a leading "Sheet!" is ignored); undefined when the
 * text is not one or two A1 cells.
 * @example parseRange("A1:C5") //=> { start: { row: 0, col: 0 }, end: { row: 4, col: 2 } }
 */
export function parseRange(text: string): RangeRef | undefined {
  const local = text.includes("!") ? text.slice(text.lastIndexOf("!") + 1) : text;
  const parts = local.split(":");
  if (parts.length > 2) return undefined;
  const start = parseCell(parts[0]);
  const end = parts.length === 1 ? start : parseCell(parts[1]);
  if (!start || !end) return undefined;
  return {
    start: { row: Math.min(start.row, end.row), col: Math.min(start.col, end.col) },
    end: { row: Math.max(start.row, end.row), col: Math.max(start.col, end.col) },
  };
}

/**
 * Parses "B2", "A1:K21" or "'RE Prices'!A1:K21" into a rectangle (the sheet name is dropped); throws on
 * anything else, since the addresses it reads come from Excel or from our own templates.
 * @example parseA1("'RE Prices'!$B$2:D10") //=> { row: 1, col: 1, rows: 9, cols: 3 }
 */
export function parseA1(address: string): Rect {
  const range = parseRange(address);
  if (!range) throw new Error(`Not an A1 address: ${address}`);
  const { start, end } = range;
  return { ...start, rows: end.row - start.row + 1, cols: end.col - start.col + 1 };
}

/**
 * A sheet-qualified address as Excel's Range.address gives it: the sheet name quoted when it needs quotes.
 * @example qualifiedAddress("Independence model", "B4") //=> "'Independence model'!B4"
 */
export function qualifiedAddress(sheet: string, local: string): string {
  const bare = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !parseCell(sheet);
  return `${bare ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${local}`;
}

/**
 * Whether `inner` lies wholly inside `outer`.
 * @example contains({ row: 0, col: 0, rows: 10, cols: 5 }, { row: 2, col: 1, rows: 3, cols: 2 }) //=> true
 */
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

/**
 * The parts of `old` outside `next` (both anchored at the same top-left cell): a right strip and a bottom
 * strip, what a shrinking table leaves behind.
 * @example leftovers({ row: 0, col: 0, rows: 10, cols: 5 }, { row: 0, col: 0, rows: 4, cols: 5 })
 * //=> [{ row: 4, col: 0, rows: 6, cols: 5 }]
 */
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

/**
 * Cells gathered into few rectangles: runs of adjacent cells in a row, then runs of rows with the same span,
 * so that a column of 5,000 formulas is one range, not 5,000.
 * @example cellRects([{ row: 0, col: 1 }, { row: 1, col: 1 }, { row: 1, col: 3 }])
 * //=> [{ row: 0, col: 1, rows: 2, cols: 1 }, { row: 1, col: 3, rows: 1, cols: 1 }]
 */
export function cellRects(cells: readonly CellRef[]): Rect[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: Rect[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row === cell.row && last.col + last.cols === cell.col)
      runs[runs.length - 1] = { ...last, cols: last.cols + 1 };
    else if (!last || last.row !== cell.row || last.col + last.cols < cell.col)
      runs.push({ row: cell.row, col: cell.col, rows: 1, cols: 1 });
  }
  // Each open rectangle, keyed by its column span, grows while the next row has a run of the same span.
  const open = new Map<string, Rect>();
  const done: Rect[] = [];
  for (const run of runs) {
    const key = `${run.col}:${run.cols}`;
    const above = open.get(key);
    if (above && above.row + above.rows === run.row)
      open.set(key, { ...above, rows: above.rows + 1 });
    else {
      if (above) done.push(above);
      open.set(key, run);
    }
  }
  return [...done, ...open.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Excel's default row height in points (Calibri 11: 20 px at 100% zoom). */
export const ROW_POINTS = 15;

/** A chart's size when nothing gives one: 300 × 187.5 pt (400 × 250 px). */
const DEFAULT_CHART_POINTS = { width: 300, height: 187.5 } as const;

/**
 * A chart's width and height in points: its own, or the default.
 * @example chartPoints({ type: "line", title: "t", dataRange: "A1:B3", anchor: "D1" }) //=> { width: 300, height: 187.5 }
 */
export function chartPoints(chart: TemplateChart): { width: number; height: number } {
  return chart.size ?? DEFAULT_CHART_POINTS;
}

/**
 * Excel column width in characters → points: (characters × 7 px + 5 px padding) × 0.75.
 * @example columnPoints(10) //=> 56.25
 */
export function columnPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * A sheet name not yet taken (Excel compares sheet names without case): "RE Prices (2)", "RE Prices (3)", ...
 * within Excel's 31 characters.
 * @example uniqueSheetName("RE Prices", ["RE Prices"]) //=> "RE Prices (2)"
 */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.some((t) => sameSheetName(t, name))) return name;
  }
}

/** Whether two sheet names name the same sheet (Excel ignores case). */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
