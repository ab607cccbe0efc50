/**
 * Hostile datasets: random edits of the embedded one (any field replaced by any JSON value, records
 * duplicated or dropped, keys added) never make acceptDataset throw, and what it accepts the whole schema
 * accepts too.
 */
import fc from "fast-check";
import { acceptDataset } from "../../src/data/ingest";
import { unsliced } from "../../src/data/slices";
import { parseDataset } from "../../src/data/validate";
import { copyOfEmbedded, type Json } from "../taskpane/fixtures";

const base = copyOfEmbedded();
const tables = Object.keys(base).filter((k) => Array.isArray(base[k]));

const edit = fc.oneof(
  fc.record({
    kind: fc.constant("replace" as const),
    table: fc.constantFrom(...tables),
    index: fc.nat(),
    field: fc.string({ maxLength: 12 }),
    value: fc.jsonValue({ maxDepth: 3 }),
  }),
  fc.record({
    kind: fc.constant("duplicate" as const),
    table: fc.constantFrom(...tables),
    index: fc.nat(),
  }),
  fc.record({
    kind: fc.constant("drop" as const),
    table: fc.constantFrom(...tables),
    index: fc.nat(),
  }),
  fc.record({
    kind: fc.constant("meta" as const),
    field: fc.constantFrom("version", "asOf", "published", "id"),
    value: fc.oneof(fc.string({ maxLength: 30 }), fc.jsonValue({ maxDepth: 2 })),
  })
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(dataset: Json, edits: readonly Edit[]): Json {
  for (const e of edits) {
    if (e.kind === "meta") {
      dataset.meta[e.field] = e.value;
      continue;
    }
    const records = dataset[e.table] as Json[];
    if (records.length === 0) continue;
    const i = e.index % records.length;
    if (e.kind === "replace") {
      const field = Object.keys(records[i])[e.field.length % Object.keys(records[i]).length];
      records[i] = { ...records[i], [e.field.length % 2 ? field : e.field]: e.value };
    } else if (e.kind === "duplicate") records.push({ ...records[i] });
    else records.splice(i, 1);
  }
  return dataset;
}

test("random hostile edits: never a throw, and only what the whole schema accepts", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
      const dataset = apply(copyOfEmbedded(), edits);
      const result = await acceptDataset(JSON.stringify(dataset), {
        slicer: unsliced,
        now: new Date("2026-12-01T00:00:00Z"),
      });
      if (result.ok) expect(parseDataset(dataset).ok).toBe(true);
      else expect(typeof result.failure.code).toBe("string");
    }),
    { numRuns: 100, seed: 13 }
  );
}, 120_000);
