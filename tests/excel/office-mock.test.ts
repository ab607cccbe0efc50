/**
 * The gateway's actions that Microsoft's office-addin-mock models on its own (a plain OfficeMockObject, as in
 * Microsoft's add-in template tests), round trips counted. Actions over collections (`load("items/name")`, which
 * office-addin-mock 4 cannot load) run against the workbook model in mock-workbook.ts instead.
 */
import { OfficeMockObject } from "office-addin-mock";
import { isGatewayFailure } from "../../src/excel/failures";
import { createExcelGateway } from "../../src/excel/gateway";
import { errorText, gatewayMessages } from "../../src/taskpane/messages";

interface Mocked {
  /** The request context an `Excel.run` batch gets. */
  context: OfficeMockObject & Record<string, any>;
  syncs: number;
}

/** A request context over `workbook`, counting `context.sync()`. */
function contextOf(workbook: Record<string, unknown>): Mocked {
  const mocked = {
    context: new OfficeMockObject({ workbook }, "excel" as never) as Mocked["context"],
    syncs: 0,
  };
  const ownSync = mocked.context.sync.bind(mocked.context);
  mocked.context.sync = async () => {
    mocked.syncs += 1;
    await ownSync();
  };
  return mocked;
}

function gatewayOver(mocked: Mocked, missing: readonly string[] = []) {
  return createExcelGateway({
    run: (batch) => batch(mocked.context as unknown as Excel.RequestContext),
    isSetSupported: (name, version) => !missing.includes(`${name} ${version}`),
  });
}

/** A workbook whose active cell is `address` holding `formula`. */
function activeCellWorkbook(address: string, formula: string | number): Record<string, unknown> {
  return {
    activeCell: { address, formulas: [[formula]] },
    getActiveCell(this: { activeCell: unknown }) {
      return this.activeCell;
    },
  };
}

beforeAll(() => {
  (globalThis as Record<string, unknown>).Excel = { CalculationType: { full: "Full" } };
});
afterAll(() => delete (globalThis as Record<string, unknown>).Excel);

describe("insertFormula", () => {
  test("puts the formula into the empty active cell in 2 round trips", async () => {
    const mocked = contextOf(activeCellWorkbook("Sheet1!C3", ""));
    const result = await gatewayOver(mocked).insertFormula('=RE.LEADTIME("separation")');
    expect(mocked.syncs).toBe(2);
    expect(result).toEqual({ address: "Sheet1!C3" });
    expect(mocked.context.workbook.activeCell.formulas).toEqual([['=RE.LEADTIME("separation")']]);
  });

  test("never overwrites a cell that holds something", async () => {
    const mocked = contextOf(activeCellWorkbook("Sheet1!B2", 42));
    let failure: unknown;
    await gatewayOver(mocked)
      .insertFormula("=RE.GAPS()")
      .catch((error: unknown) => (failure = error));
    expect(isGatewayFailure(failure) && failure.failure).toEqual({
      code: "cell-not-empty",
      params: { address: "Sheet1!B2" },
    });
    expect(errorText(failure)).toBe(gatewayMessages.cellNotEmpty("Sheet1!B2"));
    expect(mocked.syncs).toBe(1);
    expect(mocked.context.workbook.activeCell.formulas).toEqual([[42]]);
  });
});

test("without Range.calculate (ExcelApi 1.6), recalculate is one full calculation in 1 round trip", async () => {
  const calculations: string[] = [];
  const mocked = contextOf({
    application: { calculate: (type: string) => calculations.push(type) },
  });
  await gatewayOver(mocked, ["ExcelApi 1.6"]).recalculate();
  expect(mocked.syncs).toBe(1);
  expect(calculations).toEqual(["Full"]);
});
