/**
 * Datasets for the core's tests: the embedded reference dataset as the store would serve it, an unfrozen
 * copy to prove the core never writes to it, and small schema-valid datasets built for edge cases.
 */
import embedded from "../../src/data/dataset.json";
import { canonicalJson } from "../../src/data/canonical-json";
import { datasetFingerprint } from "../../src/data/fingerprint";
import type { Confidence, DatasetShape } from "../../src/data/schema";
import { snapshotOf, type IndexedDataset, type Snapshot } from "../../src/data/store";
import { parseDataset } from "../../src/data/validate";

function validate(json: unknown) {
  const parsed = parseDataset(json);
  if (!parsed.ok) throw new Error(`fixture is not a valid dataset:\n${parsed.issues.join("\n")}`);
  return parsed.dataset;
}

function copyOfEmbedded(): DatasetShape {
  return JSON.parse(JSON.stringify(embedded)) as DatasetShape;
}

let real: Snapshot | undefined;

/** The embedded dataset, validated, frozen and indexed exactly as the store serves it. */
export function realData(): Snapshot {
  if (!real) {
    const dataset = validate(copyOfEmbedded());
    real = snapshotOf(
      dataset,
      { kind: "embedded" },
      datasetFingerprint(dataset),
      new Date("2026-01-01T00:00:00Z")
    );
  }
  return real;
}

/** The source id every fixture record cites. */
export const FIXTURE_SOURCE = "FIX";

/** Provenance for fixture records. */
export const cited = {
  sourceIds: [FIXTURE_SOURCE],
  asOf: "2025",
  confidence: "high" as Confidence,
};

/**
 * Two observed reports of China's 2025 separation share, from different sources: 0.85 at low confidence
 * (listed first) and 0.9 at medium confidence. For the tests that the index, and so `supplyShare`, prefer
 * the more confident report whatever the order.
 */
export const rivalSeparationShares: DatasetShape["shares"] = [
  {
    stage: "separation",
    country: "CN",
    year: 2025,
    value: 0.85,
    qualifier: "~",
    ...cited,
    sourceIds: ["SMM-May25"], // a source of its own: one source's shares must not exceed 100%
    confidence: "low",
  },
  {
    stage: "separation",
    country: "CN",
    year: 2025,
    value: 0.9,
    qualifier: ">",
    ...cited,
    sourceIds: ["REEx-Seed"],
    confidence: "medium",
  },
];

/**
 * A minimal valid dataset: the reference dataset's fixed vocabulary (stages, countries, regions,
 * elements, gaps, indicators and sources, plus the fixture source) with every table of facts empty,
 * then `overrides` on top. Validated through the schema (a broken fixture fails loudly) and indexed;
 * frozen like the store's unless `frozen` is false.
 */
export function fixture(overrides: Partial<DatasetShape> = {}, frozen = true): IndexedDataset {
  const base = copyOfEmbedded();
  const json: DatasetShape = {
    ...base,
    sources: [
      ...base.sources,
      {
        id: FIXTURE_SOURCE,
        citation: "Fixture records written for the core's unit tests",
        publisher: "tests",
        asOf: "2025",
        confidence: "high",
      },
    ],
    production: [],
    reserves: [],
    shares: [],
    leadTimes: [],
    programmes: [],
    exportControls: [],
    prices: [],
    demandIntensities: [],
    capacity: [],
    ...overrides,
  };
  const dataset = validate(json);
  return frozen
    ? snapshotOf(dataset, { kind: "embedded" }, datasetFingerprint(dataset))
    : { dataset };
}

/**
 * Runs `calculate` on an unfrozen copy of the reference dataset (so a write would succeed silently)
 * and returns whether the dataset's content is unchanged afterwards.
 */
export function leavesDataUnchanged(calculate: (data: IndexedDataset) => unknown): boolean {
  const dataset = validate(copyOfEmbedded());
  const data = { dataset };
  const before = canonicalJson(dataset);
  calculate(data);
  return canonicalJson(dataset) === before;
}
