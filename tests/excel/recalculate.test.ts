/**
 * Recalculation (src/excel/recalculate.ts) through the gateway, over office-addin-mock: the cells that call RE
 * functions, and nothing else, round trips counted.
 */
import { callsRe } from "../../src/excel/re-cells";
import { cellAddress, contains, parseA1 } from "../../src/templates/a1";
import { independenceModelTemplate } from "../../src/templates/independence-model";
import type { SheetState } from "./recorded";
import { recalcGateway } from "./workbooks";

beforeAll(() => {
  (globalThis as Record<string, unknown>).Excel = {
    CalculationType: { full: "Full" },
    SpecialCellType: { formulas: "Formulas" },
  };
});
afterAll(() => delete (globalThis as Record<string, unknown>).Excel);

/** Sheet1: a column of RE formulas, a native formula, RE text in a string; Model: one RE cell. */
function workbookWithFormulas(): Record<string, SheetState> {
  const sheet1: Record<string, string> = {};
  for (let r = 2; r <= 301; r++) sheet1[`B${r}`] = `=RE.SHARE("China","mining",${r - 1})`;
  sheet1.E1 = "=SUM(B2:B301)";
  sheet1.E2 = '="see RE.LEADTIME in the help"';
  sheet1.E3 = "RE.LEADTIME";
  return {
    Sheet1: { cells: sheet1, used: "B1:E301" },
    Model: { cells: { C4: '=1+re.leadtime("separation")', C5: "=C4*2" }, used: "C4:C5" },
  };
}

test("with ExcelApi 1.9: reads only the formula cells, calculates the RE ranges, in 3 round trips", async () => {
  const { gateway, calculations, syncs } = recalcGateway(workbookWithFormulas());
  await gateway.recalculate();
  expect(syncs()).toBe(3);
  expect(calculations()).toEqual(["Sheet1!B2:B301", "Model!C4"]);
});

test("without ExcelApi 1.9: reads each sheet's used range, same cells, 3 round trips", async () => {
  const { gateway, calculations, syncs } = recalcGateway(workbookWithFormulas(), ["ExcelApi 1.9"]);
  await gateway.recalculate();
  expect(syncs()).toBe(3);
  expect(calculations()).toEqual(["Sheet1!B2:B301", "Model!C4"]);
});

test("a workbook without RE formulas is read and left alone, in 2 round trips", async () => {
  const { gateway, calculations, syncs } = recalcGateway({
    Sheet1: { cells: { A1: "=1+1" }, used: "A1" },
  });
  await gateway.recalculate();
  expect(syncs()).toBe(2);
  expect(calculations()).toEqual([]);
});

test("the inserted Independence model: exactly its RE cells, whatever their number, in 3 round trips", async () => {
  const template = independenceModelTemplate();
  const cells = Object.fromEntries(
    template.cells.map((c) => [c.address, c.formula ?? c.value ?? ""] as const)
  );
  const { gateway, calculations, syncs } = recalcGateway({ "Independence model": { cells } });
  await gateway.recalculate();
  expect(syncs()).toBe(3);
  const reCells = template.cells.filter((c) => callsRe(c.formula)).map((c) => parseA1(c.address));
  const calculated = calculations().map((address) => parseA1(address));
  const covered = calculated.reduce((n, r) => n + r.rows * r.cols, 0);
  expect(covered).toBe(reCells.length);
  expect(calculated.length).toBeLessThan(reCells.length);
  for (const cell of reCells) expect(calculated.some((r) => contains(r, cell))).toBe(true);
  expect(reCells.every((c) => cells[cellAddress(c)] !== undefined)).toBe(true);
});

test("without Range.calculate (ExcelApi 1.6) recalculate asks Excel for a full calculation in 1 round trip", async () => {
  const { gateway, calculations, syncs } = recalcGateway(workbookWithFormulas(), ["ExcelApi 1.6"]);
  await gateway.recalculate();
  expect(syncs()).toBe(1);
  expect(calculations()).toEqual(["Full"]);
});
