import embedded from "../../src/data/dataset.json";
import { datasetFingerprint } from "../../src/data/fingerprint";
import type { ValidatedDataset } from "../../src/data/schema";
import { snapshotOf, type DatasetOrigin, type Snapshot } from "../../src/data/store";
import { parseDataset } from "../../src/data/validate";

export type Json = any;

/** A script payload of the kind a hostile mirror could put into any string of a dataset. */
export const XSS_PAYLOAD = "<img src=x onerror=window.__xss=1><script>window.__xss=2</script>";

/** A deep copy of the embedded dataset, free to edit. */
export function copyOfEmbedded(): Json {
  return JSON.parse(JSON.stringify(embedded));
}

export function bumpVersion(version: string, part: "major" | "minor" | "patch", by = 1): string {
  const [major, minor, patch] = version.split(".").map(Number);
  if (part === "major") return `${major + by}.0.0`;
  if (part === "minor") return `${major}.${minor + by}.0`;
  return `${major}.${minor}.${patch + by}`;
}

export function validated(json: Json): ValidatedDataset {
  const parsed = parseDataset(json);
  if (!parsed.ok) throw new Error(parsed.issues.join("\n"));
  return parsed.dataset;
}

export function fingerprintOf(json: Json): string {
  return datasetFingerprint(validated(json));
}

/** A snapshot of a dataset, validated, with its fingerprint as acceptDataset hands it along. */
export function snapshotFor(json: Json, origin: DatasetOrigin): Snapshot {
  const dataset = validated(json);
  return snapshotOf(dataset, origin, datasetFingerprint(dataset));
}

/**
 * The datasets the refresh tests serve, all derived from the embedded one (version V):
 * good (V + patch, same records), newer (V + minor: one capacity value changed, one indicator added),
 * xss (V + 2 minor: the payload in a citation and in a project's name), and the faulty ones.
 */
export function datasetVariants() {
  const base = embedded.meta.version;

  const good = copyOfEmbedded();
  good.meta.version = bumpVersion(base, "patch");

  const newer = copyOfEmbedded();
  newer.meta.version = bumpVersion(base, "minor");
  newer.capacity[0].value = (newer.capacity[0].value ?? 0) + 1000;
  newer.indicators.push({
    id: "test-added-indicator",
    name: "Indicator added by the newer test dataset",
    year: 2025,
    value: 1,
    unit: "t",
    sourceIds: [newer.sources[0].id],
    asOf: "2025",
    confidence: "low",
  });

  const xss = JSON.parse(JSON.stringify(newer));
  xss.meta.version = bumpVersion(base, "minor", 2);
  xss.sources[0].citation = `${XSS_PAYLOAD} ${xss.sources[0].citation}`;
  xss.capacity.push({ ...xss.capacity[0], id: "xss-project", project: XSS_PAYLOAD });

  const older = copyOfEmbedded();
  older.meta.version = "0.0.1";

  const invalid = copyOfEmbedded();
  invalid.meta.version = bumpVersion(base, "major");
  invalid.capacity[0].sourceIds = [];
  invalid.capacity[1].confidence = "certain";
  invalid.prices[0].unexpected = true;

  const otherDataset = copyOfEmbedded();
  otherDataset.meta.id = "someone-elses-dataset";
  otherDataset.meta.version = bumpVersion(base, "major");

  const sameVersionChanged = copyOfEmbedded();
  sameVersionChanged.capacity[0].value = (sameVersionChanged.capacity[0].value ?? 0) + 1;

  return {
    base,
    embedded: copyOfEmbedded(),
    good,
    newer,
    xss,
    older,
    invalid,
    otherDataset,
    sameVersionChanged,
  };
}
