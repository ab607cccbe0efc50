/**
 * The runner's answer cache: the one place results are remembered. A workbook recalculates the same
 * formula with the same arguments again and again; a warm call is then a few map lookups instead of
 * coercion, the core and its basis texts.
 *
 * Keys are the raw arguments a cell handed in, one map level per argument, so nothing is joined into a
 * string: a Map tells its keys apart by type and value, so an omitted argument (undefined), the text
 * "undefined", null, "null", 5 and "5" each have their own entry, and a separator inside a keyword cannot
 * merge two calls. Only primitives are keys: a call with a range or an error value among its arguments is
 * run every time. Each snapshot of the dataset has its own cache, held in a WeakMap on the snapshot, so a
 * refreshed dataset starts empty and the old answers go with the old snapshot.
 */

/**
 * Answers kept per snapshot before its cache starts afresh: room for the distinct calls of a large
 * workbook, small enough (a few MB) that a sheet of random arguments cannot grow it without bound.
 */
const ANSWER_LIMIT = 16384;

/** The key of -0, which a Map would file with 0 (Excel never sends it, but a key must not merge two values). */
const NEGATIVE_ZERO = Symbol("-0");

/** One level of the key tree: the answer of the arguments so far, and the next argument's branches. */
class Node {
  readonly next = new Map<unknown, Node>();
  answer: unknown = undefined;
  /**
   * On a function's root: its trees for answers kept under an `extra` key, apart from its first
   * argument's branches, so that a call whose first argument is the text of such a key never meets them.
   */
  extras: Map<string, Node> | undefined = undefined;
}

/** One snapshot's answers, a tree per function. */
interface Answers {
  readonly roots: Map<object, Node>;
  size: number;
}

const bySnapshot = new WeakMap<object, Answers>();

/**
 * The last snapshot asked about and its answers, and the last function's tree in them: a recalculation
 * asks about one snapshot, mostly for a column of cells of one function, so the maps that find a tree
 * are consulted only when the snapshot or the function changes.
 */
let lastSnapshot: object | undefined;
let lastAnswers: Answers | undefined;
let lastFn: object | undefined;
let lastRoot: Node | undefined;

function answersOf(snapshot: object): Answers {
  if (snapshot === lastSnapshot) return lastAnswers as Answers;
  let answers = bySnapshot.get(snapshot);
  if (!answers) {
    answers = { roots: new Map(), size: 0 };
    bySnapshot.set(snapshot, answers);
  }
  lastSnapshot = snapshot;
  lastAnswers = answers;
  lastFn = undefined;
  return answers;
}

function rootOf(snapshot: object, fn: object): Node | undefined {
  const answers = answersOf(snapshot);
  if (fn === lastFn) return lastRoot;
  const root = answers.roots.get(fn);
  if (root) {
    lastFn = fn;
    lastRoot = root;
  }
  return root;
}

/** What `keyOf` gives for an argument that cannot be a key: the call is then not cached. */
const UNCACHED = Symbol("uncached");

/** The key an argument is filed under: the primitive itself (-0 apart), or UNCACHED for a range or an error. */
function keyOf(value: unknown): unknown {
  switch (typeof value) {
    case "string":
    case "boolean":
    case "undefined":
      return value;
    case "number":
      return value === 0 && 1 / value < 0 ? NEGATIVE_ZERO : value;
    default:
      return value === null ? null : UNCACHED;
  }
}

/**
 * The key of an argument that may be a range (an `acceptsRange` parameter): a one-cell range is keyed
 * by its cell, since Excel hands every value to such a parameter as a range and a one-cell range answers
 * as its cell does. Only used under a key of its own (`extra`), or where the two answer alike.
 */
function cellKeyOf(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 1) {
    const row: unknown = value[0];
    if (Array.isArray(row) && row.length === 1) return keyOf(row[0]);
  }
  return keyOf(value);
}

/**
 * Which arguments are keyed by their one cell when they are one-cell ranges (see `cellKeyOf`): true at
 * the index of each `acceptsRange` parameter. Made once per function: reading the flag from each
 * parameter's spec on every call was a lookup over many object shapes.
 */
export type CellKeys = readonly boolean[];

export function cellKeysOf(params: readonly { readonly acceptsRange?: boolean }[]): CellKeys {
  return Object.freeze(params.map((param) => param.acceptsRange === true));
}

function keyAt(args: readonly unknown[], i: number, cells: CellKeys | undefined): unknown {
  return cells !== undefined && cells[i] === true ? cellKeyOf(args[i]) : keyOf(args[i]);
}

/**
 * The answer remembered for `fn` called with `args` on `snapshot`, or undefined. `fn` is any object
 * that names the function (its spec); `extra` is a further key for answers that depend on something
 * beside the arguments (today's date) or are of another form (one-cell ranges, with `cells` saying which
 * arguments they may be in). On every warm call's path: text and non-zero numbers, most arguments, are
 * keys as they are.
 */
export function cachedAnswer(
  snapshot: object,
  fn: object,
  args: readonly unknown[],
  extra?: string,
  cells?: CellKeys
): unknown {
  let node = rootOf(snapshot, fn);
  if (node !== undefined && extra !== undefined) node = node.extras?.get(extra);
  for (let i = 0; node !== undefined && i < args.length; i++) {
    const value = args[i];
    const key =
      typeof value === "string" || (typeof value === "number" && value !== 0)
        ? value
        : keyAt(args, i, cells);
    if (key === UNCACHED) return undefined;
    node = node.next.get(key);
  }
  return node?.answer;
}

/**
 * Remembers `answer` (which must never be changed afterwards: every later call receives it) for `fn`
 * called with `args` on `snapshot`. Calls with a range or an error value among their arguments are not
 * remembered. Returns the answer.
 */
export function rememberAnswer<T>(
  snapshot: object,
  fn: object,
  args: readonly unknown[],
  answer: T,
  extra?: string,
  cells?: CellKeys
): T {
  for (let i = 0; i < args.length; i++) if (keyAt(args, i, cells) === UNCACHED) return answer;
  const answers = answersOf(snapshot);
  if (answers.size >= ANSWER_LIMIT) {
    answers.roots.clear();
    answers.size = 0;
    lastFn = undefined;
  }
  let node = branch(answers.roots, fn);
  if (extra !== undefined) node = branch((node.extras ??= new Map()), extra);
  for (let i = 0; i < args.length; i++) node = branch(node.next, keyAt(args, i, cells));
  if (node.answer === undefined) answers.size += 1;
  node.answer = answer;
  return answer;
}

function branch<K>(map: Map<K, Node>, key: K): Node {
  let node = map.get(key);
  if (!node) {
    node = new Node();
    map.set(key, node);
  }
  return node;
}
