import type { ValidatedDataset } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import type { Outcome } from "./outcome";

/**
 * Entries kept per snapshot before its memo starts afresh: room for the distinct calls of a large
 * workbook, small enough (a few MB) that a sheet of random arguments cannot grow it without bound.
 */
const MEMO_LIMIT = 16384;

/** Each dataset's memo, so results are forgotten with the dataset they came from. */
const memos = new WeakMap<ValidatedDataset, Map<string, unknown>>();

function memoOf(data: IndexedDataset): Map<string, unknown> {
  let memo = memos.get(data.dataset);
  if (!memo) {
    memo = new Map();
    memos.set(data.dataset, memo);
  }
  return memo;
}

/**
 * Remembers `compute()` under `key` in the dataset's memo, so work that depends only
 * on the arguments and the dataset is done once per snapshot. Only immutable results may be memoised:
 * every caller shares them.
 */
export function memoised<T>(data: IndexedDataset, key: string, compute: () => T): T {
  const memo = memoOf(data);
  const held = memo.get(key);
  if (held !== undefined || memo.has(key)) return held as T;
  return remember(memo, key, compute());
}

/**
 * `memoised` for a core function's outcome. A workbook recalculates the same formula with the same
 * arguments again and again; answering from the memo skips building the basis texts, which is most of
 * a call's cost. The outcome is frozen (with its basis) because every later caller receives the same one.
 */
export function memoisedOutcome<T>(
  data: IndexedDataset,
  key: string,
  compute: () => Outcome<T>
): Outcome<T> {
  const memo = memoOf(data);
  const held = memo.get(key) as Outcome<T> | undefined;
  if (held !== undefined) return held;
  const outcome = compute();
  if (outcome.ok) {
    outcome.basis.forEach((b) => Object.freeze(b));
    Object.freeze(outcome.basis);
  }
  return remember(memo, key, Object.freeze(outcome));
}

function remember<T>(memo: Map<string, unknown>, key: string, value: T): T {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

/** An argument as it enters a memo key. */
type KeyPart = string | number | boolean | undefined;

/** Separates the parts of a memo key; it cannot occur in text typed into a cell. */
const SEP = "\u0000";

/**
 * Joins a function's name and arguments into a memo key. Fixed arity and plain concatenation rather
 * than a rest parameter: building the key is on every call's path, and collecting and looping over an
 * array costs several times more.
 */
export function memoKey(
  name: string,
  a?: KeyPart,
  b?: KeyPart,
  c?: KeyPart,
  d?: KeyPart,
  e?: KeyPart
): string {
  return name + SEP + a + SEP + b + SEP + c + SEP + d + SEP + e;
}
