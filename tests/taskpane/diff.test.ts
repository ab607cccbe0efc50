import { diffDatasets, displayValue, isEmptyDiff } from "../../src/taskpane/diff";
import { copyOfEmbedded, datasetVariants } from "./fixtures";

const v = datasetVariants();

test("identical datasets: no difference", async () => {
  const diff = await diffDatasets(v.embedded, copyOfEmbedded());
  expect(isEmptyDiff(diff)).toBe(true);
  expect(diff.totals).toEqual({ added: 0, removed: 0, changed: 0 });
});

test("records are matched by key, so reordering is not a change", async () => {
  const reordered = copyOfEmbedded();
  reordered.capacity.reverse();
  reordered.production.reverse();
  reordered.shares.reverse();
  expect(isEmptyDiff(await diffDatasets(v.embedded, reordered))).toBe(true);
});

test("added, removed and changed records with the fields that changed", async () => {
  const next = copyOfEmbedded();
  next.meta.version = "9.0.0";
  next.meta.asOf = "2026-01";
  const removed = next.programmes.pop();
  next.prices[0].value = 123.45;
  next.prices[0].note = "revised";
  next.sources.push({
    id: "NEW-SRC",
    citation: "A new source with a long enough citation",
    publisher: "Test",
    asOf: "2026",
    confidence: "low",
  });
  const diff = await diffDatasets(v.embedded, next);
  expect(diff.fromVersion).toBe(v.embedded.meta.version);
  expect(diff.toVersion).toBe("9.0.0");
  expect(diff.meta).toEqual([{ field: "asOf", before: v.embedded.meta.asOf, after: "2026-01" }]);
  expect(diff.totals).toEqual({ added: 1, removed: 1, changed: 1 });
  expect(diff.tables.map((t) => t.table)).toEqual(["sources", "programmes", "prices"]);
  expect(diff.tables[1].removed[0]).toEqual({
    key: removed.id,
    label: `${removed.id} (${removed.name})`,
  });
  const price = diff.tables[2].changed[0];
  expect(price.fields.map((f) => f.field).sort()).toEqual(["note", "value"]);
  expect(price.fields.find((f) => f.field === "value")).toEqual({
    field: "value",
    before: String(v.embedded.prices[0].value),
    after: "123.45",
  });
});

test("records sharing a key are told apart by their order", async () => {
  const before = copyOfEmbedded();
  const after = copyOfEmbedded();
  before.leadTimes.push({ ...before.leadTimes[0] });
  after.leadTimes.push({ ...after.leadTimes[0], note: "second" });
  const diff = await diffDatasets(before, after);
  expect(diff.tables).toHaveLength(1);
  expect(diff.tables[0].changed[0].key).toMatch(/ #2$/);
});

test("the newer test dataset: one value changed, one record added", async () => {
  const diff = await diffDatasets(v.embedded, v.newer);
  expect(diff.totals).toEqual({ added: 1, removed: 0, changed: 1 });
});

test("display values are short text", async () => {
  expect(displayValue(undefined)).toBe("(none)");
  expect(displayValue(null)).toBe("null");
  expect(displayValue(["a", "b"])).toBe('["a","b"]');
  expect(displayValue("x".repeat(200))).toHaveLength(80);
});
