/**
 * How the templates read where the add-in is not loaded (Excel without it, LibreOffice, a file viewer): labels are
 * text, and a cell that only restates what another cell answers says it needs the add-in instead of #NAME?.
 */

/** What a cell shows where the RE functions are missing. */
export const NEEDS_ADD_IN = "needs the RE add-in";

/** Written on every template sheet, as text, so that it reads the same with and without the add-in. */
export const ADD_IN_NOTE =
  "The figures come from RE.* formulas of the Rare Earth Independence add-in; without it they show #NAME? (or say they need the add-in). The file keeps the values of its last calculation.";

/**
 * @summary A formula that says it needs the add-in when the RE functions are missing, and is `expression` otherwise.
 *
 * @description
 * The test is `RE.DATASET("version")`, which never fails while the add-in is loaded, rather than the expression's
 * own error: #N/A and #VALUE! answers of the add-in pass through untouched. Used only for cells whose errors are
 * repeated, with their message, in an unwrapped cell (citations, year-by-year figures): the cell that calls the
 * RE function directly is the one Excel attaches the function's error message to, so message-bearing cells are
 * left unwrapped.
 *
 * @param expression - A formula without its "=".
 * @returns The wrapped formula, with "=".
 *
 * @example
 * withoutAddIn('RE.SOURCE("GAPS","short")')
 * //=> '=IF(ISERROR(RE.DATASET("version")),"needs the RE add-in",RE.SOURCE("GAPS","short"))'
 */
export function withoutAddIn(expression: string): string {
  return `=IF(ISERROR(RE.DATASET("version")),"${NEEDS_ADD_IN}",${expression})`;
}
