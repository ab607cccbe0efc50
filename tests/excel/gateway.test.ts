/**
 * @jest-environment jsdom
 */
// jsdom gives the pin codec the DOMParser and XMLSerializer Excel's webview has.
import dataset from "../../src/data/dataset.json";
import { datasetFingerprint } from "../../src/data/fingerprint";
import { isGatewayFailure } from "../../src/excel/failures";
import { callsRe } from "../../src/excel/re-cells";
import { createExcelGateway } from "../../src/excel/gateway";
import { PIN_NAMESPACE } from "../../src/excel/pin-xml";
import type { DatasetPin, SheetTable } from "../../src/excel/workbook-gateway";
import { contains, leftovers, parseA1, uniqueSheetName } from "../../src/templates/a1";
import { errorText, gatewayMessages } from "../../src/taskpane/messages";
import { gapScorecardTemplate } from "../../src/templates/gap-scorecard";
import { CELL_STYLES } from "../../src/templates/styles";
import { independenceModelTemplate } from "../../src/templates/independence-model";
import {
  FakeSheet,
  FakeWorkbook,
  installExcelMock,
  uninstallExcelMock,
  type ExcelMock,
} from "./mock-workbook";

/** The most round trips one user action may cost. */
const MAX_SYNCS = 3;

function tableOf(rows: number, name = "RE_test", sheet = "RE Test"): SheetTable {
  return {
    name,
    sheet,
    headers: ["id", "value", "asOf", "estimated", "Source"],
    rows: Array.from({ length: rows }, (_, i) => [
      `row-${i + 1}`,
      i % 7 === 0 ? null : (i + 1) * 10,
      "2025-05",
      i % 2 === 0,
      "U.S. Geological Survey, Mineral Commodity Summaries 2025 https://doi.org/10.5066/P13XCP3R",
    ]),
  };
}

/** The typed failure an action rejected with, and the sentence the pane shows for it. */
async function failureOf(
  action: Promise<unknown>
): Promise<{ code: string; params: unknown; text: string }> {
  try {
    await action;
  } catch (error) {
    if (!isGatewayFailure(error)) throw error;
    return { ...error.failure, text: errorText(error) };
  }
  throw new Error("the action did not fail");
}

let mock: ExcelMock;
let wb: FakeWorkbook;

beforeEach(() => {
  wb = new FakeWorkbook();
  mock = installExcelMock(wb);
});

afterEach(() => uninstallExcelMock());

describe("writeTable", () => {
  test.each([5, 5000])(
    "creates an Excel table of %i rows with its Source column in 2 round trips",
    async (rows) => {
      const gateway = createExcelGateway();
      const result = await gateway.writeTable(tableOf(rows));
      expect(mock.lastSyncs()).toBe(2);
      expect(result).toEqual({ address: `'RE Test'!A1:E${rows + 1}`, updated: false });
      expect(wb.tables).toHaveLength(1);
      const table = wb.table("RE_test")!;
      expect(table).toMatchObject({
        sheet: "RE Test",
        rect: { row: 0, col: 0, rows: rows + 1, cols: 5 },
        style: "TableStyleMedium2",
      });
      const sheet = wb.sheet("RE Test")!;
      expect(sheet.at("E1").value).toBe("Source");
      expect(sheet.at(`E${rows + 1}`).value).toMatch(/^U\.S\. Geological Survey/);
      expect(sheet.at("B3").value).toBe(20);
      // A null is written as an empty cell, not skipped (Excel ignores nulls in a values array).
      expect(sheet.at("B2").value).toBe("");
      // Text stays text: "2025-05" must not become a date.
      expect(sheet.at("C2")).toMatchObject({ value: "2025-05", numberFormat: "@" });
      expect(sheet.at("B3").numberFormat).toBe("General");
      expect(sheet.frozenRows).toBe(1);
      expect(sheet.columnWidths.get("E")).toBe(360);
    }
  );

  test.each([5, 5000])(
    "updates a table of %i rows in place, growing and shrinking, in 3 round trips",
    async (rows) => {
      const gateway = createExcelGateway();
      await gateway.writeTable(tableOf(3));
      const grown = await gateway.writeTable(tableOf(rows));
      expect(mock.lastSyncs()).toBe(3);
      expect(grown).toEqual({ address: `'RE Test'!A1:E${rows + 1}`, updated: true });
      expect(wb.tables).toHaveLength(1);
      expect(wb.table("RE_test")!.rect.rows).toBe(rows + 1);

      const shrunk = await gateway.writeTable(tableOf(2));
      expect(mock.lastSyncs()).toBe(3);
      expect(shrunk).toEqual({ address: "'RE Test'!A1:E3", updated: true });
      const sheet = wb.sheet("RE Test")!;
      expect(sheet.at("E1").value).toBe("Source");
      // What the old, larger table left behind is cleared, not left as stale numbers.
      expect(sheet.at("A4").value).toBe("");
      expect(sheet.used({ row: 0, col: 0, rows: 10_000, cols: 20 })).toEqual({
        row: 0,
        col: 0,
        rows: 3,
        cols: 5,
      });
      expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", "RE Test"]);
    }
  );

  test("gains and loses columns with the dataset; a column it does not write is refused, never dropped", async () => {
    const gateway = createExcelGateway();
    await gateway.writeTable(tableOf(3));
    const wider = tableOf(3);
    const withUnit = {
      ...wider,
      headers: ["id", "value", "unit", "asOf", "estimated", "Source"],
      rows: wider.rows.map((r) => [r[0], r[1], "t", r[2], r[3], r[4]]),
    };
    await expect(gateway.writeTable(withUnit)).resolves.toEqual({
      address: "'RE Test'!A1:F4",
      updated: true,
    });
    expect(wb.sheet("RE Test")!.at("C2").value).toBe("t");
    // The analyst renames the last column into a calculated column of their own.
    wb.sheet("RE Test")!.update(0, 5, { value: "My share" });
    expect(await failureOf(gateway.writeTable(tableOf(3)))).toEqual({
      code: "table-has-own-columns",
      params: { table: "RE_test", columns: ["unit", "My share"] },
      text: gatewayMessages.tableHasOwnColumns("RE_test", ["unit", "My share"]),
    });
    expect(wb.sheet("RE Test")!.at("F1").value).toBe("My share");
    expect(wb.table("RE_test")!.rect.cols).toBe(6);
  });

  test("finds the table wherever the analyst moved it", async () => {
    const gateway = createExcelGateway();
    await gateway.writeTable(tableOf(3));
    wb.sheets[1].name = "My data";
    wb.table("RE_test")!.sheet = "My data";
    const again = await gateway.writeTable(tableOf(4));
    expect(again).toEqual({ address: "'My data'!A1:E5", updated: true });
    expect(wb.sheet("RE Test")).toBeUndefined();
  });

  test("refuses to grow over the analyst's cells and writes nothing", async () => {
    const gateway = createExcelGateway();
    await gateway.writeTable(tableOf(3));
    wb.sheet("RE Test")!.update(6, 1, { value: "my note" });
    expect(await failureOf(gateway.writeTable(tableOf(10)))).toEqual({
      code: "table-blocked",
      params: { table: "RE_test", address: "A1:E11" },
      text: gatewayMessages.tableBlocked("RE_test", "A1:E11"),
    });
    expect(wb.table("RE_test")!.rect.rows).toBe(4);
    expect(wb.sheet("RE Test")!.at("B7").value).toBe("my note");
  });

  test("puts a new table on a sibling sheet when a sheet of that name holds other data", async () => {
    const sheet = new FakeSheet("RE Test");
    sheet.update(1, 1, { value: "analyst's work" });
    wb.sheets.push(sheet);
    const result = await createExcelGateway().writeTable(tableOf(3));
    expect(mock.lastSyncs()).toBe(3);
    expect(result.address).toBe("'RE Test (2)'!A1:E4");
    expect(sheet.at("B2").value).toBe("analyst's work");
  });

  test("uses an existing empty sheet of that name", async () => {
    wb.sheets.push(new FakeSheet("RE Test"));
    const result = await createExcelGateway().writeTable(tableOf(3));
    expect(mock.lastSyncs()).toBe(3);
    expect(result.address).toBe("'RE Test'!A1:E4");
  });

  test("an empty dataset table still makes a valid Excel table (one empty row)", async () => {
    const result = await createExcelGateway().writeTable({ ...tableOf(0) });
    expect(result.address).toBe("'RE Test'!A1:E2");
  });

  test("resizing needs ExcelApi 1.13 and says so", async () => {
    const gateway = createExcelGateway();
    await gateway.writeTable(tableOf(3));
    mock.missingSets.add("ExcelApi 1.13");
    expect(await failureOf(gateway.writeTable(tableOf(4)))).toEqual({
      code: "needs-api",
      params: { set: "ExcelApi", version: "1.13" },
      text: gatewayMessages.needsApi("ExcelApi", "1.13"),
    });
    // The same size needs no resize.
    await expect(gateway.writeTable(tableOf(3))).resolves.toMatchObject({ updated: true });
  });

  test("text that looks like a formula stays text", async () => {
    await createExcelGateway().writeTable({
      name: "RE_x",
      sheet: "X",
      headers: ["note", "Source"],
      rows: [['=HYPERLINK("http://x")', "s"]],
    });
    expect(wb.sheet("X")!.at("A2")).toMatchObject({
      value: '=HYPERLINK("http://x")',
      formula: null,
      numberFormat: "@",
    });
  });
});

describe("table marks and stale tables", () => {
  const older = {
    datasetId: "re-independence-reference",
    version: "1.0.0",
    hash: "0123456789abcdef",
  };
  const newer = { ...older, version: "1.1.0", hash: "fedcba9876543210" };
  const marked = (rows: number, name: string, mark = older): SheetTable => ({
    ...tableOf(rows, name, name.replace("RE_", "RE ")),
    mark,
  });

  test("a table is marked with its dataset in the same round trips; marks of existing tables read in 1", async () => {
    const gateway = createExcelGateway();
    await gateway.writeTable(marked(3, "RE_capacity"));
    expect(mock.lastSyncs()).toBe(2);
    await gateway.writeTable(tableOf(3, "RE_unmarked", "Other"));
    await expect(gateway.readTableMarks!()).resolves.toEqual([{ table: "RE_capacity", ...older }]);
    expect(mock.lastSyncs()).toBe(1);
    // A table the analyst deleted has no stale copy to report.
    wb.tables = wb.tables.filter((t) => t.name !== "RE_capacity");
    await expect(gateway.readTableMarks!()).resolves.toEqual([]);
  });

  test("a mark edited by hand is no mark; without ExcelApi 1.7 tables are written unmarked", async () => {
    const gateway = createExcelGateway();
    await gateway.writeTable(marked(3, "RE_capacity"));
    wb.customProperties.set("rare-earth-independence table RE_capacity", '{"version":');
    await expect(gateway.readTableMarks!()).resolves.toEqual([]);
    wb.customProperties.clear();
    mock.missingSets.add("ExcelApi 1.7");
    await gateway.writeTable(marked(3, "RE_gaps"));
    expect(wb.customProperties.size).toBe(0);
  });

  test.each([2, 16])(
    "%i stale tables are updated in place in ONE batch of 3 round trips, marks and all",
    async (count) => {
      const gateway = createExcelGateway();
      const names = Array.from({ length: count }, (_, i) => `RE_t${i}`);
      for (const name of names) await gateway.writeTable(marked(3, name));
      const done = await gateway.updateTables!(names.map((name) => marked(5, name, newer)));
      expect(mock.syncsPerRun.slice(-1)).toEqual([3]);
      expect(done).toEqual(
        names.map((name) => ({
          address: `'${name.replace("RE_", "RE ")}'!A1:E6`,
          updated: true,
        }))
      );
      expect(wb.tables).toHaveLength(count);
      for (const name of names) expect(wb.table(name)!.rect.rows).toBe(6);
      await expect(gateway.readTableMarks!()).resolves.toEqual(
        names.map((table) => ({ table, ...newer }))
      );
    }
  );

  test("one refusal in the batch writes none of the tables", async () => {
    const gateway = createExcelGateway();
    await gateway.writeTable(marked(3, "RE_a"));
    await gateway.writeTable(marked(3, "RE_b"));
    wb.sheet("RE b")!.update(8, 0, { value: "my note" });
    expect(
      await failureOf(gateway.updateTables!([marked(9, "RE_a", newer), marked(9, "RE_b", newer)]))
    ).toMatchObject({ code: "table-blocked", params: { table: "RE_b", address: "A1:E10" } });
    expect(wb.table("RE_a")!.rect.rows).toBe(4);
    await expect(gateway.readTableMarks!()).resolves.toEqual([
      { table: "RE_a", ...older },
      { table: "RE_b", ...older },
    ]);
  });
});

describe("pin", () => {
  const pin: DatasetPin = {
    datasetId: dataset.meta.id,
    version: dataset.meta.version,
    hash: datasetFingerprint(dataset),
    pinnedAt: "2025-06-01T12:00:00.000Z",
    datasetJson: JSON.stringify(dataset),
  };

  test("an unpinned workbook reads null in 1 round trip", async () => {
    await expect(createExcelGateway().readPin()).resolves.toBeNull();
    expect(mock.lastSyncs()).toBe(1);
  });

  test("the pin and the carried dataset (≈170 KB) round-trip through a custom XML part, 2 round trips each", async () => {
    const gateway = createExcelGateway();
    await gateway.setPin(pin);
    expect(mock.lastSyncs()).toBe(2);
    expect(wb.xmlParts).toHaveLength(1);
    expect(wb.xmlParts[0].xml.length).toBeGreaterThan(100_000);
    const read = await gateway.readPin();
    expect(mock.lastSyncs()).toBe(2);
    expect(read).toEqual(pin);
    expect(JSON.parse(read!.datasetJson!)).toEqual(dataset);
  });

  test("setting a pin replaces the old one; null removes it", async () => {
    const gateway = createExcelGateway();
    await gateway.setPin(pin);
    const lighter = { ...pin, datasetJson: undefined, version: "9.9.9" };
    await gateway.setPin(lighter);
    expect(wb.xmlParts).toHaveLength(1);
    await expect(gateway.readPin()).resolves.toEqual({
      datasetId: pin.datasetId,
      version: "9.9.9",
      hash: pin.hash,
      pinnedAt: pin.pinnedAt,
    });
    await gateway.setPin(null);
    expect(mock.lastSyncs()).toBe(2);
    expect(wb.xmlParts).toHaveLength(0);
    await expect(gateway.readPin()).resolves.toBeNull();
  });

  test("a damaged pin part is refused with the reason, not read as a pin", async () => {
    wb.xmlParts.push({
      id: "{damaged}",
      xml: `<datasetPin xmlns="${PIN_NAMESPACE}" version="1.2.3"/>`,
    });
    expect(await failureOf(createExcelGateway().readPin())).toEqual({
      code: "pin-unreadable",
      params: { problem: { kind: "bad-attribute", attribute: "datasetId" } },
      text: gatewayMessages.pinUnreadable({ kind: "bad-attribute", attribute: "datasetId" }),
    });
  });

  test("other add-ins' XML parts are left alone", async () => {
    wb.xmlParts.push({ id: "{other}", xml: '<root xmlns="urn:someone-else"><x/></root>' });
    const gateway = createExcelGateway();
    await gateway.setPin(pin);
    await gateway.setPin(null);
    expect(wb.xmlParts).toEqual([
      { id: "{other}", xml: '<root xmlns="urn:someone-else"><x/></root>' },
    ]);
  });
});

describe("recalculate: the cells that call RE functions, and nothing else", () => {
  /** Sheet1: a column of RE formulas, a native formula, RE text in a string; Model: one RE cell. */
  function workbookWithFormulas(): void {
    const sheet = wb.sheet("Sheet1")!;
    for (let r = 1; r <= 300; r++)
      sheet.update(r, 1, { formula: `=RE.SHARE("China","mining",${r})` });
    sheet.update(0, 4, { formula: "=SUM(B2:B301)" });
    sheet.update(1, 4, { formula: '="see RE.LEADTIME in the help"' });
    sheet.update(2, 4, { value: "RE.LEADTIME" });
    const model = new FakeSheet("Model");
    model.update(3, 2, { formula: '=1+re.leadtime("separation")' });
    model.update(4, 2, { formula: "=C4*2" });
    wb.sheets.push(model);
  }

  test("with ExcelApi 1.9: reads only the formula cells, calculates the RE ranges, in 3 round trips", async () => {
    workbookWithFormulas();
    await createExcelGateway().recalculate();
    expect(mock.lastSyncs()).toBe(3);
    expect(wb.calculations).toEqual(["Sheet1!B2:B301", "Model!C4"]);
  });

  test("without ExcelApi 1.9: reads each sheet's used range, same cells, 3 round trips", async () => {
    workbookWithFormulas();
    mock.missingSets.add("ExcelApi 1.9");
    await createExcelGateway().recalculate();
    expect(mock.lastSyncs()).toBe(3);
    expect(wb.calculations).toEqual(["Sheet1!B2:B301", "Model!C4"]);
  });

  test("a workbook without RE formulas is read and left alone, in 2 round trips", async () => {
    wb.sheet("Sheet1")!.update(0, 0, { formula: "=1+1" });
    await createExcelGateway().recalculate();
    expect(mock.lastSyncs()).toBe(2);
    expect(wb.calculations).toEqual([]);
  });

  test("the inserted Independence model: exactly its RE cells, whatever their number, in 3 round trips", async () => {
    const template = independenceModelTemplate();
    const gateway = createExcelGateway();
    await gateway.insertTemplate(template);
    await gateway.recalculate();
    expect(mock.lastSyncs()).toBe(3);
    const reCells = template.cells.filter((c) => callsRe(c.formula)).map((c) => parseA1(c.address));
    const calculated = wb.calculations.map((address) => parseA1(address));
    const covered = calculated.reduce((n, r) => n + r.rows * r.cols, 0);
    expect(covered).toBe(reCells.length);
    expect(calculated.length).toBeLessThan(reCells.length);
    for (const cell of reCells) expect(calculated.some((r) => contains(r, cell))).toBe(true);
  });

  test("without Range.calculate (ExcelApi 1.6) recalculate asks Excel for a full calculation in 1 round trip", async () => {
    workbookWithFormulas();
    mock.missingSets.add("ExcelApi 1.6");
    await createExcelGateway().recalculate();
    expect(mock.lastSyncs()).toBe(1);
    expect(wb.calculations).toEqual(["Full"]);
  });
});

describe("insertTemplate", () => {
  test("writes the Independence model on a new sheet in 2 round trips: formulas, styles, widths, a native chart", async () => {
    const template = independenceModelTemplate();
    const result = await createExcelGateway().insertTemplate(template);
    expect(mock.lastSyncs()).toBe(2);
    expect(result).toEqual({ sheet: "Independence model" });
    const sheet = wb.sheet("Independence model")!;
    expect(sheet.at("D25").formula).toBe(
      "=RE.CAPACITY($B$5,A25,$B$12,$B$9,$A$17:$F$22,$B$13,$B$14)"
    );
    expect(sheet.at("B5").value).toBe("allied");
    expect(sheet.columnWidths.get("A")).toBeGreaterThan(100);
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0];
    const data = parseA1(template.charts![0].dataRange);
    expect(chart).toMatchObject({
      type: "Line",
      title: template.charts![0].title,
      anchor: template.charts![0].anchor,
    });
    // Series are the stage columns; the year column is the category axis of every series.
    expect(chart.source).toEqual({
      row: data.row,
      col: data.col + 1,
      rows: data.rows,
      cols: data.cols - 1,
    });
    expect(chart.xAxis).toHaveLength(data.cols - 1);
    expect(chart.xAxis[0]).toEqual({
      row: data.row + 1,
      col: data.col,
      rows: data.rows - 1,
      cols: 1,
    });
    expect(wb.activeSheet).toBe("Independence model");
  });

  test("re-inserting clears the sheet in place in 3 round trips and keeps the analyst's inputs", async () => {
    const gateway = createExcelGateway();
    const template = gapScorecardTemplate();
    await gateway.insertTemplate(template);
    const sheet = wb.sheet("Six gaps scorecard")!;
    expect(sheet.conditionalFormats).toHaveLength(1);
    expect(sheet.conditionalFormats[0]).toMatchObject({
      type: "ColorScale",
      rect: parseA1("G5:G10"),
    });
    sheet.update(4, 5, { value: 4 }); // F5: the analyst's score
    sheet.update(30, 0, { value: "scratch" }); // A31: outside the template
    sheet.update(12, 1, { value: "", formula: "=1+1" }); // B13: an output overwritten by hand

    await gateway.insertTemplate(template);
    expect(mock.lastSyncs()).toBe(3);
    expect(wb.sheets.filter((s) => s.name === "Six gaps scorecard")).toHaveLength(1);
    expect(sheet.at("F5").value).toBe(4);
    expect(sheet.at("A31").value).toBe("");
    expect(sheet.at("B13").formula).toBe("=RE.GAPSCORE(F5:F10,E5:E10,B12)");
    expect(sheet.conditionalFormats).toHaveLength(1);
  });

  test.each([
    ["Independence model", independenceModelTemplate],
    ["Six gaps scorecard", gapScorecardTemplate],
  ])(
    "the %s prints its area one page wide with its header rows repeated, in the same round trips",
    async (name, templateOf) => {
      const template = templateOf();
      const gateway = createExcelGateway();
      await gateway.insertTemplate(template);
      expect(mock.lastSyncs()).toBe(2);
      const expected = {
        printArea: template.print!.area,
        printTitleRows: template.print!.titleRows,
        orientation: "Landscape",
        zoom: { horizontalFitToPages: 1 },
      };
      expect(wb.sheet(name)!.pageLayout).toEqual(expected);
      const breaks = (template.print!.pageBreaksBefore ?? []).map((row) => `A${row}`);
      expect(wb.sheet(name)!.pageBreaks).toEqual(breaks);
      await gateway.insertTemplate(template);
      expect(mock.lastSyncs()).toBe(3);
      expect(wb.sheet(name)!.pageLayout).toEqual(expected);
      // Re-inserted, the breaks are set again, not added twice.
      expect(wb.sheet(name)!.pageBreaks).toEqual(breaks);
    }
  );

  test("below ExcelApi 1.9 the template goes in without print set-up and without an error", async () => {
    mock.missingSets.add("ExcelApi 1.9");
    const template = independenceModelTemplate();
    expect(await createExcelGateway().insertTemplate(template)).toEqual({
      sheet: "Independence model",
    });
    expect(mock.lastSyncs()).toBe(2);
    const sheet = wb.sheet("Independence model")!;
    expect(sheet.pageLayout).toEqual({});
    // Data validation (ExcelApi 1.8) is still there.
    expect(sheet.validations.size).toBe(template.validations!.length);
    expect(sheet.at("D25").formula).toBe(
      "=RE.CAPACITY($B$5,A25,$B$12,$B$9,$A$17:$F$22,$B$13,$B$14)"
    );
  });

  test.each([
    ["Independence model", independenceModelTemplate],
    ["Six gaps scorecard", gapScorecardTemplate],
  ])("the %s's citations and wrapped meanings get their looks", async (name, templateOf) => {
    const template = templateOf();
    await createExcelGateway().insertTemplate(template);
    const sheet = wb.sheet(name)!;
    const styled = template.cells.filter((c) => c.style === "citation" || c.style === "wrap");
    expect(styled.some((c) => c.style === "citation")).toBe(true);
    for (const cell of styled) {
      const { italic, size, color, wrapText } = CELL_STYLES[cell.style!];
      const look = Object.fromEntries(
        Object.entries({ italic, size, color, wrapText }).filter(([, v]) => v !== undefined)
      );
      expect({ address: cell.address, look: sheet.looks.get(cell.address) }).toEqual({
        address: cell.address,
        look,
      });
      expect(sheet.looks.get(cell.address)?.wrapText).toBe(true);
    }
  });

  test("the model's inputs get data validation in the same round trips: lists that warn, bounds that refuse", async () => {
    const template = independenceModelTemplate();
    const gateway = createExcelGateway();
    await gateway.insertTemplate(template);
    expect(mock.lastSyncs()).toBe(2);
    const sheet = wb.sheet("Independence model")!;
    expect(sheet.validations.get("B10")).toEqual({
      ignoreBlanks: true,
      rule: { list: { inCellDropDown: true, source: "low,base,high" } },
      errorAlert: expect.objectContaining({ showAlert: true, style: "Warning" }),
    });
    expect(sheet.validations.get("B14")).toMatchObject({
      rule: { decimal: { formula1: 0, formula2: 1, operator: "Between" } },
      errorAlert: { style: "Stop" },
    });
    expect(sheet.validations.get("C18:C22")?.rule).toEqual({
      list: { inCellDropDown: true, source: "mining,separation,metal,magnet,recycling" },
    });
    // Re-inserted, each rule is cleared and set again, never stacked.
    await gateway.insertTemplate(template);
    expect(mock.lastSyncs()).toBe(3);
    expect(sheet.validations.size).toBe(template.validations!.length);
  });

  test("below ExcelApi 1.8 the inputs go in without data validation and without an error", async () => {
    mock.missingSets.add("ExcelApi 1.8");
    const template = independenceModelTemplate();
    await createExcelGateway().insertTemplate(template);
    expect(wb.sheet("Independence model")!.validations.size).toBe(0);
    expect(wb.sheet("Independence model")!.at("B10").value).toBe("base");
  });

  test("re-inserting the model replaces its chart rather than adding a second one", async () => {
    const gateway = createExcelGateway();
    await gateway.insertTemplate(independenceModelTemplate());
    await gateway.insertTemplate(independenceModelTemplate());
    expect(wb.sheet("Independence model")!.charts.filter((c) => !c.deleted)).toHaveLength(1);
  });
});

describe("insertFormula", () => {
  test("puts the formula into the empty active cell in 2 round trips", async () => {
    wb.activeCell = { sheet: "Sheet1", address: "C3" };
    const result = await createExcelGateway().insertFormula('=RE.LEADTIME("separation")');
    expect(mock.lastSyncs()).toBe(2);
    expect(result).toEqual({ address: "Sheet1!C3" });
    expect(wb.sheet("Sheet1")!.at("C3").formula).toBe('=RE.LEADTIME("separation")');
  });

  test("never overwrites a cell that holds something", async () => {
    wb.sheet("Sheet1")!.update(1, 1, { value: 42 });
    expect(await failureOf(createExcelGateway().insertFormula("=RE.GAPS()"))).toEqual({
      code: "cell-not-empty",
      params: { address: "Sheet1!B2" },
      text: gatewayMessages.cellNotEmpty("Sheet1!B2"),
    });
    expect(wb.sheet("Sheet1")!.at("B2")).toMatchObject({ value: 42, formula: null });
  });
});

test("an Excel error while a cell is being edited becomes a sentence", async () => {
  const gateway = createExcelGateway({
    run: () =>
      Promise.reject(
        Object.assign(new Error("InvalidOperationInCellEditMode"), {
          code: "InvalidOperationInCellEditMode",
        })
      ),
  });
  expect(await failureOf(gateway.recalculate())).toEqual({
    code: "cell-edit-mode",
    params: {},
    text: gatewayMessages.cellEditMode,
  });
});

test("no action costs more than three round trips, whatever the size", async () => {
  const gateway = createExcelGateway();
  const counts: Record<string, number> = {};
  const measure = async (label: string, action: () => Promise<unknown>) => {
    await action();
    counts[label] = mock.lastSyncs();
  };
  await measure("writeTable 5 rows, new", () => gateway.writeTable(tableOf(5, "RE_a", "A")));
  await measure("writeTable 5000 rows, new", () => gateway.writeTable(tableOf(5000, "RE_b", "B")));
  await measure("writeTable 5 → 5000 rows, update", () =>
    gateway.writeTable(tableOf(5000, "RE_a", "A"))
  );
  await measure("writeTable 5000 → 5 rows, update", () =>
    gateway.writeTable(tableOf(5, "RE_b", "B"))
  );
  await measure("setPin", () =>
    gateway.setPin({ datasetId: "d", version: "1.0.0", hash: "0123456789abcdef", pinnedAt: "x" })
  );
  await measure("readPin", () => gateway.readPin());
  await measure("recalculate", () => gateway.recalculate());
  await measure("insertTemplate, new sheet", () =>
    gateway.insertTemplate(independenceModelTemplate())
  );
  await measure("insertTemplate, existing sheet", () =>
    gateway.insertTemplate(independenceModelTemplate())
  );
  await measure("insertFormula", () => gateway.insertFormula("=RE.DATASET()"));
  expect(counts).toEqual({
    "writeTable 5 rows, new": 2,
    "writeTable 5000 rows, new": 2,
    "writeTable 5 → 5000 rows, update": 3,
    "writeTable 5000 → 5 rows, update": 3,
    setPin: 2,
    readPin: 2,
    recalculate: 2,
    "insertTemplate, new sheet": 2,
    "insertTemplate, existing sheet": 3,
    insertFormula: 2,
  });
  expect(Math.max(...Object.values(counts))).toBeLessThanOrEqual(MAX_SYNCS);
});

describe("rectangles and sheet names", () => {
  test("containment and leftovers of a shrinking table", () => {
    const old = { row: 0, col: 0, rows: 10, cols: 5 };
    expect(contains(old, { row: 2, col: 1, rows: 3, cols: 2 })).toBe(true);
    expect(contains(old, { row: 9, col: 0, rows: 2, cols: 1 })).toBe(false);
    expect(leftovers(old, { row: 0, col: 0, rows: 4, cols: 3 })).toEqual([
      { row: 0, col: 3, rows: 10, cols: 2 },
      { row: 4, col: 0, rows: 6, cols: 3 },
    ]);
    expect(leftovers(old, { row: 0, col: 0, rows: 12, cols: 6 })).toEqual([]);
  });

  test("sibling sheet names stay within 31 characters and unique", () => {
    expect(uniqueSheetName("RE Prices", ["RE Prices", "re prices (2)"])).toBe("RE Prices (3)");
    expect(uniqueSheetName("X".repeat(31), []).length).toBe(31);
  });
});
