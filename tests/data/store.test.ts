import dataset from "../../src/data/dataset.json";
import { canonicalJson } from "../../src/data/canonical-json";
import { datasetFingerprint } from "../../src/data/fingerprint";
import {
  activateDataset,
  activeSnapshot,
  onDatasetChange,
  resetToEmbedded,
} from "../../src/data/store";
import { parseDataset } from "../../src/data/validate";

function validated(version: string) {
  const copy = JSON.parse(JSON.stringify(dataset));
  copy.meta.version = version;
  const parsed = parseDataset(copy);
  if (!parsed.ok) throw new Error(parsed.issues.join("\n"));
  return parsed.dataset;
}

afterEach(() => resetToEmbedded());

test("starts from the embedded dataset, frozen", () => {
  const snapshot = activeSnapshot();
  expect(snapshot.origin.kind).toBe("embedded");
  expect(snapshot.dataset.meta.version).toBe(dataset.meta.version);
  expect(Object.isFrozen(snapshot.dataset.elements[0])).toBe(true);
  expect(snapshot.hash).toMatch(/^[0-9a-f]{64}$/);
});

test("activating a dataset replaces the snapshot whole and tells listeners", () => {
  const seen: string[] = [];
  const stop = onDatasetChange((s) => seen.push(s.dataset.meta.version));
  const before = activeSnapshot();
  const first = validated("99.0.0");
  activateDataset(
    first,
    { kind: "url", url: "https://mirror.example/dataset.json" },
    datasetFingerprint(first)
  );
  stop();
  const second = validated("99.0.1");
  activateDataset(second, { kind: "cache" }, datasetFingerprint(second));
  expect(seen).toEqual(["99.0.0"]);
  expect(activeSnapshot().dataset.meta.version).toBe("99.0.1");
  expect(before.dataset.meta.version).toBe(dataset.meta.version);
  expect(activeSnapshot().hash).not.toBe(before.hash);
});

test("the fingerprint ignores key order but not content", () => {
  expect(datasetFingerprint({ a: 1, b: [1, 2] })).toBe(datasetFingerprint({ b: [1, 2], a: 1 }));
  expect(datasetFingerprint({ a: 1 })).not.toBe(datasetFingerprint({ a: 2 }));
  expect(canonicalJson({ b: 1, a: { d: null, c: "x" } })).toBe('{"a":{"c":"x","d":null},"b":1}');
});

test("the fingerprint is computed once per dataset: a pull hands it to the store (issue 14)", async () => {
  const fingerprint = await import("../../src/data/fingerprint");
  const { acceptDataset } = await import("../../src/data/ingest");
  const copy = JSON.parse(JSON.stringify(dataset));
  copy.meta.version = "99.1.0";
  const sliced = jest.spyOn(fingerprint, "fingerprintInSlices");
  const whole = jest.spyOn(fingerprint, "datasetFingerprint");
  const accepted = await acceptDataset(JSON.stringify(copy));
  if (!accepted.ok) throw new Error(accepted.failure.code);
  const snapshot = activateDataset(accepted.dataset, { kind: "url" }, accepted.hash);
  expect(snapshot.hash).toBe(accepted.hash);
  expect(activeSnapshot().hash).toBe(accepted.hash);
  expect(sliced).toHaveBeenCalledTimes(1);
  expect(whole).not.toHaveBeenCalled();
  sliced.mockRestore();
  whole.mockRestore();
});
