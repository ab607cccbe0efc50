import type { NoParams, TypedFailure } from "../data/failure";
import type { IngestFailure } from "../data/ingest";
import type { CacheRecord } from "../data/cache-record";
import type { ValidatedDataset } from "../data/schema";
import { activateDataset, activeSnapshot, type Snapshot } from "../data/store";

/** The part of `Storage` (localStorage) the cache falls back to, so that tests can pass a plain map. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Asynchronous key-value storage: the part of `OfficeRuntime.storage` the cache uses. */
export interface AsyncKeyValueStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

/** Where the last good dataset is kept: a store and the key inside it. */
export interface CacheLocation {
  /** "office-runtime" (OfficeRuntime.storage, Microsoft's documented store) or "local-storage". */
  readonly kind: "office-runtime" | "local-storage";
  readonly storage: AsyncKeyValueStorage;
  readonly key: string;
}

/** Key of the last good dataset; the suffix changes if the record's format ever does. */
export const CACHE_KEY = "rare-earth-independence/last-good-dataset/v1";

/** What `chooseCacheLocation` reads from the page's globals. */
export interface CacheHost {
  readonly OfficeRuntime?: { readonly storage?: AsyncKeyValueStorage };
  readonly Office?: { readonly context?: { readonly partitionKey?: string } };
  readonly localStorage?: KeyValueStorage;
}

/**
 * @summary Where to keep the dataset: `OfficeRuntime.storage` where the host provides it, else localStorage.
 *
 * @description
 * `OfficeRuntime.storage` (SharedRuntime 1.1) is persistent and holds 10 MB per domain. In the browser
 * (outside Excel, the workbook preview) only localStorage exists. Where Office partitions storage (Excel on
 * the web) `Office.context.partitionKey` is set and prefixes the key, as Microsoft recommends, so two
 * partitions never read each other's dataset; where it is undefined (desktop) the plain key is used.
 *
 * @param host - The page's globals (default `globalThis`).
 * @returns The location, or null where the page may store nothing.
 *
 * @example
 * chooseCacheLocation()?.kind
 * //=> "office-runtime"
 */
export function chooseCacheLocation(
  host: CacheHost = globalThis as CacheHost
): CacheLocation | null {
  let partitionKey: string | undefined;
  try {
    partitionKey = host.Office?.context?.partitionKey;
  } catch {
    partitionKey = undefined;
  }
  const key = partitionKey ? `${partitionKey}/${CACHE_KEY}` : CACHE_KEY;
  const runtime = host.OfficeRuntime?.storage;
  if (runtime) return { kind: "office-runtime", storage: runtime, key };
  let local: KeyValueStorage | undefined;
  try {
    local = host.localStorage;
  } catch {
    // A browser that blocks storage throws on access.
    local = undefined;
  }
  return local ? { kind: "local-storage", storage: asyncOf(local), key } : null;
}

/** localStorage behind the asynchronous interface; its exceptions become rejections. */
export function asyncOf(storage: KeyValueStorage): AsyncKeyValueStorage {
  return {
    getItem: async (key) => storage.getItem(key),
    setItem: async (key, value) => storage.setItem(key, value),
    removeItem: async (key) => storage.removeItem(key),
  };
}

/** Why the cache could not keep or give back a dataset; `failureText` words it. */
export type CacheFailure = TypedFailure<
  "cache",
  { unreadable: NoParams; "wrong-format": NoParams; quota: NoParams; unavailable: NoParams }
>;

export type CacheLoad =
  | { readonly kind: "none" }
  | {
      readonly kind: "ok";
      readonly dataset: ValidatedDataset;
      /** Its fingerprint, computed on load and checked against the one stored beside it. */
      readonly hash: string;
      readonly url?: string;
      readonly savedAt: string;
      /** True when it is the active dataset itself: nothing to activate. */
      readonly unchanged: boolean;
    }
  /** The stored record was unusable, or older than or foreign to the active dataset; it has been removed. */
  | { readonly kind: "discarded"; readonly failure: CacheFailure | IngestFailure };

/**
 * @summary Keeps a dataset that passed every check as the one the next launch starts from.
 *
 * @param location - Where to keep it, or null where the page may store nothing.
 * @param snapshot - The snapshot just activated: its dataset, fingerprint and URL are kept.
 * @returns ok, or the reason it could not be kept (storage full or missing).
 *
 * @example
 * await saveLastGood(chooseCacheLocation(), activeSnapshot())
 * //=> { ok: true }
 */
export async function saveLastGood(
  location: CacheLocation | null,
  snapshot: Pick<Snapshot, "dataset" | "hash" | "origin">,
  now: Date = new Date()
): Promise<{ ok: true } | { ok: false; failure: CacheFailure }> {
  if (!location) return { ok: false, failure: cacheFailure("unavailable") };
  const record: CacheRecord = {
    format: 1,
    savedAt: now.toISOString(),
    url: snapshot.origin.url,
    hash: snapshot.hash,
    dataset: snapshot.dataset,
  };
  try {
    await location.storage.setItem(location.key, JSON.stringify(record));
    return { ok: true };
  } catch {
    return { ok: false, failure: cacheFailure("quota") };
  }
}

/**
 * @summary Reads the last good dataset back through `acceptDataset`, as if it had just been downloaded.
 *
 * @description
 * Storage is outside the add-in's control (another version of the add-in, an extension, a full disk may
 * have changed it), so the record is read against its zod schema and the dataset accepted like a download:
 * size cap, schema, rules, dates, the fingerprint stored beside it (older fingerprints recognised), and the
 * active dataset's id and version (a kept dataset older than, or foreign to, the one the add-in now ships
 * is of no further use). Whatever fails any check is removed and the failure returned, so the start-up
 * says why, once.
 *
 * @param location - Where it is kept, or null.
 * @param active - The active (embedded) dataset and its fingerprint.
 * @returns The dataset, nothing, or why the stored record was discarded.
 *
 * @example
 * (await loadLastGood(chooseCacheLocation(), activeSnapshot())).kind
 * //=> "ok"
 */
export async function loadLastGood(
  location: CacheLocation | null,
  active: Pick<Snapshot, "dataset" | "hash">,
  now?: Date
): Promise<CacheLoad> {
  if (!location) return { kind: "none" };
  let text: string | null;
  try {
    text = await location.storage.getItem(location.key);
  } catch {
    return { kind: "none" };
  }
  if (text === null || text === undefined) return { kind: "none" };
  const discard = async (failure: CacheFailure | IngestFailure): Promise<CacheLoad> => {
    try {
      await location.storage.removeItem(location.key);
    } catch {
      // Nothing more can be done; the record is ignored either way.
    }
    return { kind: "discarded", failure };
  };
  // Checking a dataset loads with the first one there is to check (a kept one here), not with the page.
  const { acceptDataset, DEFAULT_MAX_BYTES, sizeFailure, utf8Length } = await import(
    /* webpackChunkName: "ingest" */ "../data/ingest"
  );
  // The record is the dataset and a few short fields: over the cap, it is refused before it is parsed.
  const bytes = utf8Length(text, DEFAULT_MAX_BYTES);
  const oversized = sizeFailure(bytes);
  if (oversized) return discard(oversized);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return discard(cacheFailure("unreadable"));
  }
  const { cacheRecord } = await import("../data/validation");
  const record = cacheRecord.safeParse(json);
  if (!record.success) return discard(cacheFailure("wrong-format"));
  const accepted = await acceptDataset(
    { json: record.data.dataset, bytes },
    {
      previous: active,
      expectedHash: record.data.hash,
      now,
    }
  );
  if (!accepted.ok) return discard(accepted.failure);
  return {
    kind: "ok",
    dataset: accepted.dataset,
    hash: accepted.hash,
    url: record.data.url,
    savedAt: record.data.savedAt,
    unchanged: accepted.unchanged,
  };
}

function cacheFailure(code: CacheFailure["code"]): CacheFailure {
  return { kind: "cache", code, params: {} } as CacheFailure;
}

/**
 * @summary At launch: makes the kept dataset active when it passes every check and differs from the
 * active one; removes it when it fails one.
 *
 * @param location - Where it is kept, or null.
 * @returns What was found, for the start-up message ("started from …", or why it was discarded).
 *
 * @example
 * (await restoreLastGood(chooseCacheLocation())).kind
 * //=> "ok"
 */
export async function restoreLastGood(location: CacheLocation | null): Promise<CacheLoad> {
  const kept = await loadLastGood(location, activeSnapshot());
  if (kept.kind === "ok" && !kept.unchanged)
    activateDataset(kept.dataset, { kind: "cache", url: kept.url }, kept.hash);
  return kept;
}

/**
 * @summary Removes the kept dataset, so that the next launch starts from the one the add-in ships.
 *
 * @param location - Where it is kept, or null (nothing to forget).
 *
 * @example
 * await forgetLastGood(chooseCacheLocation())
 */
export async function forgetLastGood(location: CacheLocation | null): Promise<void> {
  try {
    await location?.storage.removeItem(location.key);
  } catch {
    // Storage that cannot be written holds nothing to forget.
  }
}
