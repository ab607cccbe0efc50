import embedded from "./dataset.json";
import { EMBEDDED_FINGERPRINT } from "./embedded-fingerprint";
import type { ValidatedDataset } from "./schema";

/** Where the active dataset came from. */
export interface DatasetOrigin {
  readonly kind: "embedded" | "url" | "cache" | "workbook";
  /** The URL it was pulled from, for kind "url" (and "cache" of a pulled dataset). */
  readonly url?: string;
}

/**
 * What every calculation reads: the validated dataset. Each core function builds the lookups it needs
 * from it on first use and keeps them for as long as this dataset object lives (see core/_lib/lazyIndex).
 */
export interface IndexedDataset {
  readonly dataset: ValidatedDataset;
}

/** The active dataset with its provenance; replaced whole, never mutated. */
export interface Snapshot extends IndexedDataset {
  readonly origin: DatasetOrigin;
  /** ISO timestamp of activation. */
  readonly loadedAt: string;
  /** Content fingerprint (see `datasetFingerprint`), computed once per dataset and handed along. */
  readonly hash: string;
}

type Listener = (snapshot: Snapshot) => void;

interface StoreState {
  snapshot: Snapshot;
  listeners: Set<Listener>;
}

/**
 * In the shared runtime the functions bundle and the task-pane bundle run in one JavaScript context but
 * each carries its own copy of this module; keeping the state on the global object gives both one store,
 * so the functions answer from a refreshed dataset the moment the pane activates it.
 */
const STATE_KEY = "__rareEarthIndependenceStore__";

/**
 * A frozen, indexed snapshot. `hash` is the dataset's fingerprint as it was computed once: by
 * `acceptDataset` for a dataset the pane accepted, by the build for the embedded one
 * (embedded-fingerprint.ts), so the page carries no SHA-256 at start-up.
 */
export function snapshotOf(
  dataset: ValidatedDataset,
  origin: DatasetOrigin,
  hash: string,
  loadedAt = new Date()
): Snapshot {
  return Object.freeze({
    dataset: deepFreeze(dataset),
    origin: Object.freeze({ ...origin }),
    loadedAt: loadedAt.toISOString(),
    hash,
  });
}

/**
 * The embedded dataset is validated when the add-in is built (webpack.config.js fails the build on any
 * schema issue) and by the data tests, so it is trusted here: validating it again at start-up would put
 * zod into functions.js, which must stay small and start fast. Downloads are validated by the pane.
 */
function embeddedSnapshot(): Snapshot {
  return snapshotOf(
    embedded as unknown as ValidatedDataset,
    { kind: "embedded" },
    EMBEDDED_FINGERPRINT
  );
}

/**
 * The state object once this copy of the module has found (or made) it: it is never replaced, only its
 * fields are, so holding it saves a lookup on the global object on every calculation.
 */
let found: StoreState | undefined;

function state(): StoreState {
  return found ?? (found = sharedState());
}

function sharedState(): StoreState {
  const holder = globalThis as unknown as Record<string, StoreState | undefined>;
  return (holder[STATE_KEY] ??= { snapshot: embeddedSnapshot(), listeners: new Set() });
}

/** The dataset every function answers from right now. */
export function activeSnapshot(): Snapshot {
  return state().snapshot;
}

/**
 * The active snapshot once this copy of the module has found the store (after the first
 * `activeSnapshot`), else undefined: for a warm call's lookup, which has nothing to find before a first
 * call has run and so is spared making the store, and the failure it may report, on its path.
 */
export function foundSnapshot(): Snapshot | undefined {
  return found?.snapshot;
}

/**
 * Makes a validated dataset the active one and tells every listener; `hash` is its fingerprint as
 * `acceptDataset` computed it.
 */
export function activateDataset(
  dataset: ValidatedDataset,
  origin: DatasetOrigin,
  hash: string
): Snapshot {
  const s = state();
  s.snapshot = snapshotOf(dataset, origin, hash);
  s.listeners.forEach((listener) => listener(s.snapshot));
  return s.snapshot;
}

/** Calls `listener` after each activation; returns the function that stops it. */
export function onDatasetChange(listener: Listener): () => void {
  const s = state();
  s.listeners.add(listener);
  return () => s.listeners.delete(listener);
}

/** Back to the dataset that ships inside the add-in. */
export function resetToEmbedded(): Snapshot {
  const s = state();
  s.snapshot = embeddedSnapshot();
  s.listeners.forEach((listener) => listener(s.snapshot));
  return s.snapshot;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    Object.values(value as Record<string, unknown>).forEach(deepFreeze);
  }
  return value;
}
