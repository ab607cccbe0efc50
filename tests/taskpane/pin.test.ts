import { snapshotOf } from "../../src/data/store";
import { pinMessages } from "../../src/taskpane/messages";
import { carriedDataset, comparePin, describePin, pinOf, shortHash } from "../../src/taskpane/pin";
import { datasetVariants, fingerprintOf, validated } from "./fixtures";

const v = datasetVariants();
const active = snapshotOf(validated(v.newer), {
  kind: "url",
  url: "https://mirror.example/d.json",
});
const now = new Date("2025-06-01T00:00:00Z");

test("a pin records id, version, fingerprint and time; the dataset only when carried", () => {
  expect(pinOf(active, false, now)).toEqual({
    datasetId: v.newer.meta.id,
    version: v.newer.meta.version,
    hash: active.hash,
    pinnedAt: "2025-06-01T00:00:00.000Z",
  });
  const carried = pinOf(active, true, now);
  expect(JSON.parse(carried.datasetJson!)).toEqual(v.newer);
});

test("compares the workbook's pin with the active dataset", () => {
  expect(comparePin(null, active)).toEqual({ kind: "unpinned" });
  const same = pinOf(active, false, now);
  expect(comparePin(same, active)).toEqual({ kind: "current", pin: same });
  const older = pinOf(snapshotOf(validated(v.good), { kind: "embedded" }), true, now);
  expect(comparePin(older, active)).toEqual({ kind: "other", pin: older, carried: true });
  // Same version, other content: still another dataset.
  const edited = { ...same, hash: "ffffffffffffffff" };
  expect(comparePin(edited, active)).toMatchObject({ kind: "other", carried: false });
});

test("describes the pin in one sentence", () => {
  const older = pinOf(snapshotOf(validated(v.good), { kind: "embedded" }), false, now);
  expect(describePin(comparePin(older, active), active)).toBe(
    pinMessages.other(
      v.good.meta.version,
      shortHash(older.hash),
      v.newer.meta.version,
      shortHash(active.hash)
    )
  );
  expect(describePin({ kind: "unpinned" }, active)).toBe(pinMessages.unpinned);
});

describe("the carried copy", () => {
  const pin = pinOf(snapshotOf(validated(v.good), { kind: "embedded" }), true, now);

  test("is validated and must match the pin's fingerprint", () => {
    const carried = carriedDataset(pin);
    if (!carried.ok) throw new Error(carried.message);
    expect(carried.dataset.meta.version).toBe(v.good.meta.version);
    expect(pin.hash).toBe(fingerprintOf(v.good));
  });

  test("refuses a pin without a copy", () => {
    expect(carriedDataset({ ...pin, datasetJson: undefined })).toEqual({
      ok: false,
      message: pinMessages.notCarried,
    });
  });

  test("refuses a copy that is not JSON", () => {
    expect(carriedDataset({ ...pin, datasetJson: "{" })).toEqual({
      ok: false,
      message: pinMessages.carriedUnusable(pinMessages.carriedNotJson),
    });
  });

  test("refuses a copy edited after pinning", () => {
    const edited = JSON.parse(pin.datasetJson!);
    edited.capacity[0].value = 1;
    const result = carriedDataset({ ...pin, datasetJson: JSON.stringify(edited) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(`not the ${pin.hash} the pin records`);
  });

  test("refuses a copy that fails the schema", () => {
    const broken = JSON.parse(pin.datasetJson!);
    broken.gaps.pop();
    const result = carriedDataset({ ...pin, datasetJson: JSON.stringify(broken) });
    expect(!result.ok && result.message).toMatch(
      /^The workbook's copy of its dataset cannot be used: gaps: /
    );
  });
});
