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

test("the scorecard: RE.GAPS spill, six input scores, RE.GAPSCORE over them, a colour scale", () => {
  const sheet = gapScorecardTemplate({ scores: [1, 2, 3, 4, 5, 0] });
  expect(sheet.cells.find((c) => c.address === "A4")?.formula).toBe("=RE.GAPS()");
  expect(sheet.cells.filter((c) => /^F([5-9]|10)$/.test(c.address)).map((c) => c.value)).toEqual([
    1, 2, 3, 4, 5, 0,
  ]);
  expect(sheet.cells.find((c) => c.address === "B13")?.formula).toBe(
    "=RE.GAPSCORE(F5:F10,E5:E10,B12)"
  );
  expect(sheet.conditionalFormats).toEqual([{ range: "G5:G10", type: "threeColorScale" }]);
  // The spill (A4:D10) has room: nothing else is written into it.
  const spill = parseA1("A4:D10");
  const inSpill = sheet.cells.filter((c) => {
    const r = parseA1(c.address);
    return r.row >= spill.row && r.row < spill.row + spill.rows && r.col < spill.col + spill.cols;
  });
  expect(inSpill.map((c) => c.address)).toEqual(["A4"]);
});
