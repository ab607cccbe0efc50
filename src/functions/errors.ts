import { failureText } from "../core/_lib/messages/failureText";
import type { Failure, FailureKind } from "../core/_lib/outcome";
import type { CellResult, CellScalar, Evaluation, SpilledCell, SpilledCells } from "./spec";

/** The Excel errors an RE function can return of its own accord. */
export type ExcelErrorCode = "#VALUE!" | "#N/A" | "#NUM!";

/**
 * The one table from a failure to the Excel error the cell shows. Excel displays the message of
 * #VALUE! and #N/A in the cell's error flag; it ignores the message of #NUM! and shows its own generic
 * text (OfficeDev/office-js#2885), so the #NUM! message still travels (RE.SOURCE, the preview engine and
 * the tests read it) but an Excel user sees only the code.
 */
export const EXCEL_ERROR: Readonly<Record<FailureKind, ExcelErrorCode>> = {
  invalid: "#VALUE!",
  notAvailable: "#N/A",
  outOfRange: "#NUM!",
};

/**
 * An error value handed to a function as an argument: a `CustomFunctions.Error` in Excel, its look-alike
 * from the preview engine's adapter. Functions pass it on unchanged, as Excel's own functions do.
 */
export interface ErrorValue {
  readonly code: string;
  readonly message?: string;
}

/** Why a call has no value: the function's own failure in words, or an error it received and passes on. */
export type Refusal = Stated | Passed;

/** A failure as the cell shows it: the functions layer's own, or a core failure put in words (`stated`). */
export interface Stated {
  readonly ok: false;
  readonly kind: FailureKind;
  readonly message: string;
}

/** Refusing a call with a message of this layer (about what a cell handed in). */
export function refuse(kind: FailureKind, message: string): Stated {
  return { ok: false, kind, message };
}

/** A core failure in words: its text is rendered here, once per evaluation the runner keeps. */
export function stated(failure: Failure): Stated {
  return refuse(failure.kind, failureText(failure));
}

/** An incoming error being passed on. */
export interface Passed {
  readonly ok: false;
  readonly kind: "passed";
  readonly error: ErrorValue;
}

/**
 * Whether an argument is an error value. Excel hands errors over as objects with an error `code` such as
 * "#N/A"; a text that merely reads "#N/A" is a string and stays one.
 */
export function isErrorValue(value: unknown): value is ErrorValue {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { code?: unknown }).code === "string" &&
    (value as { code: string }).code.startsWith("#")
  );
}

/** Passing on an error received as an argument. */
export function passed(error: ErrorValue): Passed {
  return { ok: false, kind: "passed", error };
}

/** The code and message a refusal shows, whichever engine shows it. */
export function errorOf(refusal: Refusal): { code: string; message: string } {
  return refusal.kind === "passed"
    ? { code: refusal.error.code, message: refusal.error.message ?? "" }
    : { code: EXCEL_ERROR[refusal.kind], message: refusal.message };
}

/**
 * Error objects made so far, by code and message: one object per refusal, so an error cell costs a
 * lookup rather than a new `CustomFunctions.Error` (and its stack trace) on every recalculation.
 * Bounded like the answer cache, since messages quote what the cell handed in.
 */
const ERROR_LIMIT = 4096;
const excelErrors: Readonly<Record<FailureKind, Map<string, CustomFunctions.Error>>> = {
  invalid: new Map(),
  notAvailable: new Map(),
  outOfRange: new Map(),
};
let excelErrorCount = 0;

/** The error object of each refusal object met: the runner's cached refusals find theirs in one lookup. */
const byRefusal = new WeakMap<Stated, CustomFunctions.Error>();

/**
 * The `CustomFunctions.Error` Excel shows for a refusal. A passed-on error is returned as the very object
 * Excel handed in. The global is read only here and only when a function runs in Excel, so every other
 * module (and the preview engine's adapter) can import this file outside Excel.
 */
export function excelError(refusal: Refusal): CustomFunctions.Error {
  if (refusal.kind === "passed") return refusal.error as CustomFunctions.Error;
  const known = byRefusal.get(refusal);
  if (known) return known;
  const byMessage = excelErrors[refusal.kind];
  let error = byMessage.get(refusal.message);
  if (!error) {
    if (excelErrorCount >= ERROR_LIMIT) {
      Object.values(excelErrors).forEach((errors) => errors.clear());
      excelErrorCount = 0;
    }
    const code = EXCEL_ERROR[refusal.kind] as CustomFunctions.ErrorCode;
    error = new CustomFunctions.Error(code, refusal.message);
    byMessage.set(refusal.message, error);
    excelErrorCount += 1;
  }
  byRefusal.set(refusal, error);
  return error;
}

/**
 * Messages of the functions layer itself: about the shape and type of what a cell handed in, before the
 * core sees it. The core's messages (unknown keywords, missing data, impossible numbers in context) live
 * in src/core/_lib/messages/, one file per domain. Each names the function and the parameter so that
 * the error flag alone tells the user what to fix.
 */
export const messages = {
  missing: (fn: string, param: string) => `${fn}: ${param} is required.`,
  tooManyArguments: (fn: string, max: number, got: number) =>
    `${fn} takes at most ${max} argument${max === 1 ? "" : "s"}; it was given ${got}.`,
  notANumber: (fn: string, param: string, got: string) =>
    `${fn}: ${param} must be a number; got ${got}.`,
  notFinite: (fn: string, param: string) => `${fn}: ${param} must be a finite number.`,
  notText: (fn: string, param: string, got: string) => `${fn}: ${param} must be text; got ${got}.`,
  notADate: (fn: string, param: string, got: string) =>
    `${fn}: ${param} must be an Excel date, a year, or text YYYY, YYYY-MM or YYYY-MM-DD; got ${got}.`,
  dateOutOfRange: (fn: string, param: string, got: number, max: number) =>
    `${fn}: ${param} ${got} is not a date Excel can show (serial numbers run from 1 to ${max}).`,
  notOneCell: (fn: string, param: string, rows: number, columns: number) =>
    `${fn}: ${param} must be a single value; got a ${rows}×${columns} range.`,
  notAVector: (fn: string, param: string, rows: number, columns: number) =>
    `${fn}: ${param} must be one row or one column; got a ${rows}×${columns} range.`,
  blankInRange: (fn: string, param: string, position: number) =>
    `${fn}: ${param} has a blank cell at position ${position}; every cell needs a number.`,
  belowMinimum: (fn: string, param: string, min: number, got: number) =>
    `${fn}: ${param} must be at least ${min}; got ${got}.`,
  aboveMaximum: (fn: string, param: string, max: number, got: number) =>
    `${fn}: ${param} must be at most ${max}; got ${got}.`,
  beyondRange: (fn: string) =>
    `${fn}: this cell lies beyond the end of a shorter range among the arguments; give ranges of the same size.`,
  outsideBounds: (fn: string, param: string, min: number, max: number, got: number) =>
    `${fn}: ${param} must be between ${min} and ${max}; got ${got}.`,
  noValue: (fn: string) =>
    `${fn} produced no value: please report this with the formula that caused it.`,
  crashed: (fn: string, detail: string) =>
    `${fn} failed unexpectedly (${detail}): please report this with the formula that caused it.`,
  unknownFunction: (got: string, accepted: readonly string[]) =>
    `RE.SOURCE: "${got}" is not an RE function; use one of ${accepted.join(", ")}.`,
  notAHistoryFunction: (got: string, accepted: readonly string[]) =>
    `RE.HISTORY: "${got}" is not an RE function with a year or date; use one of ${accepted.join(", ")}.`,
} as const;

/** A scalar function's cell value in Excel: the answer, or the error object. */
export function excelScalar<T>(
  evaluation: { ok: true; value: T } | Refusal
): T | CustomFunctions.Error {
  return evaluation.ok ? evaluation.value : excelError(evaluation);
}

/**
 * A matrix's cells as Excel receives them: values, and an error object where a cell has none. Typed
 * mutable for Excel's signature; the runner's answers are frozen, and Excel only reads them.
 */
export type ExcelMatrix = (CellScalar | CustomFunctions.Error)[][];

/**
 * The Excel form of answers over a range that hold refusals, made once per answer (answers come from
 * the runner's cache, so a recalculation hands over the same matrix again).
 */
const excelCells = new WeakMap<SpilledCells, ExcelMatrix>();

function excelCellsOf(cells: SpilledCells): ExcelMatrix {
  let matrix = excelCells.get(cells);
  if (!matrix) {
    matrix = cells.map((row) =>
      row.map((cell) => (isSpilledRefusal(cell) ? excelError(cell) : cell))
    );
    excelCells.set(cells, matrix);
  }
  return matrix;
}

function isSpilledRefusal(cell: SpilledCell): cell is Refusal {
  return typeof cell === "object";
}

/**
 * A matrix result's cell value in Excel: a spilling table, or one answer per cell of a range (each
 * refusal its own error cell). A refusal of the whole call is a 1×1 matrix holding the error: the cell
 * shows the error and nothing spills; a single value is a 1×1 matrix too.
 */
export function excelMatrix(evaluation: Evaluation<CellResult | SpilledCells>): ExcelMatrix {
  if (!evaluation.ok) return [[excelError(evaluation)]];
  const value = evaluation.value;
  if (!Array.isArray(value)) return [[value as CellScalar]];
  const cells = value as SpilledCells;
  return cells.some((row) => row.some(isSpilledRefusal))
    ? excelCellsOf(cells)
    : (cells as ExcelMatrix);
}
