import type { CellRef } from "../templates/a1";

/** A call of an RE function: "RE." then a name, not part of a longer name ("XRE.A" or "A.RE.B" is not one). */
const RE_CALL = /(?<![A-Za-z0-9_.])RE\.[A-Za-z]/i;

/** String literals of a formula ("" is a quote inside one), where "RE.X(" is text, not a call. */
const STRING_LITERAL = /"(?:[^"]|"")*"/g;

/**
 * @summary Whether a cell's formula calls an RE function (outside its string literals).
 *
 * @example
 * callsRe('=RE.LEADTIME("separation")+1')
 * //=> true
 * callsRe('="see RE.LEADTIME"')
 * //=> false
 */
export function callsRe(formula: unknown): boolean {
  return (
    typeof formula === "string" &&
    formula.startsWith("=") &&
    RE_CALL.test(formula.replace(STRING_LITERAL, '""'))
  );
}

/**
 * @summary The cells of a block of formulas (as Excel's `Range.formulas` gives it) that call RE functions,
 * as sheet cells.
 *
 * @param formulas - The block's formulas, row by row.
 * @param origin - The block's top-left cell on the sheet.
 *
 * @example
 * reFormulaCells([["=1", "=RE.GAPS()"]], { row: 4, col: 0 })
 * //=> [{ row: 4, col: 1 }]
 */
export function reFormulaCells(
  formulas: readonly (readonly unknown[])[],
  origin: CellRef
): CellRef[] {
  const cells: CellRef[] = [];
  formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (callsRe(formula)) cells.push({ row: origin.row + r, col: origin.col + c });
    })
  );
  return cells;
}
