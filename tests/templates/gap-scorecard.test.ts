/**
 * The Six gaps scorecard read as an analyst reads it, evaluated in HyperFormula with the RE.* plugin: each number
 * says what scale it is on, and the one citation beside the six gaps says it is theirs, so the rows under it do
 * not read as gaps without a source.
 */
import { newPreviewWorkbook } from "../../preview/example";
import { parseCell } from "../../src/templates/a1";
import { gapScorecardTemplate, GAP_SCORECARD_SHEET } from "../../src/templates/gap-scorecard";

const workbook = newPreviewWorkbook();
workbook.insertTemplate(gapScorecardTemplate());
const textAt = (address: string) => workbook.textAt(GAP_SCORECARD_SHEET, parseCell(address)!);

test("the gap score says its scale beside it: 0 every gap closed, 100 every gap wide open", () => {
  // All six scores start at 0 (wide open): the score is the top of its scale.
  expect(textAt("B13")).toBe("100");
  expect(textAt("C13")).toBe("0 = every gap closed, 100 = every gap wide open");
});

test("the gaps' one citation says it covers all six", () => {
  expect(textAt("D5")).toMatch(/^1 record, as of \d{4}/);
  expect(textAt("D6")).toBe("(the source of all six gaps)");
  for (const row of [7, 8, 9, 10]) expect(textAt(`D${row}`)).toBe("");
});
