/**
 * The preview's .xlsx writer and reader in Node (the same modules the browser runs): number formats, the RE-name
 * mapping both ways (either case, as LibreOffice saves it), and a round trip of the example workbook whose cached
 * values all equal the values recomputed after reading it back.
 */
import fs from "fs";
import { exampleTemplates, newPreviewWorkbook, openExampleWorkbook } from "../../preview/example";
import { fromFileFormula, toFileFormula } from "../../preview/file-formula";
import { formatNumber } from "../../preview/format";
import { workbookToXlsx } from "../../preview/xlsx-export";
import { readXlsx } from "../../preview/xlsx-import";
import { EXAMPLE_PATH } from "../../scripts/build-example";
import { cellAddress, contains, parseA1, parseRange } from "../../src/templates/a1";

const containsCell = (range: string, address: string) => contains(parseA1(range), parseA1(address));

describe("formatNumber", () => {
  test.each([
    [3521.230656, "#,##0", "3,521"],
    [5023.520736, "#,##0.00", "5,023.52"],
    [0.564, "0%", "56%"],
    [0.5645, "0.0%", "56.5%"],
    [-1234.5, "#,##0", "-1,235"],
    [2025, "0", "2025"],
    [45658, "m/d/yyyy", "1/1/2025"],
    [45658, "yyyy-mm-dd", "2025-01-01"],
    [12.5, '0.0" yrs"', "12.5 yrs"],
    [1234567, "#,##0;[Red]-#,##0", "1,234,567"],
    [-0.001, "0%", "0%"],
    [1 / 3, undefined, "0.333333333"],
    [1 / 3, "General", "0.333333333"],
  ])("%p under %p shows %p", (n, code, shown) => {
    expect(formatNumber(n, code)).toBe(shown);
  });
});

describe("RE names in the file", () => {
  test("RE.* calls are stored as Excel stores add-in functions, string literals untouched", () => {
    expect(toFileFormula('=RE.SOURCE("RE.SHARE",A1)+re.leadtime("x")')).toBe(
      '_xldudf_RE_SOURCE("RE.SHARE",A1)+_xldudf_RE_LEADTIME("x")'
    );
  });

  test("read back in either case (LibreOffice lowercases them when it saves)", () => {
    expect(fromFileFormula("_xldudf_re_capacity($B$5,A15)")).toBe("=RE.CAPACITY($B$5,A15)");
    expect(fromFileFormula('=_xldudf_RE_SOURCE("_xldudf_RE_X(")')).toBe(
      '=RE.SOURCE("_xldudf_RE_X(")'
    );
  });
});

describe("an .xlsx round trip", () => {
  test("the example file read back: every cached value equals the value recomputed from its formulas", async () => {
    const { sheets, active } = await readXlsx(fs.readFileSync(EXAMPLE_PATH));
    const workbook = newPreviewWorkbook();
    workbook.load(sheets, active);
    expect(workbook.sheetNames).toEqual(["Independence model", "Six gaps scorecard"]);
    expect(active).toEqual({ sheet: "Independence model", cell: { row: 4, col: 1 } });
    const { matched, differ } = workbook.compareWithCached();
    expect(differ).toEqual([]);
    expect(matched).toBeGreaterThan(200);
    // Formats and widths come with it.
    expect(workbook.numberFormat("Independence model", { row: 24, col: 3 })).toBe("#,##0");
    expect(workbook.extrasOf("Independence model").columnWidths.A).toBe(34);
    expect(workbook.extrasOf("Independence model").print).toEqual(exampleTemplates()[0].print);
    // The model's chart is a native chart in the file, and comes back as the template's.
    expect(workbook.extrasOf("Independence model").charts).toEqual(exampleTemplates()[0].charts);
    // Every input cell the template validates carries that validation in the file.
    const read = workbook.extrasOf("Independence model").validations;
    for (const { range, ...rule } of exampleTemplates()[0].validations!) {
      const r = parseRange(range)!;
      for (let row = r.start.row; row <= r.end.row; row++)
        for (let col = r.start.col; col <= r.end.col; col++) {
          const at = cellAddress({ row, col });
          const found = read.find((v) => containsCell(v.range, at));
          expect({ at, rule: found && { ...found, range: undefined } }).toEqual({
            at,
            rule: { ...rule, range: undefined },
          });
        }
    }
  });

  test("what the writer writes, the reader reads: formulas as typed, values, formats", async () => {
    const original = openExampleWorkbook();
    original.enter("Independence model", { row: 6, col: 1 }, "6000000");
    const bytes = await workbookToXlsx(original, {
      title: "t",
      creator: "test",
      stamp: new Date(0),
    });
    const { sheets } = await readXlsx(bytes);
    const copy = newPreviewWorkbook();
    copy.load(sheets);
    for (const name of original.sheetNames) {
      expect(copy.contentsOf(name)).toEqual(original.contentsOf(name));
      expect(copy.extrasOf(name).charts).toEqual(original.extrasOf(name).charts);
    }
    expect(copy.textAt("Independence model", { row: 25, col: 1 })).toBe(
      original.textAt("Independence model", { row: 25, col: 1 })
    );
  });
});
