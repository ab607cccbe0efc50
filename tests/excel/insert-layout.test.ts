/**
 * @jest-environment jsdom
 */
// One layout for every dataset table: what the task pane's Insert writes into Excel (the Insert panel driven in
// jsdom, the Excel gateway over Microsoft's office-addin-mock) is, cell for cell, what =RE.TABLE(name) spills.
import { TABLES, tableNames } from "../../src/data/tables";
import { createInsertPanel } from "../../src/taskpane/panels/insert";
import { cellAddress } from "../../src/templates/a1";
import { table } from "../_support/excel-functions";
import { tableGateway } from "./workbooks";

type Grid = unknown[][];

test("Insert writes every table exactly as =RE.TABLE spills it: same columns, order, headers and cells", async () => {
  const { gateway, done, syncs } = tableGateway();
  const panel = createInsertPanel({ known: gateway, current: async () => gateway });
  document.body.append(panel.element);
  for (const box of panel.element.querySelectorAll<HTMLInputElement>('input[name="tables"]'))
    box.checked = true;
  panel.element.querySelector<HTMLButtonElement>('[data-testid="insert-table"]')!.click();
  const status = panel.element.querySelector('[data-testid="insert-status"]')!;
  for (let i = 0; i < 200 && !/RE_indicators/.test(status.textContent ?? ""); i++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  expect(status.textContent).toMatch(/RE_indicators/);

  // One batch of two round trips per table, each on a sheet of its own; then one to read the tables' marks.
  expect(syncs()).toBe(2 * TABLES.length + 1);
  expect(done.addedSheets).toHaveLength(TABLES.length);
  tableNames.forEach((name, i) => {
    const spilled = table(name) as Grid;
    const sheet = done.addedSheets[i];
    const inserted = spilled.map((row, r) =>
      row.map((_, c) => done.at(sheet, cellAddress({ row: r, col: c })).value)
    );
    expect({ name, cells: inserted }).toEqual({ name, cells: spilled });
    // Nothing beyond the spill's last column or row.
    expect(done.at(sheet, cellAddress({ row: 0, col: spilled[0].length })).value).toBeUndefined();
    expect(done.at(sheet, cellAddress({ row: spilled.length, col: 0 })).value).toBeUndefined();
  });
});
