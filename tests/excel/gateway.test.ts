/**
 * @jest-environment jsdom
 */
// jsdom gives the pin codec the DOMParser and XMLSerializer Excel's webview has.
/**
 * The gateway as a whole: what every action costs in round trips, and how Office errors become typed failures.
 * Each batch's own tests are beside it (tables, pin-part, recalculate, templates .test.ts).
 */
import { createExcelGateway } from "../../src/excel/gateway";
import { pinToXml } from "../../src/excel/pin-xml";
import type { DatasetPin, SheetTable } from "../../src/excel/workbook-gateway";
import { contains, leftovers, uniqueSheetName } from "../../src/templates/a1";
import { independenceModelTemplate } from "../../src/templates/independence-model";
import { gatewayMessages } from "../../src/taskpane/messages";
import { MockExcel } from "./office-context";
import {
  failureOf,
  pinGateway,
  pinPart,
  recalcGateway,
  tableGateway,
  templateGateway,
} from "./workbooks";

/** The most round trips one user action may cost. */
const MAX_SYNCS = 3;

function tableOf(rows: number, name: string, sheet: string): SheetTable {
  return {
    name,
    sheet,
    headers: ["id", "value", "Source"],
    rows: Array.from({ length: rows }, (_, i) => [`row-${i + 1}`, i * 10, "a source"]),
  };
}

beforeAll(() => {
  (globalThis as Record<string, unknown>).Excel = {
    CalculationType: { full: "Full" },
    SpecialCellType: { formulas: "Formulas" },
  };
});
afterAll(() => delete (globalThis as Record<string, unknown>).Excel);

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
  const counts: Record<string, number> = {};
  const measure = async (
    label: string,
    built: { syncs: () => number },
    action: () => Promise<unknown>
  ) => {
    await action();
    counts[label] = built.syncs();
  };
  /** A workbook holding the table `name` of `rows` rows on sheet `sheet`. */
  const holding = (rows: number, name: string, sheet: string) =>
    tableGateway({
      sheets: { [sheet]: `A1:C${rows + 1}` },
      tables: [{ name, sheet, address: `A1:C${rows + 1}`, headers: ["id", "value", "Source"] }],
    });
  const pin: DatasetPin = {
    datasetId: "d",
    version: "1.0.0",
    hash: "0123456789abcdef",
    pinnedAt: "x",
  };
  for (const [label, rows] of [
    ["writeTable 5 rows, new", 5],
    ["writeTable 5000 rows, new", 5000],
  ] as const) {
    const built = tableGateway();
    await measure(label, built, () => built.gateway.writeTable(tableOf(rows, "RE_a", "A")));
  }
  const grow = holding(5, "RE_a", "A");
  await measure("writeTable 5 → 5000 rows, update", grow, () =>
    grow.gateway.writeTable(tableOf(5000, "RE_a", "A"))
  );
  const shrink = holding(5000, "RE_b", "B");
  await measure("writeTable 5000 → 5 rows, update", shrink, () =>
    shrink.gateway.writeTable(tableOf(5, "RE_b", "B"))
  );
  const setPin = pinGateway();
  await measure("setPin", setPin, () => setPin.gateway.setPin(pin));
  const readPin = pinGateway([pinPart(pinToXml(pin))]);
  await measure("readPin", readPin, () => readPin.gateway.readPin());
  const recalc = recalcGateway({ Sheet1: {}, A: { cells: { A1: "id", B1: 10 }, used: "A1:B1" } });
  await measure("recalculate", recalc, () => recalc.gateway.recalculate());
  const fresh = templateGateway();
  await measure("insertTemplate, new sheet", fresh, () =>
    fresh.gateway.insertTemplate(independenceModelTemplate())
  );
  const again = templateGateway({ "Independence model": { cells: {} } });
  await measure("insertTemplate, existing sheet", again, () =>
    again.gateway.insertTemplate(independenceModelTemplate())
  );
  const excel = new MockExcel();
  const formula = createExcelGateway({
    run: (batch) =>
      batch(
        excel.context({
          activeCell: { address: "Sheet1!B2", formulas: [[""]] },
          getActiveCell(this: { activeCell: unknown }) {
            return this.activeCell;
          },
        }) as unknown as Excel.RequestContext
      ),
  });
  await measure("insertFormula", { syncs: () => excel.syncs }, () =>
    formula.insertFormula("=RE.DATASET()")
  );
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
