import { datasetFingerprint } from "../data/fingerprint";
import type { ValidatedDataset } from "../data/schema";
import { parseDataset } from "../data/validate";
import { cacheMessages as say } from "./messages";
import { compareVersions } from "./refresh";

/** The part of `Storage` the cache uses, so that tests can pass a plain map. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** localStorage key of the last good dataset; the suffix changes if the record's format ever does. */
export const CACHE_KEY = "rare-earth-independence/last-good-dataset/v1";

/** What is stored: the dataset with where it came from, when, and its fingerprint. */
interface CacheRecord {
  readonly format: 1;
  readonly savedAt: string;
  readonly url?: string;
  readonly hash: string;
  readonly dataset: unknown;
}

export type CacheLoad =
  | { readonly kind: "none" }
  | {
      readonly kind: "ok";
      readonly dataset: ValidatedDataset;
      /** Its content fingerprint, checked against the dataset on load. */
      readonly hash: string;
      readonly url?: string;
      readonly savedAt: string;
    }
  /** The stored record was unusable; it has been removed. */
  | { readonly kind: "invalid"; readonly message: string };

/**
 * @summary Keeps a dataset that passed every check as the one the next launch starts from.
 *
 * @param storage - localStorage, or null where the browser gives none.
 * @param dataset - The validated dataset just activated.
 * @param url - Where it was pulled from.
 * @returns ok, or the reason it could not be kept (storage full or missing).
 *
 * @example
 * saveLastGood(localStorage, dataset, "https://mirror.example/dataset.json")
 * //=> { ok: true }
 */
export function saveLastGood(
  storage: KeyValueStorage | null,
  dataset: ValidatedDataset,
  url?: string,
  now: Date = new Date()
): { ok: true } | { ok: false; message: string } {
  if (!storage) return { ok: false, message: say.unavailable };
  const record: CacheRecord = {
    format: 1,
    savedAt: now.toISOString(),
    url,
    hash: datasetFingerprint(dataset),
    dataset,
  };
  try {
    storage.setItem(CACHE_KEY, JSON.stringify(record));
    return { ok: true };
  } catch {
    return { ok: false, message: say.quota };
  }
}

/**
 * @summary Reads the last good dataset back, validating it again as if it had just been downloaded.
 *
 * @description
 * Storage is outside the add-in's control (another version of the add-in, an extension, a full disk may
 * have changed it), so the record is parsed, checked against the schema and its fingerprint compared
 * with the one saved beside it. A record that fails any check is removed and reported, never used.
 *
 * @param storage - localStorage, or null where the browser gives none.
 * @returns The dataset, nothing, or why the stored record was discarded.
 *
 * @example
 * loadLastGood(localStorage).kind
 * //=> "ok"
 */
export function loadLastGood(storage: KeyValueStorage | null): CacheLoad {
  if (!storage) return { kind: "none" };
  let text: string | null;
  try {
    text = storage.getItem(CACHE_KEY);
  } catch {
    return { kind: "none" };
  }
  if (text === null) return { kind: "none" };
  const discard = (message: string): CacheLoad => {
    try {
      storage.removeItem(CACHE_KEY);
    } catch {
      // Nothing more can be done; the record is ignored either way.
    }
    return { kind: "invalid", message };
  };
  let record: Partial<CacheRecord>;
  try {
    record = JSON.parse(text) as Partial<CacheRecord>;
  } catch {
    return discard(say.unreadable);
  }
  if (
    !record ||
    record.format !== 1 ||
    typeof record.hash !== "string" ||
    typeof record.savedAt !== "string"
  )
    return discard(say.wrongFormat);
  const parsed = parseDataset(record.dataset);
  if (!parsed.ok) return discard(say.invalid(parsed.issues));
  if (datasetFingerprint(parsed.dataset) !== record.hash) return discard(say.hashMismatch);
  return {
    kind: "ok",
    dataset: parsed.dataset,
    hash: record.hash,
    url: typeof record.url === "string" ? record.url : undefined,
    savedAt: record.savedAt,
  };
}

/**
 * @summary Whether the kept dataset should replace the embedded one at launch.
 *
 * @description The kept dataset wins unless the add-in itself now ships a newer version (after an
 * update of the add-in) or a different dataset id.
 *
 * @example
 * preferCached({ id: "d", version: "1.0.0" }, { id: "d", version: "1.1.0" })
 * //=> true
 */
export function preferCached(
  embedded: { readonly id: string; readonly version: string },
  cached: { readonly id: string; readonly version: string }
): boolean {
  return embedded.id === cached.id && compareVersions(cached.version, embedded.version) >= 0;
}
