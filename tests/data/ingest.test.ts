import { datasetFingerprint, legacyFingerprint } from "../../src/data/fingerprint";
import { acceptDataset, DEFAULT_MAX_BYTES } from "../../src/data/ingest";
import { validateInSlices } from "../../src/data/validation";
import { createSlicer } from "../../src/data/slices";
import { activeSnapshot } from "../../src/data/store";
import { parseDataset } from "../../src/data/validate";
import { copyOfEmbedded, datasetVariants, type Json } from "../taskpane/fixtures";

const v = datasetVariants();
const now = new Date("2026-12-01T00:00:00Z");
const accept = (json: Json, options: Parameters<typeof acceptDataset>[1] = {}) =>
  acceptDataset(JSON.stringify(json), { now, ...options });
const edited = (edit: (d: Json) => void): Json => {
  const d = copyOfEmbedded();
  edit(d);
  return d;
};
/** The issues a refused dataset carries (the first five). */
async function issuesOf(json: Json): Promise<readonly string[]> {
  const result = await accept(json);
  if (result.ok) return [];
  if (result.failure.code !== "invalid") throw new Error(result.failure.code);
  return result.failure.params.issues;
}

describe("one result for every way in", () => {
  test("a good dataset: validated, with its fingerprint computed once", async () => {
    const result = await accept(v.newer, { previous: activeSnapshot() });
    if (!result.ok) throw new Error(result.failure.code);
    expect(result.hash).toBe(datasetFingerprint(result.dataset));
    expect(result.unchanged).toBe(false);
    expect(result.bytes).toBe(Buffer.byteLength(JSON.stringify(v.newer)));
  });

  test("bytes, text and parsed JSON give the same answer", async () => {
    const text = JSON.stringify(v.good);
    const fromBytes = await acceptDataset(new TextEncoder().encode(text), { now });
    const fromText = await acceptDataset(text, { now });
    const fromJson = await acceptDataset({ json: v.good, bytes: Buffer.byteLength(text) }, { now });
    expect(fromBytes).toEqual(fromText);
    expect(fromJson).toEqual(fromText);
  });

  test("typed failures carry a code and values, never a sentence", async () => {
    await expect(acceptDataset("{", { now })).resolves.toMatchObject({
      ok: false,
      failure: { kind: "dataset", code: "not-json", params: { detail: expect.any(String) } },
    });
    await expect(acceptDataset(new Uint8Array([0x7b, 0xff]), { now })).resolves.toEqual({
      ok: false,
      failure: { kind: "dataset", code: "not-text", params: {} },
    });
    await expect(accept(v.older, { previous: activeSnapshot() })).resolves.toEqual({
      ok: false,
      failure: { kind: "dataset", code: "older", params: { found: "0.0.1", active: v.base } },
    });
    await expect(accept(v.sameVersionChanged, { previous: activeSnapshot() })).resolves.toEqual({
      ok: false,
      failure: { kind: "dataset", code: "same-version-changed", params: { version: v.base } },
    });
    await expect(accept(v.embedded, { previous: activeSnapshot() })).resolves.toMatchObject({
      ok: true,
      unchanged: true,
    });
  });

  test("the size cap counts UTF-8 bytes", async () => {
    const text = JSON.stringify(v.good);
    await expect(acceptDataset(text, { maxBytes: text.length - 1 })).resolves.toEqual({
      ok: false,
      failure: {
        kind: "dataset",
        code: "too-large",
        params: { bytes: text.length, maxBytes: text.length - 1 },
      },
    });
    const wide = "€".repeat(Math.ceil(DEFAULT_MAX_BYTES / 3) + 1);
    await expect(acceptDataset(wide)).resolves.toMatchObject({
      failure: { code: "too-large", params: { bytes: wide.length * 3 } },
    });
  });

  test("the expected fingerprint, id and version of a pin; old fingerprints recognised", async () => {
    const hash = datasetFingerprint(v.good);
    await expect(accept(v.good, { expectedHash: hash })).resolves.toMatchObject({ ok: true });
    await expect(
      accept(v.good, { expectedHash: legacyFingerprint(v.good) })
    ).resolves.toMatchObject({ ok: true, hash });
    await expect(accept(v.good, { expectedHash: "f".repeat(64) })).resolves.toMatchObject({
      failure: { code: "hash-mismatch", params: { found: hash, expected: "f".repeat(64) } },
    });
    await expect(accept(v.good, { expectedId: "other" })).resolves.toMatchObject({
      failure: { code: "other-dataset", params: { found: v.good.meta.id, expected: "other" } },
    });
    await expect(accept(v.good, { expectedVersion: "9.9.9" })).resolves.toMatchObject({
      failure: { code: "version-mismatch" },
    });
  });
});

describe("cross-record rules for every table, each named (issue 13)", () => {
  test.each([
    [
      "indicators",
      (d: Json) => d.indicators.push({ ...d.indicators[0] }),
      /^indicators\.\d+\.id: duplicate id ".*" \(rule unique-keys\)$/,
    ],
    [
      "demand intensities",
      (d: Json) => d.demandIntensities.push({ ...d.demandIntensities[0] }),
      /^demandIntensities\.\d+\.id: duplicate id .*\(rule unique-keys\)$/,
    ],
    [
      "export controls",
      (d: Json) => d.exportControls.push({ ...d.exportControls[0] }),
      /^exportControls\.\d+\.id: duplicate id .*\(rule unique-keys\)$/,
    ],
    [
      "sources",
      (d: Json) => d.sources.push({ ...d.sources[0] }),
      /^sources\.\d+\.id: duplicate id .*\(rule unique-keys\)$/,
    ],
    [
      "capacity",
      (d: Json) => d.capacity.push({ ...d.capacity[0] }),
      /^capacity\.\d+\.id: duplicate id .*\(rule unique-keys\)$/,
    ],
  ])("a duplicate id in %s is refused", async (_table, edit, message) => {
    const issues = await issuesOf(edited(edit));
    expect(issues).toEqual([expect.stringMatching(message)]);
  });

  test("two mining stages and no recycling: one record per stage", async () => {
    const issues = await issuesOf(
      edited((d) => {
        d.stages[4] = { ...d.stages[0], order: 5 };
      })
    );
    expect(issues).toEqual([
      'stages.4.id: a second record for stage "mining" (rule one-record-per-stage)',
      'stages: no record for stage "recycling" (rule one-record-per-stage)',
    ]);
  });

  test("two stages at one position", async () => {
    const issues = await issuesOf(
      edited((d) => {
        d.stages[1].order = d.stages[0].order;
      })
    );
    expect(issues).toEqual([
      `stages.1.order: a second record at position ${v.embedded.stages[0].order} (rule unique-order)`,
    ]);
  });

  test("the sliced validation gives the same answers as the whole schema", async () => {
    const faulty = [
      edited((d) => {
        d.meta.asOf = "2025-02-30";
        d.prices[0].date = "2025-02-29";
        d.gaps.pop();
      }),
      edited((d) => {
        d.indicators.push({ ...d.indicators[0] });
      }),
      "<html>",
      { meta: 1 },
    ];
    for (const json of [...Object.values(v).filter((x) => typeof x === "object"), ...faulty]) {
      const whole = parseDataset(json);
      const sliced = await validateInSlices(json, createSlicer(5));
      expect(sliced.ok).toBe(whole.ok);
      expect(sliced.ok ? [] : sliced.issues).toEqual(whole.ok ? [] : whole.issues);
    }
  }, 30_000);
});

describe("versions and dates (issue 13)", () => {
  test.each(["01.2.3", "1.2.3.4", "999999999999999999999.0.0"])(
    "version %s is refused",
    async (version) => {
      const issues = await issuesOf(
        edited((d) => {
          d.meta.version = version;
        })
      );
      expect(issues).toEqual([expect.stringMatching(/^meta\.version: /)]);
    }
  );

  test("a huge version no longer locks out a real later one", async () => {
    const bogus = edited((d) => {
      d.meta.version = "999999999999999999999.0.0";
    });
    await expect(accept(bogus)).resolves.toMatchObject({ ok: false });
    const real = edited((d) => {
      d.meta.version = "2.1.2"; // a patch release after the embedded 2.1.1
    });
    await expect(accept(real, { previous: activeSnapshot() })).resolves.toMatchObject({ ok: true });
  });

  test("2025-02-30 is not a date", async () => {
    const issues = await issuesOf(
      edited((d) => {
        d.meta.asOf = "2025-02-30";
        d.prices[0].date = "2025-02-29";
      })
    );
    expect(issues).toEqual([
      "meta.asOf: not a calendar date (the month has fewer days)",
      "prices.0.date: not a calendar date (the month has fewer days)",
    ]);
  });

  test("an as-of beyond the tolerance is refused, with where and how far", async () => {
    await expect(
      accept(
        edited((d) => {
          d.meta.asOf = "2999-12";
        })
      )
    ).resolves.toEqual({
      ok: false,
      failure: {
        kind: "dataset",
        code: "future-date",
        params: { path: "meta.asOf", date: "2999-12", toleranceDays: 31 },
      },
    });
    await expect(
      accept(
        edited((d) => {
          d.capacity[3].asOf = "2027-06";
        })
      )
    ).resolves.toMatchObject({ failure: { params: { path: "capacity.3.asOf" } } });
    // Within the tolerance: a dataset dated to next month is fine.
    await expect(
      accept(
        edited((d) => {
          d.meta.asOf = "2026-12-20";
        })
      )
    ).resolves.toMatchObject({ ok: true });
  });
});

describe("messages quote at most a bounded excerpt of the input (issue 13)", () => {
  test("a 120,000-character id, key or version", async () => {
    const long = "X".repeat(120_000);
    for (const json of [
      edited((d) => {
        d.indicators[0].sourceIds = [long];
      }),
      edited((d) => {
        d.indicators[0][long] = 1;
      }),
      edited((d) => {
        d.meta.version = long;
      }),
    ]) {
      const issues = await issuesOf(json);
      expect(issues.length).toBeGreaterThan(0);
      for (const issue of issues) expect(issue.length).toBeLessThan(400);
    }
    const result = await acceptDataset(`{"a": "${long}`);
    expect(!result.ok && JSON.stringify(result.failure).length).toBeLessThan(400);
  });
});
