import { CATALOG } from "../../src/functions/catalog";
import { gapScorecardTemplate, GAP_SCORECARD_SHEET } from "../../src/templates/gap-scorecard";
import {
  independenceModelBlocks,
  independenceModelTemplate,
  INDEPENDENCE_MODEL_SHEET,
} from "../../src/templates/independence-model";
import type { TemplateSheet } from "../../src/templates/types";
import { parseA1 } from "../../src/templates/a1";

const known = new Set(CATALOG.map((e) => e.name));
const templates: [string, () => TemplateSheet][] = [
  [INDEPENDENCE_MODEL_SHEET, () => independenceModelTemplate()],
  [GAP_SCORECARD_SHEET, () => gapScorecardTemplate()],
];

describe.each(templates)("%s", (name, build) => {
  const sheet = build();

  test("is plain data: deterministic and JSON-serialisable", () => {
    expect(sheet.name).toBe(name);
    expect(build()).toEqual(sheet);
    expect(JSON.parse(JSON.stringify(sheet))).toEqual(sheet);
  });

  test("each cell has one valid, unique A1 address and either a value or a formula", () => {
    const addresses = sheet.cells.map((c) => c.address);
    expect(new Set(addresses).size).toBe(addresses.length);
    for (const cell of sheet.cells) {
      expect(cell.address).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
      expect((cell.value !== undefined) !== (cell.formula !== undefined)).toBe(true);
      if (cell.formula !== undefined) expect(cell.formula.startsWith("=")).toBe(true);
    }
  });

  test("formulas are balanced and call only RE functions that exist", () => {
    for (const cell of sheet.cells.filter((c) => c.formula)) {
      const f = cell.formula!;
      const outsideStrings = f.replace(/"[^"]*"/g, '""');
      let depth = 0;
      for (const ch of outsideStrings) {
        depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
      for (const [, fn] of outsideStrings.matchAll(/(RE\.[A-Z]+)\(/g)) expect(known).toContain(fn);
    }
  });

  test("there are input cells for the analyst, and every chart or format points inside the sheet", () => {
    expect(sheet.cells.filter((c) => c.style === "input").length).toBeGreaterThanOrEqual(5);
    for (const chart of sheet.charts ?? []) {
      const r = parseA1(chart.dataRange);
      expect(r.cols).toBeGreaterThanOrEqual(2);
      const header = sheet.cells.find((c) => c.address === chart.dataRange.split(":")[0]);
      expect(header?.value).toBe("Year");
    }
    for (const format of sheet.conditionalFormats ?? []) {
      const r = parseA1(format.range);
      for (let row = r.row; row < r.row + r.rows; row++)
        expect(
          sheet.cells.some(
            (c) => parseA1(c.address).row === row && parseA1(c.address).col === r.col
          )
        ).toBe(true);
    }
  });
});

test("the Independence model builds capacity against demand from the RE functions the issue names", () => {
  const sheet = independenceModelTemplate();
  const formulas = sheet.cells.map((c) => c.formula ?? "").join(" ");
  for (const fn of [
    "RE.CAPACITY",
    "RE.DEMAND",
    "RE.LEADTIME",
    "RE.ONLINEYEAR",
    "RE.INDEPENDENCEYEAR",
    "RE.DEPENDENCY",
    "RE.SOURCE",
  ])
    expect(formulas).toContain(`${fn}(`);
  const blocks = independenceModelBlocks(11);
  expect(sheet.charts).toEqual([
    expect.objectContaining({
      type: "line",
      dataRange: `A${blocks.coverage}:F${blocks.coverage + 11}`,
    }),
  ]);
  // The inputs the formulas refer to are input cells.
  for (const address of ["B5", "B6", "B7", "B8", "B9", "B10", "B11"])
    expect(sheet.cells.find((c) => c.address === address)?.style).toBe("input");
  // Year blocks never overlap, whatever the horizon.
  for (const years of [1, 5, 11, 30]) {
    const b = independenceModelBlocks(years);
    expect(b.capacity - 1).toBeGreaterThan(b.demand + years);
    expect(b.coverage - 1).toBeGreaterThan(b.capacity + years);
    const cells = independenceModelTemplate({ years }).cells.map((c) => c.address);
    expect(new Set(cells).size).toBe(cells.length);
  }
});

test("the scorecard: the six gaps as text, six input scores, RE.GAPSCORE over them, a colour scale", () => {
  const gaps = ["a", "b", "c", "d", "e", "f"].map((name, i) => ({
    name,
    meaning: `gap ${name}`,
    defaultWeight: i + 1,
  }));
  const sheet = gapScorecardTemplate({ scores: [1, 2, 3, 4, 5, 0], gaps });
  const at = (address: string) => sheet.cells.find((c) => c.address === address);
  // Issue 12: the labels are text (they read without the add-in), never RE.GAPS() output.
  expect(sheet.cells.some((c) => /RE\.GAPS\(/.test(c.formula ?? ""))).toBe(false);
  expect(["A4", "B4", "C4", "D4"].map((a) => at(a)?.value)).toEqual([
    "Gap",
    "Meaning",
    "Default weight",
    "Source",
  ]);
  expect(
    [5, 6, 7, 8, 9, 10].map((r) => [at(`A${r}`)?.value, at(`B${r}`)?.value, at(`C${r}`)?.value])
  ).toEqual(gaps.map((g) => [g.name, g.meaning, g.defaultWeight]));
  expect(at("D5")?.formula).toContain('RE.SOURCE("GAPS","short")');
  expect(sheet.cells.filter((c) => /^F([5-9]|10)$/.test(c.address)).map((c) => c.value)).toEqual([
    1, 2, 3, 4, 5, 0,
  ]);
  expect(at("B13")?.formula).toBe("=RE.GAPSCORE(F5:F10,E5:E10,B12)");
  expect(sheet.conditionalFormats).toEqual([{ range: "G5:G10", type: "threeColorScale" }]);
  expect(sheet.print).toEqual({ area: "A1:G17", titleRows: "4:4", orientation: "landscape" });
});

test("the scorecard lists the active dataset's gaps by default, in their order", () => {
  const sheet = gapScorecardTemplate();
  const names = [5, 6, 7, 8, 9, 10].map(
    (r) => sheet.cells.find((c) => c.address === `A${r}`)?.value
  );
  expect(names.every((n) => typeof n === "string" && n.length > 0)).toBe(true);
});
