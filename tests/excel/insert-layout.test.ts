/**
 * @jest-environment jsdom
 */
// One layout for every dataset table: what the task pane's Insert writes into Excel (the Insert panel driven in
// jsdom, the Excel gateway over Microsoft's office-addin-mock) is, cell for cell, what =RE.TABLE(name) spills.
import { TABLES, tableNames } from "../../src/data/tables";
import { createExcelGateway } from "../../src/excel/gateway";
import { createInsertPanel } from "../../src/taskpane/panels/insert";
import { parseA1, qualifiedAddress } from "../../src/templates/a1";
import { table } from "../_support/excel-functions";
import { MockExcel, collection, nullable, type Mock } from "./office-context";

type Grid = unknown[][];

/** A workbook with one empty sheet, as Excel answers the Insert batch; the sheets it adds, cell by cell. */
function emptyWorkbook(excel: MockExcel, sheets: Map<string, Grid>) {
  const sheet = (name: string) => {
    const grid: Grid = [];
    sheets.set(name, grid);
    const range = (address: string): Mock => {
      const rect = parseA1(address);
      const written = excel.make({ format: { autofitColumns: () => undefined } });
      // What the batch wrote lands in the sheet's grid when Excel runs it, at the next sync.
      const place = () => {
        const values = written.values as Grid | undefined;
        values?.forEach((row, r) => {
          grid[rect.row + r] ??= [];
          row.forEach((value, c) => (grid[rect.row + r][rect.col + c] = value));
        });
      };
      pending.push(place);
      return written;
    };
    return excel.make({
      name,
      getRange: range,
      tables: {
        add: (address: string) =>
          excel.make({
            name: "",
            style: "",
            getRange: () => excel.make({ address: qualifiedAddress(name, address) }),
          }),
      },
      freezePanes: { freezeRows: () => undefined },
      activate: () => undefined,
    });
  };
  const pending: (() => void)[] = [];
  const context = excel.context({
    tables: collection([], { getItemOrNullObject: () => missing }),
    worksheets: collection([{ name: "Sheet1" }], { add: sheet }),
    properties: { custom: collection([], { add: () => undefined }) },
  });
  const missing = excel.make(nullable(true, { name: "" }));
  const ownSync = context.sync;
  context.sync = async () => {
    await ownSync();
    pending.splice(0).forEach((place) => place());
  };
  return context;
}

test("Insert writes every table exactly as =RE.TABLE spills it: same columns, order, headers and cells", async () => {
  const excel = new MockExcel();
  const sheets = new Map<string, Grid>();
  const syncsPerRun: number[] = [];
  const gateway = createExcelGateway({
    run: async (batch) => {
      const before = excel.syncs;
      const result = await batch(emptyWorkbook(excel, sheets) as unknown as Excel.RequestContext);
      syncsPerRun.push(excel.syncs - before);
      return result;
    },
    isSetSupported: () => true,
  });
  const panel = createInsertPanel({ known: gateway, current: async () => gateway });
  document.body.append(panel.element);
  for (const box of panel.element.querySelectorAll<HTMLInputElement>('input[name="tables"]'))
    box.checked = true;
  panel.element.querySelector<HTMLButtonElement>('[data-testid="insert-table"]')!.click();
  const status = panel.element.querySelector('[data-testid="insert-status"]')!;
  for (let i = 0; i < 200 && !/RE_indicators/.test(status.textContent ?? ""); i++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  expect(status.textContent).toMatch(/RE_indicators/);

  // One batch of two round trips per table, each on a sheet of its own.
  expect(syncsPerRun.slice(0, TABLES.length)).toEqual(TABLES.map(() => 2));
  expect(sheets.size).toBe(TABLES.length);
  const bySheet = [...sheets.values()];
  tableNames.forEach((name, i) => {
    const spilled = table(name) as Grid;
    expect({ name, cells: bySheet[i] }).toEqual({ name, cells: spilled });
  });
});
