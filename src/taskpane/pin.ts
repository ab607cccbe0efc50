import type { DatasetPin } from "../excel/workbook-gateway";
import { datasetFingerprint } from "../data/fingerprint";
import type { ValidatedDataset } from "../data/schema";
import type { Snapshot } from "../data/store";
import { parseDataset } from "../data/validate";
import { pinMessages as say } from "./messages";

/** How the workbook's pin relates to the active dataset. */
export type PinState =
  | { readonly kind: "unpinned" }
  /** Pinned to exactly the active dataset (same version and fingerprint). */
  | { readonly kind: "current"; readonly pin: DatasetPin }
  /** Pinned to another version, or to other content under the same version. */
  | { readonly kind: "other"; readonly pin: DatasetPin; readonly carried: boolean };

/**
 * @summary The pin that records the active dataset in a workbook.
 *
 * @param snapshot - The active snapshot.
 * @param carry - Whether the workbook should carry the dataset itself (about 170 KB of JSON).
 * @returns The pin; `datasetJson` is set only when `carry` is true.
 *
 * @example
 * pinOf(activeSnapshot(), false)
 * //=> { datasetId: "re-independence-reference", version: "1.0.0", hash: "…", pinnedAt: "2025-…" }
 */
export function pinOf(snapshot: Snapshot, carry: boolean, now: Date = new Date()): DatasetPin {
  const base = {
    datasetId: snapshot.dataset.meta.id,
    version: snapshot.dataset.meta.version,
    hash: snapshot.hash,
    pinnedAt: now.toISOString(),
  };
  return carry ? { ...base, datasetJson: JSON.stringify(snapshot.dataset) } : base;
}

/**
 * @summary Compares a workbook's pin with the active dataset.
 *
 * @example
 * comparePin(null, activeSnapshot())
 * //=> { kind: "unpinned" }
 */
export function comparePin(pin: DatasetPin | null, snapshot: Snapshot): PinState {
  if (!pin) return { kind: "unpinned" };
  if (pin.version === snapshot.dataset.meta.version && pin.hash === snapshot.hash)
    return { kind: "current", pin };
  return {
    kind: "other",
    pin,
    carried: typeof pin.datasetJson === "string" && pin.datasetJson.length > 0,
  };
}

/**
 * @summary The dataset a workbook carries, validated like a download and checked against its pin.
 *
 * @description The copy lives in a file anyone may have edited, so it is parsed, validated against the
 * schema, and its fingerprint must equal the pin's hash.
 *
 * @returns The validated dataset, or why the copy cannot be used.
 *
 * @example
 * carriedDataset(pin).ok
 * //=> true
 */
export function carriedDataset(
  pin: DatasetPin
): { ok: true; dataset: ValidatedDataset } | { ok: false; message: string } {
  if (!pin.datasetJson) return { ok: false, message: say.notCarried };
  let json: unknown;
  try {
    json = JSON.parse(pin.datasetJson);
  } catch {
    return { ok: false, message: say.carriedUnusable(say.carriedNotJson) };
  }
  const parsed = parseDataset(json);
  if (!parsed.ok)
    return { ok: false, message: say.carriedUnusable(parsed.issues.slice(0, 3).join("; ")) };
  const hash = datasetFingerprint(parsed.dataset);
  if (hash !== pin.hash)
    return { ok: false, message: say.carriedUnusable(say.carriedHashMismatch(pin.hash, hash)) };
  return { ok: true, dataset: parsed.dataset };
}

/** The pin in one sentence, for the Pin panel. */
export function describePin(state: PinState, snapshot: Snapshot): string {
  switch (state.kind) {
    case "unpinned":
      return say.unpinned;
    case "current":
      return say.current(
        state.pin.version,
        shortHash(state.pin.hash),
        Boolean(state.pin.datasetJson)
      );
    case "other":
      return say.other(
        state.pin.version,
        shortHash(state.pin.hash),
        snapshot.dataset.meta.version,
        shortHash(snapshot.hash)
      );
  }
}

/** The first 8 hex digits of a fingerprint: enough to tell versions apart by eye. */
export function shortHash(hash: string): string {
  return hash.slice(0, 8);
}
