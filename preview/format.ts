import { CELL_STYLES } from "../src/templates/styles";
import type { CellStyle } from "../src/templates/types";

/** How a cell's value is shown: its text and the alignment Excel gives that kind of value. */
export interface DisplayValue {
  readonly text: string;
  readonly kind: "number" | "text" | "boolean" | "error" | "empty";
  /** The error's message (Excel shows it in the error's tooltip). */
  readonly message?: string;
}

/** HyperFormula's error types as Excel shows them; CYCLE and ERROR have no Excel twin and are handled apart. */
const EXCEL_ERRORS: Readonly<Record<string, string>> = {
  DIV_BY_ZERO: "#DIV/0!",
  NA: "#N/A",
  NAME: "#NAME?",
  NUM: "#NUM!",
  REF: "#REF!",
  SPILL: "#SPILL!",
  VALUE: "#VALUE!",
};

/**
 * The text Excel shows for an error type: HyperFormula's CYCLE (a circular reference) shows 0 as Excel does,
 * an unparsable formula (ERROR) shows #NAME? (Excel refuses to enter one; the preview refuses too, so this only
 * covers formulas written by code).
 */
export function excelErrorText(type: string): string {
  if (type === "CYCLE") return "0";
  return EXCEL_ERRORS[type] ?? "#NAME?";
}

/**
 * A number in Excel's General format at the default column width: integers in full up to 11 digits,
 * other numbers rounded to fit 11 characters, very large or small ones in scientific notation ("1.23457E+11").
 * @example formatGeneral(15.7) //=> "15.7"; formatGeneral(1 / 3) //=> "0.333333333"
 */
export function formatGeneral(n: number): string {
  if (!Number.isFinite(n)) return "#NUM!";
  if (n === 0) return "0";
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa, exponent] = n.toExponential(5).split("e");
    const trimmed = mantissa.replace(/\.?0+$/, "");
    const exp = Number(exponent);
    return `${trimmed}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  if (Number.isInteger(n)) return String(n);
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - intDigits - (n < 0 ? 1 : 0));
  return String(Number(n.toFixed(Math.min(decimals, 15))));
}

const thousands = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/**
 * A number under a template style's number format (src/templates/styles.ts, the table the Excel gateway sets):
 * "0%", "0" and "#,##0"; other numbers in General.
 */
export function formatNumber(
  n: number,
  style: CellStyle | undefined,
  detailedType: string
): string {
  const code = style ? CELL_STYLES[style].numberFormat : undefined;
  if (code === "0%" || detailedType === "NUMBER_PERCENT") return `${formatFixed(n * 100, 0)}%`;
  if (code === "0") return formatFixed(n, 0);
  if (code === "#,##0") return thousands.format(n);
  if (detailedType === "NUMBER_DATE") return excelSerialToDate(n);
  return formatGeneral(n);
}

/** Rounds half away from zero, as Excel's number formats do (toFixed rounds 2.5 the binary way). */
function formatFixed(n: number, decimals: number): string {
  const factor = 10 ** decimals;
  const rounded = (Math.sign(n) * Math.round(Math.abs(n) * factor + 1e-9)) / factor;
  return rounded.toFixed(decimals);
}

/** Excel's 1900 date serial (as HyperFormula keeps dates) shown as m/d/yyyy. */
function excelSerialToDate(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000;
  const d = new Date(ms);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
}
