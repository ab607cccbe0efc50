import { firstDayOf } from "./dates";
import { excerpt } from "./excerpt";
import type { NoParams, TypedFailure } from "./failure";
import { fingerprintInSlices } from "./fingerprint";
import { fingerprintMatches } from "./fingerprint-match";
import type { DatasetShape, ValidatedDataset } from "./schema";
import { compareSemver } from "./semver";
import { createSlicer, type Slicer } from "./slices";
import { tableNames } from "./tables";

/**
 * Largest dataset accepted, in UTF-8 bytes, from any source (download, cache, workbook). The reference
 * dataset is about 170 KB; 4 MB leaves room to grow and fits the add-in's storage for the next launch.
 */
export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

/**
 * How far after today an as-of date may lie: a month absorbs clock skew, time zones and a dataset dated
 * to the month it is published in. Anything later is a typo or a forgery, never data.
 */
export const FUTURE_TOLERANCE_DAYS = 31;

/** How many schema issues a failure carries for display. */
export const SHOWN_ISSUES = 5;

/** Why a dataset was refused; `failureText` or, in a pull, `pullFailureText` (taskpane/messages/) turns it into a sentence. */
export type IngestFailure = TypedFailure<
  "dataset",
  {
    "too-large": { bytes: number; maxBytes: number };
    "not-text": NoParams;
    "not-json": { detail: string };
    invalid: { count: number; issues: readonly string[] };
    "future-date": { path: string; date: string; toleranceDays: number };
    "other-dataset": { found: string; expected: string };
    older: { found: string; active: string };
    "same-version-changed": { version: string };
    "version-mismatch": { found: string; expected: string };
    "hash-mismatch": { found: string; expected: string };
  }
>;

export interface AcceptOptions {
  /**
   * The active dataset and its fingerprint: the new one must be the same dataset id, not older, and
   * carry changed content only under a new version.
   */
  readonly previous?: { readonly dataset: ValidatedDataset; readonly hash: string };
  /** The fingerprint recorded beside the copy (a workbook pin, the cache record); old ones recognised. */
  readonly expectedHash?: string;
  /** The dataset id and version recorded beside the copy (a workbook pin). */
  readonly expectedId?: string;
  readonly expectedVersion?: string;
  readonly maxBytes?: number;
  /** Today, for the as-of check; default the clock. */
  readonly now?: Date;
  /** Where the work pauses; default slices of `SLICE_BUDGET_MS`. */
  readonly slicer?: Slicer;
}

/**
 * A dataset as it arrives: bytes (a download), text (a workbook's copy), or JSON already parsed from a
 * larger record (the cache) with the UTF-8 size of the text it was parsed from.
 */
export type DatasetInput = string | Uint8Array | { readonly json: unknown; readonly bytes: number };

export type AcceptResult =
  | {
      readonly ok: true;
      readonly dataset: ValidatedDataset;
      /** Its fingerprint, computed here once and handed along to the store. */
      readonly hash: string;
      readonly bytes: number;
      /** True when it is the `previous` dataset itself (same version, same content). */
      readonly unchanged: boolean;
    }
  | { readonly ok: false; readonly failure: IngestFailure };

/**
 * @summary The one way in for an untrusted dataset: a download, the cache, a workbook's carried copy.
 *
 * @description
 * In order: the size cap (UTF-8 bytes), UTF-8 and JSON parsing (a byte-order mark is tolerated), the zod
 * schema record by record, the cross-record rules (rules.ts, each issue naming its rule), the as-of dates
 * (none more than `FUTURE_TOLERANCE_DAYS` after today), the id and version a pin records, the fingerprint
 * (SHA-256, fingerprint.ts) against the expected one, then the rules against the active dataset: the same
 * id, a version not older, changed content only under a new version. Validation and fingerprint run in
 * time slices, so a 4 MB dataset never blocks the page for long. Nothing is activated here.
 *
 * @param input - The dataset as bytes (a download), text (a workbook) or parsed JSON (the cache).
 * @param options - The active dataset, what the copy must match, the limits.
 * @returns The validated dataset with its fingerprint, or one typed failure.
 *
 * @example
 * (await acceptDataset(text, { previous: { dataset, hash } })).ok
 * //=> true
 */
export async function acceptDataset(
  input: DatasetInput,
  options: AcceptOptions = {}
): Promise<AcceptResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const slicer = options.slicer ?? createSlicer();
  const bytes =
    typeof input === "string"
      ? utf8Length(input, maxBytes)
      : input instanceof Uint8Array
        ? input.byteLength
        : input.bytes;
  const oversized = sizeFailure(bytes, maxBytes);
  if (oversized) return { ok: false, failure: oversized };

  let json: unknown;
  if (typeof input === "string" || input instanceof Uint8Array) {
    // JSON.parse is the one step that cannot be cut: it gets a slice of its own.
    if (slicer.due()) await slicer.pause();
    let text: string;
    if (typeof input === "string") text = input;
    else {
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(input);
      } catch {
        return refused({ code: "not-text", params: {} });
      }
    }
    await slicer.pause();
    try {
      json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
      return refused({ code: "not-json", params: { detail: excerpt(errorText(error), 120) } });
    }
    await slicer.pause();
  } else json = input.json;

  // zod and the schema come with the first dataset validated, not with the page (see validation.ts).
  const { validateInSlices } = await import("./validation");
  const parsed = await validateInSlices(json, slicer);
  if (!parsed.ok)
    return refused({
      code: "invalid",
      params: { count: parsed.issues.length, issues: parsed.issues.slice(0, SHOWN_ISSUES) },
    });
  const dataset = parsed.dataset;
  if (slicer.due()) await slicer.pause();

  const future = futureDate(dataset, options.now ?? new Date());
  if (future) return refused({ code: "future-date", params: future });

  const { meta } = dataset;
  if (options.expectedId !== undefined && meta.id !== options.expectedId)
    return refused({
      code: "other-dataset",
      params: { found: excerpt(meta.id), expected: excerpt(options.expectedId) },
    });
  if (options.expectedVersion !== undefined && meta.version !== options.expectedVersion)
    return refused({
      code: "version-mismatch",
      params: { found: meta.version, expected: excerpt(options.expectedVersion) },
    });

  const hash = await fingerprintInSlices(dataset, slicer);
  if (
    options.expectedHash !== undefined &&
    !fingerprintMatches(dataset, options.expectedHash, hash)
  )
    return refused({
      code: "hash-mismatch",
      params: { found: hash, expected: excerpt(options.expectedHash, hash.length) },
    });

  let unchanged = false;
  const previous = options.previous;
  if (previous) {
    const before = previous.dataset.meta;
    if (meta.id !== before.id)
      return refused({
        code: "other-dataset",
        params: { found: excerpt(meta.id), expected: before.id },
      });
    const order = compareSemver(meta.version, before.version);
    if (order === -1)
      return refused({ code: "older", params: { found: meta.version, active: before.version } });
    unchanged = order === 0 && hash === previous.hash;
    if (order === 0 && !unchanged)
      return refused({ code: "same-version-changed", params: { version: meta.version } });
  }
  return { ok: true, dataset, hash, bytes, unchanged };
}

/** The failure for a dataset of `bytes` UTF-8 bytes, or null when it is within the cap. */
export function sizeFailure(bytes: number, maxBytes = DEFAULT_MAX_BYTES): IngestFailure | null {
  return bytes > maxBytes
    ? { kind: "dataset", code: "too-large", params: { bytes, maxBytes } }
    : null;
}

/** The first as-of date (the dataset's own, its publication, any record's) later than the tolerance. */
function futureDate(
  dataset: DatasetShape,
  now: Date
): { path: string; date: string; toleranceDays: number } | null {
  const latest = now.getTime() + FUTURE_TOLERANCE_DAYS * 86_400_000;
  const tooLate = (date: string) => (firstDayOf(date)?.getTime() ?? 0) > latest;
  const found = (path: string, date: string) => ({
    path,
    date,
    toleranceDays: FUTURE_TOLERANCE_DAYS,
  });
  for (const field of ["asOf", "published"] as const)
    if (tooLate(dataset.meta[field])) return found(`meta.${field}`, dataset.meta[field]);
  for (const table of tableNames) {
    const records = dataset[table] as readonly { asOf?: string }[];
    for (let i = 0; i < records.length; i++) {
      const asOf = records[i].asOf;
      if (asOf !== undefined && tooLate(asOf)) return found(`${table}.${i}.asOf`, asOf);
    }
  }
  return null;
}

/** UTF-8 length of `text`; past `cap` UTF-16 units its unit count, a lower bound that already refuses it. */
export function utf8Length(text: string, cap: number): number {
  if (text.length > cap) return text.length;
  return new TextEncoder().encode(text).byteLength;
}

function refused(failure: Omit<IngestFailure, "kind">): AcceptResult {
  return { ok: false, failure: { kind: "dataset", ...failure } as IngestFailure };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
