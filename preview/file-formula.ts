/**
 * Formulas as the .xlsx file stores them and as the analyst types them: the one mapping of RE.* names, used by the
 * example workbook (scripts/build-example.ts), the preview's export and its import. Excel stores an Office add-in's
 * custom functions as `_xldudf_<NAMESPACE>_<NAME>(`; LibreOffice lowercases the prefix and the name when it saves,
 * so reading accepts either case.
 */

/** Prefix Excel gives an Office add-in's custom functions in the file format. */
const UDF_PREFIX = "_xldudf_";

/** Applies `map` to the parts of a formula outside "string literals" ("" escapes a quote inside one). */
function mapOutsideStrings(formula: string, map: (code: string) => string): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts.map((part, i) => (i % 2 === 1 ? part : map(part))).join("");
}

/**
 * A formula as the xlsx file stores it: without "=", RE.* calls (any case, as Excel reads them) as
 * `_xldudf_RE_NAME(`; string literals untouched.
 * @example toFileFormula('=RE.LEADTIME("separation")') //=> '_xldudf_RE_LEADTIME("separation")'
 */
export function toFileFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return mapOutsideStrings(body, (code) =>
    code.replace(
      /(?<![A-Za-z0-9_.])RE\.([A-Za-z][A-Za-z0-9_.]*)\s*\(/gi,
      (_m, name: string) => `${UDF_PREFIX}RE_${name.toUpperCase().replace(/\./g, "_")}(`
    )
  );
}

/**
 * The formula as typed in Excel, from the file's form (either case of the prefix, as LibreOffice saves it).
 * @example fromFileFormula('_xldudf_RE_LEADTIME("separation")') //=> '=RE.LEADTIME("separation")'
 */
export function fromFileFormula(stored: string): string {
  const body = stored.startsWith("=") ? stored.slice(1) : stored;
  return `=${mapOutsideStrings(body, (code) =>
    code.replace(
      /_xldudf_RE_([A-Za-z0-9_]+)\s*\(/gi,
      (_m, name: string) => `RE.${name.toUpperCase()}(`
    )
  )}`;
}
