import { markOf, staleTables } from "../../src/taskpane/table-marks";
import { datasetVariants, snapshotFor } from "./fixtures";

const v = datasetVariants();
const good = snapshotFor(v.good, { kind: "embedded" });
const newer = snapshotFor(v.newer, { kind: "url", url: "https://mirror.example/d.json" });

test("a table is marked with the active dataset's id, version and fingerprint", () => {
  expect(markOf(newer)).toEqual({
    datasetId: v.newer.meta.id,
    version: v.newer.meta.version,
    hash: newer.hash,
  });
});

test("tables from another version, other content or another dataset are stale; current and foreign ones are not", () => {
  const marks = [
    { table: "RE_gaps", ...markOf(good) },
    { table: "re_capacity", ...markOf(good) },
    { table: "RE_prices", ...markOf(newer) },
    { table: "RE_stages", ...markOf(newer), hash: "0000000000000000" },
    { table: "RE_leadTimes", ...markOf(newer), datasetId: "someone-else" },
    { table: "MyTable", ...markOf(good) },
  ];
  expect(staleTables(marks, newer)).toEqual([
    { table: "stages", name: "RE_stages", version: v.newer.meta.version },
    { table: "leadTimes", name: "RE_leadTimes", version: v.newer.meta.version },
    { table: "gaps", name: "RE_gaps", version: v.good.meta.version },
    { table: "capacity", name: "RE_capacity", version: v.good.meta.version },
  ]);
  expect(staleTables(marks.slice(2, 3), newer)).toEqual([]);
});
