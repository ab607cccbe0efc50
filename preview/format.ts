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

/**
 * A number under an Excel number format code, for the codes templates and ordinary workbooks use: General, fixed
 * decimals ("0", "0.00"), thousands ("#,##0", "#,##0.0"), percent ("0%", "0.0%"), literal text in quotes or after
 * a backslash, and dates (codes with y, m, d). Only the first section (positive numbers) is read; a code outside
 * these shows the number in General.
 * @example formatNumber(3521.230656, "#,##0") //=> "3,521"; formatNumber(0.564, "0%") //=> "56%"
 */
export function formatNumber(n: number, code: string | undefined): string {
  const section = (code ?? "General").split(";")[0];
  if (section === "" || /^general$/i.test(section)) return formatGeneral(n);
  // Quoted and escaped literals stand aside as private-use characters (never digits) while the code is read.
  const literals: string[] = [];
  const bare = section
    .replace(/"([^"]*)"|\\(.)/g, (_m, quoted?: string, escaped?: string) => {
      literals.push(quoted ?? escaped ?? "");
      return String.fromCharCode(0xe000 + literals.length - 1);
    })
    .replace(/\[[^\]]*\]|_.|\*./g, "");
  const restore = (text: string) =>
    text.replace(/[\ue000-\ue0ff]/g, (ch) => literals[ch.charCodeAt(0) - 0xe000]);
  if (/[ymd]/i.test(bare)) return restore(formatDate(n, bare));
  const digits = /[0#?][0#?,]*(\.[0#?]+)?/.exec(bare);
  if (!digits) return formatGeneral(n);
  const percent = bare.includes("%");
  const value = percent ? n * 100 : n;
  const decimals = digits[1] ? digits[1].length - 1 : 0;
  const grouped = digits[0].split(".")[0].includes(",");
  const fixed = formatFixed(Math.abs(value), decimals);
  const [whole, fraction] = fixed.split(".");
  const body = `${grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole}${fraction ? `.${fraction}` : ""}`;
  const negative = value < 0 && Number(fixed) !== 0 ? "-" : "";
  return restore(
    bare.slice(0, digits.index) + negative + body + bare.slice(digits.index + digits[0].length)
  );
}

/** The format code a number shows with when its cell has none: percentages and dates keep how they were typed. */
export function impliedFormat(detailedType: string): string | undefined {
  if (detailedType === "NUMBER_PERCENT") return "0%";
  if (detailedType === "NUMBER_DATE") return "m/d/yyyy";
  return undefined;
}

/** Rounds half away from zero, as Excel's number formats do (toFixed rounds 2.5 the binary way). */
function formatFixed(n: number, decimals: number): string {
  const factor = 10 ** decimals;
  const rounded = (Math.sign(n) * Math.round(Math.abs(n) * factor + 1e-9)) / factor;
  return rounded.toFixed(decimals);
}

/** Excel's 1900 date serial (as HyperFormula keeps dates) under a date code's y, m and d tokens. */
function formatDate(serial: number, code: string): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  const parts: Record<string, string> = {
    yyyy: String(d.getUTCFullYear()),
    yy: String(d.getUTCFullYear()).slice(-2),
    mm: String(d.getUTCMonth() + 1).padStart(2, "0"),
    m: String(d.getUTCMonth() + 1),
    dd: String(d.getUTCDate()).padStart(2, "0"),
    d: String(d.getUTCDate()),
  };
  return code.replace(/yyyy|yy|mm|m|dd|d/gi, (token) => parts[token.toLowerCase()] ?? token);
}
