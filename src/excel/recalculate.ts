import { a1, cellRects, parseA1 } from "../templates/a1";
import { reFormulaCells } from "./re-cells";

/**
 * More ranges than this in one batch and a full calculation is the cheaper request (a sheet of scattered RE
 * cells would otherwise send thousands of calls).
 */
const MAX_TARGETED_RANGES = 2000;

/**
 * Recalculates only the cells whose formulas call RE functions: Excel cannot see that the functions' data
 * changed, and a full calculation would re-run every formula of every open workbook (each of which has its own
 * runtime and dataset). Formulas that depend on an RE cell follow it, as Excel recalculates dependents of a
 * changed value. With ExcelApi 1.9 only the formula cells are read (`getSpecialCells`), otherwise each sheet's
 * used range; without `Range.calculate` (ExcelApi 1.6) the fallback is a full calculation.
 */
export async function recalculateReCells(
  context: Excel.RequestContext,
  supported: (name: string, version: string) => boolean
): Promise<void> {
  const application = context.workbook.application;
  if (!supported("ExcelApi", "1.6")) {
    application.calculate(Excel.CalculationType.full);
    await context.sync();
    return;
  }
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();

  // With 1.9, each sheet's formula cells as RangeAreas; without, each sheet's used range.
  const formulaCellsOnly = supported("ExcelApi", "1.9");
  const reads = sheets.items.map((sheet) =>
    formulaCellsOnly
      ? {
          sheet,
          areas: sheet.getRange().getSpecialCellsOrNullObject(Excel.SpecialCellType.formulas),
        }
      : { sheet, used: sheet.getUsedRangeOrNullObject(true) }
  );
  for (const read of reads) {
    if (read.areas) read.areas.areas.load("items/address,items/formulas");
    else read.used.load("address,formulas");
  }
  await context.sync();

  const targets = reads.map((read) => {
    const ranges = read.areas
      ? read.areas.isNullObject
        ? []
        : read.areas.areas.items
      : read.used.isNullObject
        ? []
        : [read.used];
    return {
      sheet: read.sheet,
      rects: cellRects(
        ranges.flatMap((range) => reFormulaCells(range.formulas, parseA1(range.address)))
      ),
    };
  });
  const count = targets.reduce((n, t) => n + t.rects.length, 0);
  if (count === 0) return;
  if (count > MAX_TARGETED_RANGES) application.calculate(Excel.CalculationType.full);
  else
    for (const { sheet, rects } of targets)
      for (const r of rects) sheet.getRange(a1(r)).calculate();
  await context.sync();
}
