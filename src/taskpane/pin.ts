import type { DatasetPin } from "../excel/workbook-gateway";
import type { NoParams, TypedFailure } from "../data/failure";
import { fingerprintMatches } from "../data/fingerprint-match";
import type { IngestFailure } from "../data/ingest";
import type { ValidatedDataset } from "../data/schema";
import type { Snapshot } from "../data/store";
import { pinMessages as say } from "./messages";

/** Why a workbook's pin cannot give its dataset back; `failureText` words it. */
export type PinFailure = TypedFailure<"pin", { "not-carried": NoParams; malformed: NoParams }>;

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
  if (
    pin.version === snapshot.dataset.meta.version &&
    fingerprintMatches(snapshot.dataset, pin.hash, snapshot.hash)
  )
    return { kind: "current", pin };
  return {
    kind: "other",
    pin,
    carried: typeof pin.datasetJson === "string" && pin.datasetJson.length > 0,
  };
}

/**
 * @summary The dataset a workbook carries, accepted like a download and checked against its pin.
 *
 * @description The copy lives in a file anyone may have edited, so the pin is read against its zod
 * envelope and the copy goes through `acceptDataset` with the same size cap as a download: it must be
 * the dataset id and version the pin names, and its fingerprint must be the pin's hash (a fingerprint
 * from before SHA-256 is still recognised).
 *
 * @returns The validated dataset with its fingerprint, or why the copy cannot be used.
 *
 * @example
 * (await carriedDataset(pin)).ok
 * //=> true
 */
export async function carriedDataset(
  pin: DatasetPin,
  now?: Date
): Promise<
  | { ok: true; dataset: ValidatedDataset; hash: string }
  | { ok: false; failure: PinFailure | IngestFailure }
> {
  const [{ pinEnvelope }, { acceptDataset }] = await Promise.all([
    import("../data/validation"),
    import(/* webpackChunkName: "ingest" */ "../data/ingest"),
  ]);
  const envelope = pinEnvelope.safeParse(pin);
  if (!envelope.success) return { ok: false, failure: pinFailure("malformed") };
  const { datasetJson, datasetId, version, hash } = envelope.data;
  if (!datasetJson) return { ok: false, failure: pinFailure("not-carried") };
  const accepted = await acceptDataset(datasetJson, {
    expectedId: datasetId,
    expectedVersion: version,
    expectedHash: hash,
    now,
  });
  return accepted.ok
    ? { ok: true, dataset: accepted.dataset, hash: accepted.hash }
    : { ok: false, failure: accepted.failure };
}

function pinFailure(code: PinFailure["code"]): PinFailure {
  return { kind: "pin", code, params: {} };
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
