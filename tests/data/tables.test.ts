/**
 * The table registry (src/data/tables.ts) against the schema: RE.TABLE, the pane's Insert, the dataset diff
 * and the docs read their tables and columns from it, so it must name every table and field in schema order.
 */
import jsonSchema from "../../src/data/dataset.schema.json";
import { datasetShape } from "../../src/data/schema";
import { TABLES, tableEntry, tableNames } from "../../src/data/tables";

type TableSchema = { items: { properties: Record<string, unknown> } };
const properties = jsonSchema.properties as unknown as Record<string, TableSchema | undefined>;

test("the registry holds every table of the schema, in the schema's order", () => {
  const schemaTables = Object.keys(datasetShape.shape).filter(
    (k) => k !== "$schema" && k !== "meta"
  );
  expect([...tableNames]).toEqual(schemaTables);
});

test.each(TABLES.map((t) => [t.name, t] as const))(
  "%s: its columns are the schema's fields in order, its key among them",
  (name, entry) => {
    expect(entry.columns).toEqual(Object.keys(properties[name]!.items.properties));
    for (const field of entry.key) expect(entry.columns).toContain(field);
    expect(entry.cited).toBe(entry.columns.includes("sourceIds"));
    expect(tableEntry(name)).toBe(entry);
  }
);

test("names and aliases name one table each; titles are unique", () => {
  const names = TABLES.flatMap((t) => [t.name, ...t.aliases].map((n) => n.toLowerCase()));
  expect(new Set(names).size).toBe(names.length);
  expect(new Set(TABLES.map((t) => t.title)).size).toBe(TABLES.length);
});
