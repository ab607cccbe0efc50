/**
 * The runner's answer cache: the one place results are remembered. A workbook recalculates the same
 * formula with the same arguments again and again; a warm call is then a short walk instead of
 * coercion, the core and its basis texts.
 *
 * Keys are the raw arguments a cell handed in, one tree level per argument, so nothing is joined into a
 * string: each argument is compared as the primitive it is, so an omitted argument (undefined), the text
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

/**
 * Branches of a level kept in a list, before they move to a Map: most levels of a workbook's calls have
 * a few values (a stage, a year, an omitted option), and comparing a few primitives is cheaper than
 * hashing one, which is what a warm call spends its time on.
 */
const LIST_LIMIT = 8;

/** The keys of -0 and NaN, which `===` (and a Map, for -0) would file with another value or with none. */
const NEGATIVE_ZERO = Symbol("-0");
const NOT_A_NUMBER = Symbol("NaN");

/** One level of the key tree: the answer of the arguments so far, and the next argument's branches. */
class Node {
  answer: unknown = undefined;
  /** The first branches (up to LIST_LIMIT), in the order they were made: key, node, key, node… */
  list: unknown[] = [];
  /** Every branch, once there are more than the list holds. */
  map: Map<unknown, Node> | undefined = undefined;
  /**
   * A function's trees for answers kept under an `extra` key, apart from its first argument's branches:
   * a call whose first argument is the text of such a key never meets them.
   */
  extras: Map<string, Node> | undefined = undefined;
}

function childOf(node: Node, key: unknown): Node | undefined {
  const map = node.map;
  if (map !== undefined) return map.get(key);
  const list = node.list;
  for (let i = 0; i < list.length; i += 2) if (list[i] === key) return list[i + 1] as Node;
  return undefined;
}

function branch(node: Node, key: unknown): Node {
  let child = childOf(node, key);
  if (child !== undefined) return child;
  child = new Node();
  if (node.map !== undefined) node.map.set(key, child);
  else if (node.list.length < 2 * LIST_LIMIT) node.list.push(key, child);
  else {
    const map = new Map<unknown, Node>();
    for (let i = 0; i < node.list.length; i += 2) map.set(node.list[i], node.list[i + 1] as Node);
    map.set(key, child);
    node.map = map;
    node.list = [];
  }
  return child;
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

/**
 * The key an argument is filed under: the primitive itself (-0 and NaN apart, which `===` would file
 * with 0 and with nothing), or UNCACHED for a range or an error. Text and numbers, most arguments, are
 * decided by the first tests.
 */
function keyOf(value: unknown): unknown {
  if (typeof value === "string") return value;
  if (typeof value === "number") {
    if (value !== 0) return value === value ? value : NOT_A_NUMBER;
    return 1 / value < 0 ? NEGATIVE_ZERO : 0;
  }
  if (typeof value === "object" || typeof value === "function")
    return value === null ? null : UNCACHED;
  return value;
}

/**
 * The cell of a one-cell range (an argument of an `acceptsRange` parameter), which keys it: Excel hands
 * every value to such a parameter as a range, and a one-cell range answers as its cell does. Anything
 * else is returned as it is. Only used under a key of its own (`extra`), or where the two answer alike.
 */
function oneCell(value: object): unknown {
  if (Array.isArray(value) && value.length === 1) {
    const row: unknown = value[0];
    if (Array.isArray(row) && row.length === 1) return row[0];
  }
  return value;
}

/**
 * Which arguments are keyed by their one cell when they are one-cell ranges (see `oneCell`): true at
 * the index of each `acceptsRange` parameter. Made once per function, not on every call.
 */
export type CellKeys = readonly boolean[];

export function cellKeysOf(params: readonly { readonly acceptsRange?: boolean }[]): CellKeys {
  return params.map((param) => param.acceptsRange === true);
}

function keyAt(args: readonly unknown[], i: number, cells: CellKeys | undefined): unknown {
  const value = args[i];
  return typeof value === "object" && value !== null && cells !== undefined && cells[i]
    ? keyOf(oneCell(value))
    : keyOf(value);
}

/**
 * The answer remembered for `fn` called with `args` on `snapshot`, or undefined. `fn` is any object
 * that names the function (its spec); `extra` is a further key for answers that depend on something
 * beside the arguments (today's date) or are of another form (one-cell ranges, with `cells` saying which
 * arguments they may be in). On every warm call's path, so it allocates nothing.
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
    const key = keyAt(args, i, cells);
    if (key === UNCACHED) return undefined;
    node = childOf(node, key);
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
  let node = treeIn(answers.roots, fn);
  if (extra !== undefined) node = treeIn((node.extras ??= new Map()), extra);
  for (let i = 0; i < args.length; i++) node = branch(node, keyAt(args, i, cells));
  if (node.answer === undefined) answers.size += 1;
  node.answer = answer;
  return answer;
}

function treeIn<K>(trees: Map<K, Node>, key: K): Node {
  let tree = trees.get(key);
  if (tree === undefined) {
    tree = new Node();
    trees.set(key, tree);
  }
  return tree;
}
