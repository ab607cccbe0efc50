import { createHash } from "crypto";
import dataset from "../../src/data/dataset.json";
import { canonicalJson } from "../../src/data/canonical-json";
import { datasetFingerprint, fingerprintInSlices } from "../../src/data/fingerprint";
import { fingerprintMatches, legacyFingerprint } from "../../src/data/fingerprint-match";
import { createSlicer } from "../../src/data/slices";

describe("the fingerprint is SHA-256 of canonical JSON in UTF-8", () => {
  // Known answers: SHA-256 of the canonical text, checked with `sha256sum` as well as Node's crypto.
  test.each([
    [{}, "{}", "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"],
    [
      { b: [1, "é"], a: null },
      '{"a":null,"b":[1,"é"]}',
      "f8f17faab95c024891d173fa43442b0e52007736a1f36715ac721ab22deeefc5",
    ],
    [
      ["😀", 1e21, 0.1, "\u2028"],
      '["😀",1e+21,0.1,"\u2028"]',
      "1e6d921a5455db4b82256429ee8bafd1e5121a4fbe5f09f45cfd40a58b6c5c65",
    ],
  ])("%j", (value, canonical, hash) => {
    expect(canonicalJson(value)).toBe(canonical);
    expect(datasetFingerprint(value)).toBe(hash);
  });

  test("of the whole dataset, the same as an independent SHA-256 of its canonical JSON", async () => {
    const expected = createHash("sha256").update(canonicalJson(dataset), "utf8").digest("hex");
    expect(datasetFingerprint(dataset)).toBe(expected);
    await expect(fingerprintInSlices(dataset, createSlicer(0))).resolves.toBe(expected);
  });

  test("canonical JSON: keys sorted by code unit (integer-like too), undefined members left out", () => {
    expect(canonicalJson({ b: 1, a: { d: null, c: "x" }, e: undefined })).toBe(
      '{"a":{"c":"x","d":null},"b":1}'
    );
    expect(canonicalJson({ 9: "a", 10: "b", B: 1, a: 2 })).toBe('{"10":"b","9":"a","B":1,"a":2}');
    expect(canonicalJson([undefined, NaN])).toBe("[null,null]");
  });
});

describe("the fingerprint before SHA-256 is recognised, never written", () => {
  // Values of the old definition (FNV-1a 64 over UTF-16 code units), computed with the code it replaced.
  test.each([
    [{}, "08f44b07b5901a25"],
    [{ b: [1, "é"], a: null }, "b8df451bb4eac17d"],
  ])("%j", (value, legacy) => {
    expect(legacyFingerprint(value)).toBe(legacy);
    expect(fingerprintMatches(value, legacy, datasetFingerprint(value))).toBe(true);
    expect(fingerprintMatches(value, datasetFingerprint(value), datasetFingerprint(value))).toBe(
      true
    );
  });

  test("another dataset's old fingerprint does not match", () => {
    const current = datasetFingerprint({ a: 1 });
    expect(fingerprintMatches({ a: 1 }, legacyFingerprint({ a: 2 }), current)).toBe(false);
    expect(fingerprintMatches({ a: 1 }, "not a fingerprint", current)).toBe(false);
  });
});
