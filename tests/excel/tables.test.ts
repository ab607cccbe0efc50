/**
 * The table batches (src/excel/tables.ts) through the gateway, over Microsoft's office-addin-mock: each test
 * states what the workbook holds as the mock data Excel would answer with, and reads back what the batch
 * wrote, round trips counted.
 */
import type { SheetTable } from "../../src/excel/workbook-gateway";
import { a1 } from "../../src/templates/a1";
import { gatewayMessages } from "../../src/taskpane/messages";
import { failureOf, tableGateway, type ExistingTable, type WorkbookState } from "./workbooks";

const HEADERS = ["id", "value", "asOf", "estimated", "Source"];

function tableOf(rows: number, name = "RE_test", sheet = "RE Test"): SheetTable {
  return {
    name,
    sheet,
    headers: HEADERS,
    rows: Array.from({ length: rows }, (_, i) => [
      `row-${i + 1}`,
      i % 7 === 0 ? null : (i + 1) * 10,
      "2025-05",
      i % 2 === 0,
      "U.S. Geological Survey, Mineral Commodity Summaries 2025 https://doi.org/10.5066/P13XCP3R",
    ]),
  };
}

/** A table `tableOf(rows)` already wrote. */
function existing(rows: number, extra: Partial<ExistingTable> = {}): ExistingTable {
  return {
    name: "RE_test",
    sheet: "RE Test",
    address: `A1:E${rows + 1}`,
    headers: HEADERS,
    ...extra,
  };
}

describe("writeTable", () => {
  test.each([5, 5000])(
    "creates an Excel table of %i rows with its Source column in 2 round trips",
    async (rows) => {
      const { gateway, done, syncs } = tableGateway();
      const result = await gateway.writeTable(tableOf(rows));
      expect(syncs()).toBe(2);
      expect(result).toEqual({ address: `'RE Test'!A1:E${rows + 1}`, updated: false });
      expect(done.addedTables).toHaveLength(1);
      const table = done.addedTables[0];
      expect({ sheet: table.sheet, address: table.address }).toEqual({
        sheet: "RE Test",
        address: a1({ row: 0, col: 0, rows: rows + 1, cols: 5 }),
      });
      expect(table.mock.name).toBe("RE_test");
      expect(table.mock.style).toBe("TableStyleMedium2");
      const at = (address: string) => done.at("RE Test", address);
      expect(at("E1").value).toBe("Source");
      expect(at(`E${rows + 1}`).value).toMatch(/^U\.S\. Geological Survey/);
      expect(at("B3").value).toBe(20);
      // A null is written as an empty cell, not skipped (Excel ignores nulls in a values array).
      expect(at("B2").value).toBe("");
      // Text stays text: "2025-05" must not become a date.
      expect(at("C2")).toMatchObject({ value: "2025-05", numberFormat: "@" });
      expect(at("B3").numberFormat).toBe("General");
      expect(done.frozen).toEqual([{ sheet: "RE Test", rows: 1 }]);
      expect(done.columnWidth("RE Test", "E")).toBe(360);
    }
  );

  test.each([5, 5000])(
    "updates a table of %i rows in place, growing and shrinking, in 3 round trips",
    async (rows) => {
      const grow = tableGateway({ sheets: { "RE Test": "A1:E4" }, tables: [existing(3)] });
      const grown = await grow.gateway.writeTable(tableOf(rows));
      expect(grow.syncs()).toBe(3);
      expect(grown).toEqual({ address: `'RE Test'!A1:E${rows + 1}`, updated: true });
      expect(grow.done.addedTables).toHaveLength(0);
      expect(grow.done.resized).toEqual([{ table: "RE_test", address: `A1:E${rows + 1}` }]);

      const shrink = tableGateway({
        sheets: { "RE Test": `A1:E${rows + 1}` },
        tables: [existing(rows)],
      });
      const shrunk = await shrink.gateway.writeTable(tableOf(2));
      expect(shrink.syncs()).toBe(3);
      expect(shrunk).toEqual({ address: "'RE Test'!A1:E3", updated: true });
      expect(shrink.done.at("RE Test", "E1").value).toBe("Source");
      // What the old, larger table left behind is cleared, not left as stale numbers.
      expect(shrink.done.at("RE Test", "A4").value).toBe("");
      const cleared = shrink.done.ranges.filter((r) => r.cleared).map((r) => a1(r.rect));
      expect(cleared).toEqual([`A4:E${rows + 1}`]);
      expect(shrink.done.addedSheets).toEqual([]);
    }
  );

  test("gains and loses columns with the dataset; a column it does not write is refused, never dropped", async () => {
    const wider = tableOf(3);
    const withUnit = {
      ...wider,
      headers: ["id", "value", "unit", "asOf", "estimated", "Source"],
      rows: wider.rows.map((r) => [r[0], r[1], "t", r[2], r[3], r[4]]),
    };
    const gain = tableGateway({ sheets: { "RE Test": "A1:E4" }, tables: [existing(3)] });
    await expect(gain.gateway.writeTable(withUnit)).resolves.toEqual({
      address: "'RE Test'!A1:F4",
      updated: true,
    });
    expect(gain.done.at("RE Test", "C2").value).toBe("t");
    // The analyst renames the last column into a calculated column of their own.
    const own = tableGateway({
      sheets: { "RE Test": "A1:F4" },
      tables: [
        existing(3, {
          address: "A1:F4",
          headers: ["id", "value", "unit", "asOf", "estimated", "My share"],
        }),
      ],
    });
    expect(await failureOf(own.gateway.writeTable(tableOf(3)))).toEqual({
      code: "table-has-own-columns",
      params: { table: "RE_test", columns: ["unit", "My share"] },
      text: gatewayMessages.tableHasOwnColumns("RE_test", ["unit", "My share"]),
    });
    // Refused before any write: the column and the table's width stay.
    expect(own.done.ranges.filter((r) => Array.isArray(r.mock.values) || r.cleared)).toEqual([]);
    expect(own.done.resized).toEqual([]);
  });

  test("finds the table wherever the analyst moved it", async () => {
    const { gateway, done } = tableGateway({
      sheets: { "My data": "A1:E4" },
      tables: [existing(3, { sheet: "My data" })],
    });
    const again = await gateway.writeTable(tableOf(4));
    expect(again).toEqual({ address: "'My data'!A1:E5", updated: true });
    expect(done.addedSheets).toEqual([]);
  });

  test("refuses to grow over the analyst's cells and writes nothing", async () => {
    const { gateway, done } = tableGateway({
      sheets: { "RE Test": "A1:E7" },
      tables: [existing(3, { usedWhenGrown: "A1:E7" })],
    });
    expect(await failureOf(gateway.writeTable(tableOf(10)))).toEqual({
      code: "table-blocked",
      params: { table: "RE_test", address: "A1:E11" },
      text: gatewayMessages.tableBlocked("RE_test", "A1:E11"),
    });
    expect(done.resized).toEqual([]);
    expect(done.ranges.filter((r) => Array.isArray(r.mock.values) || r.cleared)).toEqual([]);
  });

  test("puts a new table on a sibling sheet when a sheet of that name holds other data", async () => {
    const { gateway, done, syncs } = tableGateway({ sheets: { "RE Test": "B2" } });
    const result = await gateway.writeTable(tableOf(3));
    expect(syncs()).toBe(3);
    expect(result.address).toBe("'RE Test (2)'!A1:E4");
    expect(done.addedSheets).toEqual(["RE Test (2)"]);
    expect(
      done.ranges.filter((r) => r.sheet === "RE Test" && Array.isArray(r.mock.values))
    ).toEqual([]);
  });

  test("uses an existing empty sheet of that name", async () => {
    const { gateway, done, syncs } = tableGateway({ sheets: { "RE Test": null } });
    const result = await gateway.writeTable(tableOf(3));
    expect(syncs()).toBe(3);
    expect(result.address).toBe("'RE Test'!A1:E4");
    expect(done.addedSheets).toEqual([]);
  });

  test("an empty dataset table still makes a valid Excel table (one empty row)", async () => {
    const result = await tableGateway().gateway.writeTable({ ...tableOf(0) });
    expect(result.address).toBe("'RE Test'!A1:E2");
  });

  test("resizing needs ExcelApi 1.13 and says so", async () => {
    const state = { sheets: { "RE Test": "A1:E4" }, tables: [existing(3)] };
    const { gateway } = tableGateway(state, ["ExcelApi 1.13"]);
    expect(await failureOf(gateway.writeTable(tableOf(4)))).toEqual({
      code: "needs-api",
      params: { set: "ExcelApi", version: "1.13" },
      text: gatewayMessages.needsApi("ExcelApi", "1.13"),
    });
    // The same size needs no resize.
    await expect(gateway.writeTable(tableOf(3))).resolves.toMatchObject({ updated: true });
  });

  test("text that looks like a formula stays text", async () => {
    const { gateway, done } = tableGateway();
    await gateway.writeTable({
      name: "RE_x",
      sheet: "X",
      headers: ["note", "Source"],
      rows: [['=HYPERLINK("http://x")', "s"]],
    });
    // Written as a value with the text format, never as a formula.
    expect(done.at("X", "A2")).toEqual({
      value: '=HYPERLINK("http://x")',
      formula: null,
      numberFormat: "@",
    });
    expect(done.ranges.some((r) => Array.isArray(r.mock.formulas))).toBe(false);
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
  const markKey = (table: string) => `rare-earth-independence table ${table}`;
  /** The workbook after `tables` were written with their marks. */
  const writtenWith = (tables: readonly SheetTable[]): WorkbookState => ({
    sheets: Object.fromEntries(tables.map((t) => [t.sheet, `A1:E${t.rows.length + 1}`])),
    tables: tables.map((t) => ({
      name: t.name,
      sheet: t.sheet,
      address: `A1:E${t.rows.length + 1}`,
      headers: t.headers,
    })),
    properties: tables.flatMap((t) =>
      t.mark ? [{ key: markKey(t.name), value: JSON.stringify(t.mark) }] : []
    ),
  });

  test("a table is marked with its dataset in the same round trips; marks of existing tables read in 1", async () => {
    const write = tableGateway();
    await write.gateway.writeTable(marked(3, "RE_capacity"));
    expect(write.syncs()).toBe(2);
    expect(write.done.properties).toEqual([
      { key: markKey("RE_capacity"), value: JSON.stringify(older) },
    ]);
    const state = writtenWith([marked(3, "RE_capacity"), tableOf(3, "RE_unmarked", "Other")]);
    const read = tableGateway(state);
    await expect(read.gateway.readTableMarks!()).resolves.toEqual([
      { table: "RE_capacity", ...older },
    ]);
    expect(read.syncs()).toBe(1);
    // A table the analyst deleted has no stale copy to report.
    const deleted = tableGateway({ ...state, tables: [] });
    await expect(deleted.gateway.readTableMarks!()).resolves.toEqual([]);
  });

  test("a mark edited by hand is no mark; without ExcelApi 1.7 tables are written unmarked", async () => {
    const state = writtenWith([marked(3, "RE_capacity")]);
    const edited = tableGateway({
      ...state,
      properties: [{ key: markKey("RE_capacity"), value: '{"version":' }],
    });
    await expect(edited.gateway.readTableMarks!()).resolves.toEqual([]);
    const old = tableGateway({}, ["ExcelApi 1.7"]);
    await old.gateway.writeTable(marked(3, "RE_gaps"));
    expect(old.done.properties).toHaveLength(0);
  });

  test.each([2, 16])(
    "%i stale tables are updated in place in ONE batch of 3 round trips, marks and all",
    async (count) => {
      const names = Array.from({ length: count }, (_, i) => `RE_t${i}`);
      const { gateway, done, syncs } = tableGateway(
        writtenWith(names.map((name) => marked(3, name)))
      );
      const result = await gateway.updateTables!(names.map((name) => marked(5, name, newer)));
      expect(syncs()).toBe(3);
      expect(result).toEqual(
        names.map((name) => ({
          address: `'${name.replace("RE_", "RE ")}'!A1:E6`,
          updated: true,
        }))
      );
      expect(done.addedTables).toHaveLength(0);
      expect(done.resized).toEqual(names.map((table) => ({ table, address: "A1:E6" })));
      expect(done.properties).toEqual(
        names.map((table) => ({ key: markKey(table), value: JSON.stringify(newer) }))
      );
    }
  );

  test("one refusal in the batch writes none of the tables", async () => {
    const state = writtenWith([marked(3, "RE_a"), marked(3, "RE_b")]);
    const blocked = {
      ...state,
      tables: state.tables!.map((t) => (t.name === "RE_b" ? { ...t, usedWhenGrown: "A1:E9" } : t)),
    };
    const { gateway, done } = tableGateway(blocked);
    expect(
      await failureOf(gateway.updateTables!([marked(9, "RE_a", newer), marked(9, "RE_b", newer)]))
    ).toMatchObject({ code: "table-blocked", params: { table: "RE_b", address: "A1:E10" } });
    expect(done.resized).toEqual([]);
    expect(done.ranges.filter((r) => Array.isArray(r.mock.values) || r.cleared)).toEqual([]);
    expect(done.properties).toEqual([]);
  });
});
