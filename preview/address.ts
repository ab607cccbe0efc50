/** A1-style addresses for the preview grid: zero-based rows and columns inside, Excel's letters and numbers outside. */

export interface CellRef {
  readonly row: number;
  readonly col: number;
}

export interface RangeRef {
  readonly start: CellRef;
  readonly end: CellRef;
}

/**
 * Column letters of a zero-based column index, as Excel writes them.
 * @example columnLetter(0) //=> "A"; columnLetter(27) //=> "AB"
 */
export function columnLetter(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The A1 address of a zero-based cell.
 * @example cellAddress({ row: 1, col: 2 }) //=> "C2"
 */
export function cellAddress(ref: CellRef): string {
  return `${columnLetter(ref.col)}${ref.row + 1}`;
}

/**
 * Parses "B3" (or "$B$3") into a zero-based cell; undefined when the text is not an A1 address.
 * @example parseCell("B3") //=> { row: 2, col: 1 }
 */
export function parseCell(text: string): CellRef | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!match) return undefined;
  const col = match[1]
    .toUpperCase()
    .split("")
    .reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
  const row = Number(match[2]);
  return row >= 1 ? { row: row - 1, col: col - 1 } : undefined;
}

/**
 * Parses "A1:C5" (a single cell is a one-cell range; a leading "Sheet!" is ignored).
 * @example parseRange("A1:C5") //=> { start: { row: 0, col: 0 }, end: { row: 4, col: 2 } }
 */
export function parseRange(text: string): RangeRef | undefined {
  const local = text.includes("!") ? text.slice(text.lastIndexOf("!") + 1) : text;
  const [a, b] = local.split(":");
  const start = parseCell(a);
  const end = b === undefined ? start : parseCell(b);
  if (!start || !end) return undefined;
  return {
    start: { row: Math.min(start.row, end.row), col: Math.min(start.col, end.col) },
    end: { row: Math.max(start.row, end.row), col: Math.max(start.col, end.col) },
  };
}

/**
 * A sheet-qualified address as Excel's Range.address gives it: the sheet name quoted when it needs quotes.
 * @example qualifiedAddress("Independence model", "B4") //=> "'Independence model'!B4"
 */
export function qualifiedAddress(sheet: string, local: string): string {
  const bare = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !parseCell(sheet);
  return `${bare ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${local}`;
}
