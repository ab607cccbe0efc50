import embedded from "../../src/data/dataset.json";
import { tableNames } from "../../src/data/schema";
import { SOURCE_COLUMN } from "../../src/data/tables";
import { sheetNameOf, sheetTableOf } from "../../src/taskpane/tables";
import { summariseDataset } from "../../src/taskpane/summary";
import { validated } from "./fixtures";

const dataset = validated(embedded);
const data = { dataset };
const citation = new Map(dataset.sources.map((s) => [s.id, s.citation]));

describe.each(tableNames.map((t) => [t]))("%s", (table) => {
  const sheet = sheetTableOf(data, table);

  test("is named for in-place updates and fits Excel's names", () => {
    expect(sheet.name).toBe(`RE_${table}`);
    expect(sheet.name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
    expect(sheet.sheet).toBe(sheetNameOf(table));
    expect(sheet.sheet.length).toBeLessThanOrEqual(31);
    expect(sheet.sheet).not.toMatch(/[[\]:*?/\\]/);
  });

  test("has one row per record, unique headers, and a Source column last", () => {
    expect(sheet.rows).toHaveLength((dataset[table] as unknown[]).length);
    expect(new Set(sheet.headers).size).toBe(sheet.headers.length);
    expect(sheet.headers[sheet.headers.length - 1]).toBe(SOURCE_COLUMN);
    for (const row of sheet.rows) {
      expect(row).toHaveLength(sheet.headers.length);
      for (const cell of row)
        expect(["string", "number", "boolean"].includes(typeof cell) || cell === null).toBe(true);
    }
  });

  test("every row carries the full citation of its sources", () => {
    const records = dataset[table] as readonly { sourceIds?: string[]; citation?: string }[];
    records.forEach((record, i) => {
      const source = sheet.rows[i][sheet.headers.length - 1] as string;
      if (table === "sources") expect(source).toContain(record.citation!);
      else if (record.sourceIds)
        for (const id of record.sourceIds) expect(source).toContain(citation.get(id)!);
      else expect(source).toContain(dataset.meta.title);
      expect(source.length).toBeGreaterThan(10);
    });
  });
});

test("nested and list fields are written as text, as RE.TABLE writes them", () => {
  const prices = sheetTableOf(data, "prices");
  const quoted = dataset.prices.findIndex((p) => p.quoted);
  // One column per field, as RE.TABLE spills it: a nested quote is one cell of "key: value" pairs.
  expect(quoted).toBeGreaterThanOrEqual(0);
  expect(prices.headers).toContain("quoted");
  expect(prices.rows[quoted][prices.headers.indexOf("quoted")]).toContain(
    `unit: ${dataset.prices[quoted].quoted!.unit}`
  );
  const capacity = sheetTableOf(data, "capacity");
  expect(capacity.rows[0][capacity.headers.indexOf("stages")]).toBe(
    dataset.capacity[0].stages.join("; ")
  );
  expect(capacity.rows[0][capacity.headers.indexOf("sourceIds")]).toBe(
    dataset.capacity[0].sourceIds.join("; ")
  );
});

test("a missing optional field is an empty cell, an unknown value stays null", () => {
  const capacity = sheetTableOf(data, "capacity");
  const noteColumn = capacity.headers.indexOf("note");
  const withoutNote = dataset.capacity.findIndex((c) => c.note === undefined);
  if (withoutNote >= 0) expect(capacity.rows[withoutNote][noteColumn]).toBeNull();
  const unknown = dataset.capacity.findIndex((c) => c.value === null);
  if (unknown >= 0) expect(capacity.rows[unknown][capacity.headers.indexOf("value")]).toBeNull();
});

test("the dataset summary counts records and confidence grades of figures", () => {
  const summary = summariseDataset(dataset);
  expect(summary.tables.map((t) => t.table)).toEqual([...tableNames]);
  expect(summary.records).toBe(
    tableNames.reduce((n, t) => n + (dataset[t] as unknown[]).length, 0)
  );
  const graded = tableNames
    .filter((t) => t !== "sources")
    .flatMap((t) => dataset[t] as { confidence?: string }[])
    .filter((r) => r.confidence);
  expect(summary.confidence.high + summary.confidence.medium + summary.confidence.low).toBe(
    graded.length
  );
  expect(summary.confidence.low).toBe(graded.filter((r) => r.confidence === "low").length);
  expect(summary.graded).toBe(graded.length);
  // What the chips leave out is counted too: the sources and the countries, which carry no figure grade.
  expect(summary.ungraded).toEqual([
    { table: "sources", records: dataset.sources.length },
    { table: "countries", records: dataset.countries.length },
  ]);
  expect(summary.graded + summary.ungraded.reduce((n, t) => n + t.records, 0)).toBe(
    summary.records
  );
});
