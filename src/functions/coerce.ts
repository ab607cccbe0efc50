import { YEAR_RANGE } from "../core/_lib/checks";
import { dateSystem, type DateSystem } from "./dateSystem";
import { isErrorValue, messages, passed, refuse, type Refusal } from "./errors";

/**
 * How Excel inputs become core arguments, decided once for every function (formula.js keeps the same
 * decisions in its `parseNumber`; HyperFormula in `coerceToType`):
 *
 * - blank (null, undefined, "" or white space: an omitted argument, an empty cell) is `BLANK`, which the
 *   runner turns into the parameter's default or a "required" #VALUE!; so is the number 0 where 0 is
 *   never valid (a year, a date), because some Excel desktop builds hand an empty cell over as 0
 *   (office-js #4702, #1951, #5262) and no requirement set tells those builds apart;
 * - an error value passes through unchanged (=RE.SHARE(NA(),...) is #N/A, like =ROUND(NA(),1));
 * - a one-cell range is its value; a bigger range where one value is wanted is #VALUE!;
 * - where a number is wanted: numeric text ("2024", " 1e3", "50%") becomes the number, TRUE/FALSE 1/0
 *   (as Excel's =ROUND(TRUE,0)); other text is #VALUE!; NaN and ±Infinity (which no cell holds, but a
 *   script can pass) are #NUM!;
 * - where text is wanted: numbers and booleans become their text (2024 → "2024", TRUE → "TRUE"), so the
 *   core's keyword resolution reports them as unknown keywords with the accepted values;
 * - where a date is wanted: an Excel date serial in the workbook's date system (dateSystem.ts), a year
 *   1900-2200 (no one means the serial 2024, which is 16 July 1905), or text YYYY, YYYY-MM or
 *   YYYY-MM-DD, all as the dataset's partial-date text.
 *
 * Each function returns the coerced value, `BLANK`, or a `Refusal` to hand back as the call's result.
 */

/** An argument that was left out or points at an empty cell. */
export const BLANK: unique symbol = Symbol("blank");
export type Blank = typeof BLANK;

/** What coercing one argument gives. */
export type Coerced<T> = T | Blank | Refusal;

/** Whether a coerced value is a refusal (arrays and scalars never carry `ok: false`). */
export function isRefusal(value: unknown): value is Refusal {
  return typeof value === "object" && value !== null && (value as { ok?: unknown }).ok === false;
}

/** Names used in messages: the function (RE.SHARE) and the parameter (year). */
export interface ArgumentLabel {
  readonly fn: string;
  readonly param: string;
}

const NUMERIC_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?%?$/i;
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Excel's largest date, 9999-12-31, as a serial in each date system. */
const MAX_SERIAL: Readonly<Record<DateSystem, number>> = { 1900: 2958465, 1904: 2957003 };
/** Whole numbers in this range are years, not serials (see the module comment). */
const YEAR_AS_NUMBER = YEAR_RANGE;
const MS_PER_DAY = 86_400_000;
/** Day 0 of Excel's 1900 date system after its fictitious 29 Feb 1900 (serial 60). */
const EPOCH_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);
const EPOCH_BEFORE_LEAP_BUG = Date.UTC(1899, 11, 31);
/** Day 0 of the 1904 date system (Excel for Mac's old default): 1 January 1904, no leap-year bug. */
const EPOCH_1904 = Date.UTC(1904, 0, 1);

function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/** A short description of a value for messages: text "abc", TRUE, 12, a 2×3 range. */
export function describe(value: unknown): string {
  if (typeof value === "string")
    return `text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    const [rows, columns] = shapeOf(value);
    return `a ${rows}×${columns} range`;
  }
  return typeof value;
}

/** Rows and columns of a range as handed in (1-D arrays count as one row; ragged rows by their widest). */
export function shapeOf(range: readonly unknown[]): [number, number] {
  let columns = 0;
  for (const row of range) columns = Math.max(columns, Array.isArray(row) ? row.length : 1);
  return [range.length, columns];
}

/** The single value of a scalar argument: a one-cell range is unwrapped, a bigger range refused. */
function single(value: unknown, label: ArgumentLabel): unknown {
  if (!Array.isArray(value)) return value;
  const [rows, columns] = shapeOf(value);
  if (rows === 0 || columns === 0) return null;
  if (rows === 1 && columns === 1) return Array.isArray(value[0]) ? value[0][0] : value[0];
  return refuse("invalid", messages.notOneCell(label.fn, label.param, rows, columns));
}

/**
 * A number argument. With `zeroIsBlank` (a parameter whose bounds exclude 0, such as a year) the number 0
 * is blank: see the module comment.
 */
export function toNumber(
  value: unknown,
  label: ArgumentLabel,
  zeroIsBlank = false
): Coerced<number> {
  const v = single(value, label);
  if (typeof v === "number") {
    if (v === 0 && zeroIsBlank) return BLANK;
    return Number.isFinite(v) ? v : refuse("outOfRange", messages.notFinite(label.fn, label.param));
  }
  if (isBlank(v)) return BLANK;
  if (isRefusal(v)) return v;
  if (isErrorValue(v)) return passed(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") {
    const text = v.trim();
    if (NUMERIC_TEXT.test(text)) {
      const n = text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
      return Number.isFinite(n)
        ? n
        : refuse("outOfRange", messages.notFinite(label.fn, label.param));
    }
  }
  return refuse("invalid", messages.notANumber(label.fn, label.param, describe(v)));
}

/** A text argument (keywords, names): numbers and booleans become their text. */
export function toText(value: unknown, label: ArgumentLabel): Coerced<string> {
  const v = single(value, label);
  if (typeof v === "string") return v.trim() === "" ? BLANK : v;
  if (isBlank(v)) return BLANK;
  if (isRefusal(v)) return v;
  if (isErrorValue(v)) return passed(v);
  if (typeof v === "number") {
    return Number.isFinite(v)
      ? String(v)
      : refuse("outOfRange", messages.notFinite(label.fn, label.param));
  }
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return refuse("invalid", messages.notText(label.fn, label.param, describe(v)));
}

/**
 * A date argument, as partial-date text (YYYY, YYYY-MM or YYYY-MM-DD). A serial is read in the workbook's
 * date system; 0 is blank in both (an empty cell on some builds; 1 January 1904 is no one's question).
 */
export function toDate(
  value: unknown,
  label: ArgumentLabel,
  system: DateSystem = dateSystem()
): Coerced<string> {
  const v = single(value, label);
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return refuse("outOfRange", messages.notFinite(label.fn, label.param));
    if (v === 0) return BLANK;
    if (Number.isInteger(v) && v >= YEAR_AS_NUMBER.min && v <= YEAR_AS_NUMBER.max) return String(v);
    if (v < 1 || v >= MAX_SERIAL[system] + 1)
      return refuse(
        "outOfRange",
        messages.dateOutOfRange(label.fn, label.param, v, MAX_SERIAL[system])
      );
    return serialToIso(Math.floor(v), system);
  }
  if (isBlank(v)) return BLANK;
  if (isRefusal(v)) return v;
  if (isErrorValue(v)) return passed(v);
  if (typeof v === "string" && PARTIAL_DATE.test(v.trim())) return v.trim();
  return refuse("invalid", messages.notADate(label.fn, label.param, describe(v)));
}

/**
 * Excel serial → YYYY-MM-DD, in the given date system. In the 1900 system serial 60 is Excel's fictitious
 * 29 Feb 1900, kept for Lotus compatibility; it reads as 1 Mar 1900 here, and every later serial is exact.
 * The 1904 system counts from 1 January 1904 (serial 0), 1,462 days after the 1900 system.
 */
export function serialToIso(serial: number, system: DateSystem = 1900): string {
  const epoch =
    system === 1904 ? EPOCH_1904 : serial > 60 ? EPOCH_AFTER_LEAP_BUG : EPOCH_BEFORE_LEAP_BUG;
  return new Date(epoch + serial * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The cells of a one-row or one-column range, in reading order; a scalar is a list of one. */
function vector(value: unknown, label: ArgumentLabel): readonly unknown[] | Refusal {
  if (!Array.isArray(value)) return [value];
  const [rows, columns] = shapeOf(value);
  if (rows > 1 && columns > 1)
    return refuse("invalid", messages.notAVector(label.fn, label.param, rows, columns));
  const cells: unknown[] = [];
  for (const row of value) {
    if (Array.isArray(row)) cells.push(...row);
    else cells.push(row);
  }
  return cells;
}

/** A list of numbers from a row or column of cells: every cell must hold a number. */
export function toNumbers(value: unknown, label: ArgumentLabel): Coerced<number[]> {
  if (isBlank(value)) return BLANK;
  const cells = vector(value, label);
  if (isRefusal(cells)) return cells;
  if (cells.every(isBlank)) return BLANK;
  const numbers: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    if (isBlank(cells[i]))
      return refuse("invalid", messages.blankInRange(label.fn, label.param, i + 1));
    const n = toNumber(cells[i], label);
    if (typeof n !== "number") return n as Refusal;
    numbers.push(n);
  }
  return numbers;
}

/**
 * A list of texts from a row or column of cells, or from one text of comma-separated items
 * ("name, symbol"); blank cells and empty items are skipped.
 */
export function toTexts(value: unknown, label: ArgumentLabel): Coerced<string[]> {
  if (isBlank(value)) return BLANK;
  const cells = vector(value, label);
  if (isRefusal(cells)) return cells;
  const texts: string[] = [];
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    const text = toText(cell, label);
    if (typeof text !== "string") return text as Refusal;
    for (const item of text.split(",")) if (item.trim() !== "") texts.push(item.trim());
  }
  return texts.length === 0 ? BLANK : texts;
}

/** One cell of a table argument: blank cells are null. */
export type TableCell = string | number | boolean | null;

/**
 * A range of rows (the analyst's own projects): each cell as it is, blanks as null; a cell holding an
 * error passes that error on, so a broken input never becomes a row.
 */
export function toTable(value: unknown): Coerced<TableCell[][]> {
  if (isBlank(value)) return BLANK;
  const rows = Array.isArray(value) ? value : [[value]];
  const table: TableCell[][] = [];
  for (const row of rows) {
    const cells: TableCell[] = [];
    for (const cell of Array.isArray(row) ? row : [row]) {
      if (isBlank(cell)) cells.push(null);
      else if (isRefusal(cell)) return cell;
      else if (isErrorValue(cell)) return passed(cell);
      else if (typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean")
        cells.push(cell);
      else cells.push(String(cell));
    }
    table.push(cells);
  }
  return table.every((row) => row.every((cell) => cell === null)) ? BLANK : table;
}
