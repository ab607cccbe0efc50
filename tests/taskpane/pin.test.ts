import { legacyFingerprint } from "../../src/data/fingerprint-match";
import { failureText, pinMessages } from "../../src/taskpane/messages";
import { carriedDataset, comparePin, describePin, pinOf, shortHash } from "../../src/taskpane/pin";
import { datasetVariants, fingerprintOf, snapshotFor } from "./fixtures";

const v = datasetVariants();
const active = snapshotFor(v.newer, { kind: "url", url: "https://mirror.example/d.json" });
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
  const older = pinOf(snapshotFor(v.good, { kind: "embedded" }), true, now);
  expect(comparePin(older, active)).toEqual({ kind: "other", pin: older, carried: true });
  // Same version, other content: still another dataset.
  const edited = { ...same, hash: "ffffffffffffffff" };
  expect(comparePin(edited, active)).toMatchObject({ kind: "other", carried: false });
});

test("describes the pin in one sentence", () => {
  const older = pinOf(snapshotFor(v.good, { kind: "embedded" }), false, now);
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

test("a workbook pinned under the fingerprint before SHA-256 is still recognised as current", () => {
  const legacy = { ...pinOf(active, false, now), hash: legacyFingerprint(active.dataset) };
  expect(legacy.hash).toMatch(/^[0-9a-f]{16}$/);
  expect(comparePin(legacy, active)).toEqual({ kind: "current", pin: legacy });
  expect(comparePin({ ...legacy, hash: "0123456789abcdef" }, active).kind).toBe("other");
});

describe("the carried copy", () => {
  const pin = pinOf(snapshotFor(v.good, { kind: "embedded" }), true, now);
  const carriedText = async (p: typeof pin) => {
    const result = await carriedDataset(p);
    return result.ok ? "accepted" : failureText(result.failure, "pin");
  };

  test("is validated and must match the pin's fingerprint", async () => {
    const carried = await carriedDataset(pin);
    if (!carried.ok) throw new Error(failureText(carried.failure, "pin"));
    expect(carried.dataset.meta.version).toBe(v.good.meta.version);
    expect(carried.hash).toBe(pin.hash);
    expect(pin.hash).toBe(fingerprintOf(v.good));
  });

  test("refuses a pin without a copy", async () => {
    await expect(carriedDataset({ ...pin, datasetJson: undefined })).resolves.toEqual({
      ok: false,
      failure: { kind: "pin", code: "not-carried", params: {} },
    });
    expect(await carriedText({ ...pin, datasetJson: undefined })).toBe(pinMessages.notCarried);
  });

  test("refuses a copy that is not JSON", async () => {
    expect(await carriedText({ ...pin, datasetJson: "{" })).toBe(
      pinMessages.carriedUnusable(pinMessages.carriedNotJson)
    );
  });

  test("refuses a copy edited after pinning", async () => {
    const edited = JSON.parse(pin.datasetJson!);
    edited.capacity[0].value = 1;
    expect(await carriedText({ ...pin, datasetJson: JSON.stringify(edited) })).toContain(
      `not the ${pin.hash} the pin records`
    );
  });

  test("refuses a copy that fails the schema", async () => {
    const broken = JSON.parse(pin.datasetJson!);
    broken.gaps.pop();
    expect(await carriedText({ ...pin, datasetJson: JSON.stringify(broken) })).toMatch(
      /^The workbook's copy of its dataset cannot be used: gaps: /
    );
  });

  test("refuses a copy whose dataset id or version differ from the pin's (issue 13)", async () => {
    await expect(carriedDataset({ ...pin, version: "9.9.9" })).resolves.toEqual({
      ok: false,
      failure: {
        kind: "dataset",
        code: "version-mismatch",
        params: { found: v.good.meta.version, expected: "9.9.9" },
      },
    });
    await expect(carriedDataset({ ...pin, datasetId: "someone-else" })).resolves.toMatchObject({
      ok: false,
      failure: { code: "other-dataset", params: { expected: "someone-else" } },
    });
    expect(await carriedText({ ...pin, version: "9.9.9" })).toBe(
      pinMessages.carriedUnusable(
        pinMessages.carriedMismatch("version", v.good.meta.version, "9.9.9")
      )
    );
  });

  test("has the same size cap as a download (issue 13)", async () => {
    const padded = `${pin.datasetJson!}${" ".repeat(4 * 1024 * 1024)}`;
    await expect(carriedDataset({ ...pin, datasetJson: padded })).resolves.toMatchObject({
      ok: false,
      failure: { kind: "dataset", code: "too-large" },
    });
  });

  test("refuses a pin whose envelope is damaged", async () => {
    await expect(carriedDataset({ ...pin, hash: "not a fingerprint" })).resolves.toEqual({
      ok: false,
      failure: { kind: "pin", code: "malformed", params: {} },
    });
  });
});
