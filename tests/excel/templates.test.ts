/**
 * Template and formula batches (src/excel/templates.ts) through the gateway, over office-addin-mock: the sheet
 * before the batch is mock data; what the batch wrote is read back from it, round trips counted.
 */
import { parseA1 } from "../../src/templates/a1";
import { gapScorecardTemplate } from "../../src/templates/gap-scorecard";
import { independenceModelTemplate } from "../../src/templates/independence-model";
import { CELL_STYLES } from "../../src/templates/styles";
import { createExcelGateway } from "../../src/excel/gateway";
import { isGatewayFailure } from "../../src/excel/failures";
import { errorText, gatewayMessages } from "../../src/taskpane/messages";
import { MockExcel } from "./office-context";
import { templateGateway } from "./workbooks";

describe("insertTemplate", () => {
  test("writes the Independence model on a new sheet in 2 round trips: formulas, styles, widths, a native chart", async () => {
    const template = independenceModelTemplate();
    const { gateway, done, syncs } = templateGateway();
    const result = await gateway.insertTemplate(template);
    expect(syncs()).toBe(2);
    expect(result).toEqual({ sheet: "Independence model" });
    expect(done.addedSheets).toEqual(["Independence model"]);
    const at = (address: string) => done.at("Independence model", address);
    expect(at("D25").formula).toBe(
      "=RE.CAPACITY($B$5,A25,$B$12,$B$9,$A$17:$F$22,$B$13,$B$14,$B$10)"
    );
    expect(at("B5").value).toBe("allied");
    expect(done.columnWidth("Independence model", "A")).toBeGreaterThan(100);
    expect(done.charts).toHaveLength(1);
    const chart = done.charts[0];
    const data = parseA1(template.charts![0].dataRange);
    expect({ type: chart.type, title: chart.mock.title.text, anchor: chart.anchor }).toEqual({
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
    // The template's size, not one of the gateway's own: columns H and I (12 and 48 characters: 66.75 + 255.75 pt)
    // by 13 rows of 15 pt, so that it stays inside the print area (A:I).
    expect(template.charts![0].size).toEqual({ width: 322.5, height: 195 });
    expect({ width: chart.mock.width, height: chart.mock.height }).toEqual(
      template.charts![0].size
    );
    expect(chart.xAxis).toHaveLength(data.cols - 1);
    expect(chart.xAxis[0]).toEqual({
      row: data.row + 1,
      col: data.col,
      rows: data.rows - 1,
      cols: 1,
    });
    expect(done.activated.slice(-1)).toEqual(["Independence model"]);
  });

  test("re-inserting clears the sheet in place in 3 round trips and keeps the analyst's inputs", async () => {
    const template = gapScorecardTemplate();
    const first = templateGateway();
    await first.gateway.insertTemplate(template);
    expect(first.done.colorScales).toHaveLength(1);
    expect(first.done.colorScales[0]).toMatchObject({
      type: "ColorScale",
      rect: parseA1("G5:G10"),
    });

    const again = templateGateway({
      "Six gaps scorecard": {
        cells: {
          F5: 4, // the analyst's score
          A31: "scratch", // outside the template
          B13: "=1+1", // an output overwritten by hand
        },
      },
    });
    await again.gateway.insertTemplate(template);
    expect(again.syncs()).toBe(3);
    expect(again.done.addedSheets).toEqual([]);
    const at = (address: string) => again.done.at("Six gaps scorecard", address);
    expect(at("F5").value).toBe(4);
    expect(at("A31").value).toBe("");
    expect(at("B13").formula).toBe("=RE.GAPSCORE(F5:F10,E5:E10,B12)");
    // The old colour scale is cleared with the sheet; one new one is added.
    expect(again.done.formatsCleared.map((f) => f.rect.rows)).toEqual([1048576]);
    expect(again.done.colorScales).toHaveLength(1);
  });

  test.each([
    ["Independence model", independenceModelTemplate],
    ["Six gaps scorecard", gapScorecardTemplate],
  ])(
    "the %s prints its area one page wide with its header rows repeated, in the same round trips",
    async (name, templateOf) => {
      const template = templateOf();
      const expected = {
        printArea: template.print!.area,
        printTitleRows: template.print!.titleRows,
        orientation: "Landscape",
        zoom: { horizontalFitToPages: 1 },
      };
      const fresh = templateGateway();
      await fresh.gateway.insertTemplate(template);
      expect(fresh.syncs()).toBe(2);
      expect(fresh.done.pageLayout(name)).toEqual(expected);
      const breaks = (template.print!.pageBreaksBefore ?? []).map((row) => `A${row}`);
      expect(fresh.done.pageBreaks.get(name) ?? []).toEqual(breaks);
      const again = templateGateway({ [name]: { cells: {} } });
      await again.gateway.insertTemplate(template);
      expect(again.syncs()).toBe(3);
      expect(again.done.pageLayout(name)).toEqual(expected);
      // Re-inserted, the sheet's breaks are removed before they are set again, never added twice.
      expect(again.done.pageBreaksRemoved).toEqual([name]);
      expect(again.done.pageBreaks.get(name) ?? []).toEqual(breaks);
    }
  );

  test("below ExcelApi 1.9 the template goes in without print set-up and without an error", async () => {
    const { gateway, done, syncs } = templateGateway({}, ["ExcelApi 1.9"]);
    const template = independenceModelTemplate();
    expect(await gateway.insertTemplate(template)).toEqual({ sheet: "Independence model" });
    expect(syncs()).toBe(2);
    expect(done.pageLayout("Independence model")).toEqual({});
    expect(done.at("Independence model", "D25").formula).toBe(
      "=RE.CAPACITY($B$5,A25,$B$12,$B$9,$A$17:$F$22,$B$13,$B$14,$B$10)"
    );
    // Data validation (ExcelApi 1.8) is still there.
    expect(done.validated("Independence model")).toHaveLength(template.validations!.length);
  });

  test.each([
    ["Independence model", independenceModelTemplate],
    ["Six gaps scorecard", gapScorecardTemplate],
  ])("the %s's citations and wrapped meanings get their looks", async (name, templateOf) => {
    const template = templateOf();
    const { gateway, done } = templateGateway();
    await gateway.insertTemplate(template);
    const styled = template.cells.filter((c) => c.style === "citation" || c.style === "wrap");
    expect(styled.some((c) => c.style === "citation")).toBe(true);
    for (const cell of styled) {
      const { italic, size, color, wrapText } = CELL_STYLES[cell.style!];
      const look = Object.fromEntries(
        Object.entries({ italic, size, color, wrapText }).filter(([, v]) => v !== undefined)
      );
      expect({ address: cell.address, look: done.look(name, cell.address) }).toEqual({
        address: cell.address,
        look,
      });
      expect(done.look(name, cell.address)?.wrapText).toBe(true);
    }
  });

  test("the model's inputs get data validation in the same round trips: lists that warn, bounds that refuse", async () => {
    const template = independenceModelTemplate();
    const { gateway, done, syncs } = templateGateway();
    await gateway.insertTemplate(template);
    expect(syncs()).toBe(2);
    const sheet = "Independence model";
    // Each rule is set on a range whose old one was cleared first, as Excel requires.
    expect(done.validated(sheet).sort()).toEqual(template.validations!.map((v) => v.range).sort());
    expect(done.validation(sheet, "B10")).toEqual({
      ignoreBlanks: true,
      rule: { list: { inCellDropDown: true, source: "low,base,high" } },
      errorAlert: expect.objectContaining({ showAlert: true, style: "Warning" }),
    });
    expect(done.validation(sheet, "B14")).toMatchObject({
      rule: { decimal: { formula1: 0, formula2: 1, operator: "Between" } },
      errorAlert: { style: "Stop" },
    });
    expect(done.validation(sheet, "C18:C22")?.rule).toEqual({
      list: { inCellDropDown: true, source: "mining,separation,metal,magnet,recycling" },
    });
  });

  test("below ExcelApi 1.8 the inputs go in without data validation and without an error", async () => {
    const { gateway, done } = templateGateway({}, ["ExcelApi 1.8", "ExcelApi 1.9"]);
    await gateway.insertTemplate(independenceModelTemplate());
    expect(done.validated("Independence model")).toEqual([]);
    expect(done.at("Independence model", "B10").value).toBe("base");
  });

  test("re-inserting the model replaces its chart rather than adding a second one", async () => {
    const { gateway, done } = templateGateway({
      "Independence model": { cells: {}, charts: ["Demand and capacity"] },
    });
    await gateway.insertTemplate(independenceModelTemplate());
    expect(done.deletedCharts).toEqual(["Demand and capacity"]);
    expect(done.charts).toHaveLength(1);
  });
});

describe("insertFormula", () => {
  /** A gateway over a workbook whose active cell is `address` holding `formula`, as plain mock data. */
  function activeCellGateway(address: string, formula: string | number) {
    const excel = new MockExcel();
    const context = excel.context({
      activeCell: { address, formulas: [[formula]] },
      getActiveCell(this: { activeCell: unknown }) {
        return this.activeCell;
      },
    });
    const gateway = createExcelGateway({
      run: (batch) => batch(context as unknown as Excel.RequestContext),
    });
    return { gateway, cell: context.workbook.activeCell, syncs: () => excel.syncs };
  }

  test("puts the formula into the empty active cell in 2 round trips", async () => {
    const { gateway, cell, syncs } = activeCellGateway("Sheet1!C3", "");
    const result = await gateway.insertFormula('=RE.LEADTIME("separation")');
    expect(syncs()).toBe(2);
    expect(result).toEqual({ address: "Sheet1!C3" });
    expect(cell.formulas).toEqual([['=RE.LEADTIME("separation")']]);
  });

  test("never overwrites a cell that holds something", async () => {
    const { gateway, cell, syncs } = activeCellGateway("Sheet1!B2", 42);
    let failure: unknown;
    await gateway.insertFormula("=RE.GAPS()").catch((error: unknown) => (failure = error));
    expect(isGatewayFailure(failure) && failure.failure).toEqual({
      code: "cell-not-empty",
      params: { address: "Sheet1!B2" },
    });
    expect(errorText(failure)).toBe(gatewayMessages.cellNotEmpty("Sheet1!B2"));
    expect(syncs()).toBe(1);
    expect(cell.formulas).toEqual([[42]]);
  });
});
