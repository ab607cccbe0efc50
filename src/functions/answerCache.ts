/**
 * The runner's answer cache: the one place results are remembered. A workbook recalculates the same
 * formula with the same arguments again and again; a warm call is then a short walk instead of
 * coercion, the core and its basis texts.
 *
 * Keys are the raw arguments a cell handed in, so nothing is joined into a string: each argument is
 * compared as the primitive it is, so an omitted argument (undefined), the text "undefined", null,
 * "null", 5 and "5" each have their own entry, and a separator inside a keyword cannot merge two calls.
 * Calls with different numbers of arguments are kept apart. Only primitives are keys: a call with a
 * range or an error value among its arguments is run every time. Each snapshot of the dataset has its
 * own cache, held in a WeakMap on the snapshot, so a refreshed dataset starts empty and the old answers
 * go with the old snapshot.
 */

/**
 * Answers kept per snapshot before its cache starts afresh: room for the distinct calls of a large
 * workbook, small enough (a few MB) that a sheet of random arguments cannot grow it without bound.
 */
const ANSWER_LIMIT = 16384;

/**
 * Calls a level keeps side by side before it files them under their next key: most of a workbook's
 * calls of one function share their first argument's few values (a country, a stage), and comparing a
 * few primitives in a row is cheaper than hashing one, which is what a warm call spends its time on.
 */
const LIST_LIMIT = 8;

/** The keys of -0 and NaN, which `===` (and a Map, for -0) would file with another value or with none. */
const NEGATIVE_ZERO = Symbol("-0");
const NOT_A_NUMBER = Symbol("NaN");

/**
 * Calls that agree on the keys before this level (the keys the Maps above it were consulted with): up
 * to LIST_LIMIT of them as rows, each row the call's remaining keys side by side in `keys` (a row is as
 * wide as the number of keys left, and at least four: fewer are followed by undefined, so a warm call
 * compares four keys whatever its width, as `answerIn` says) with its answer in `answers`; past that, a
 * Map of the next key to the levels of the calls that have it. A warm call is then one or two
 * `Map.get`s and a short scan.
 */
class Level {
  keys: unknown[] = [];
  answers: unknown[] = [];
  next: Map<unknown, Level> | undefined = undefined;
}

/** A function's answers: a level per number of arguments, and the trees of its `extra` keys. */
class Tree {
  readonly byLength: (Level | undefined)[] = [];
  /** Kept apart from the arguments' keys: a call whose first argument is such a key never meets them. */
  extras: Map<string, Tree> | undefined = undefined;
}

/** One snapshot's answers, a tree per function. */
interface Answers {
  readonly trees: Map<object, Tree>;
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
let lastTree: Tree | undefined;

function answersOf(snapshot: object): Answers {
  if (snapshot === lastSnapshot) return lastAnswers as Answers;
  let answers = bySnapshot.get(snapshot);
  if (!answers) {
    answers = { trees: new Map(), size: 0 };
    bySnapshot.set(snapshot, answers);
  }
  lastSnapshot = snapshot;
  lastAnswers = answers;
  lastFn = undefined;
  return answers;
}

/**
 * The tree of `fn` on `snapshot`. The check of the last one asked about is all a warm call runs: the
 * functions on a warm call's path are kept this small so that the compiler inlines the whole path
 * into the function Excel calls (it stops at a budget of bytecode), the lookups of another snapshot or
 * function are called apart. Such a helper, called from one place, is marked for the minifier, which
 * would otherwise put its body into its caller's bytecode.
 */
function treeOf(snapshot: object, fn: object): Tree | undefined {
  return snapshot === lastSnapshot && fn === lastFn
    ? lastTree
    : /*#__NOINLINE__*/ findTree(snapshot, fn);
}

function findTree(snapshot: object, fn: object): Tree | undefined {
  const tree = answersOf(snapshot).trees.get(fn);
  if (tree) {
    lastFn = fn;
    lastTree = tree;
  }
  return tree;
}

/** What `argumentKey` gives for an argument that cannot be a key: the call is then not cached. */
const UNCACHED = Symbol("uncached");

/**
 * Which arguments are keyed by their one cell when they are one-cell ranges: true at the index of each
 * `acceptsRange` parameter. Made once per function, not on every call.
 */
export type CellKeys = readonly boolean[];

export function cellKeysOf(params: readonly { readonly acceptsRange?: boolean }[]): CellKeys {
  return params.map((param) => param.acceptsRange === true);
}

/**
 * The key an argument is filed under: the primitive itself (-0 and NaN apart, which `===` would file
 * with 0 and with nothing), or UNCACHED for a range or an error. Where `cell` says so (an argument of
 * an `acceptsRange` parameter) a one-cell range is keyed by its cell: Excel hands every value to such
 * a parameter as a range, and a one-cell range answers as its cell does (only used under a key of its
 * own, `extra`, or where the two answer alike).
 */
function argumentKey(given: unknown, cell: boolean | undefined): unknown {
  return cell === true ? cellKey(given) : plainKey(given);
}

/**
 * The key of an argument of a parameter that takes no ranges. Text, numbers and omitted arguments are
 * decided here; the rest, which a warm call rarely meets, apart (see `treeOf` on why the path is kept
 * small).
 */
function plainKey(given: unknown): unknown {
  return typeof given === "string" ||
    given === undefined ||
    (typeof given === "number" && given !== 0 && given === given)
    ? given
    : /*#__NOINLINE__*/ rareKey(given); // see `treeOf` on the minifier
}

/** The key of an argument of a parameter that takes ranges: a one-cell range is keyed by its cell. */
function cellKey(given: unknown): unknown {
  return plainKey(
    Array.isArray(given) && given.length === 1 && Array.isArray(given[0]) && given[0].length === 1
      ? (given[0] as unknown[])[0]
      : given
  );
}

/** The key of 0, -0, NaN, null, a boolean, or of a range or an error (UNCACHED). */
function rareKey(value: unknown): unknown {
  if (typeof value === "number") {
    if (value !== value) return NOT_A_NUMBER;
    return 1 / value < 0 ? NEGATIVE_ZERO : 0;
  }
  if (typeof value === "object" || typeof value === "function")
    return value === null ? null : UNCACHED;
  return value;
}

/** Stands for an argument past a call's last: an omitted argument, as the rows' padding is. */
function noKey(): undefined {
  return undefined;
}

function keyAt(args: readonly unknown[], i: number, cells: CellKeys | undefined): unknown {
  return argumentKey(args[i], cells?.[i]);
}

/**
 * The keys of the call being looked up past its fourth, filled for the lookup of a longer call and
 * emptied after it (primitives only: a range is never kept alive by it), so that past a call's last
 * key it holds undefined, as a row's padding does.
 */
const lookedUp: unknown[] = new Array<unknown>(16).fill(undefined);

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
  let tree = treeOf(snapshot, fn);
  if (tree !== undefined && extra !== undefined) tree = tree.extras?.get(extra);
  const level = tree?.byLength[args.length];
  if (level === undefined) return undefined;
  for (let i = 4; i < args.length; i++) lookedUp[i] = keyAt(args, i, cells);
  const answer = answerIn(
    level,
    args.length,
    keyAt(args, 0, cells),
    keyAt(args, 1, cells),
    keyAt(args, 2, cells),
    keyAt(args, 3, cells)
  );
  lookedUp.fill(undefined, 4, args.length);
  return answer;
}

/**
 * A function's lookup of its calls of at most four arguments handed over one by one, as Excel's
 * registration receives them: `cachedAnswer` for a call of `arity` arguments (those past it are not
 * read) with `cells` saying which are keyed by their one cell, so a warm call fills and reads no
 * array. Each argument's key function is chosen here, once per function, so that a warm call reads
 * no flags and meets only the key functions its arguments need. `snapshot` gives the active snapshot,
 * or undefined where there is none to ask about yet (the lookup then finds nothing); it is handed over
 * as a value because a bundle reaches an imported function through a getter on each use, a load the
 * compiler leaves as a call on every warm call.
 */
export function lookupOf(
  fn: object,
  arity: number,
  cells: CellKeys,
  snapshot: () => object | undefined
): (a: unknown, b: unknown, c: unknown, d: unknown) => unknown {
  const [k0, k1, k2, k3] = [0, 1, 2, 3].map((i) =>
    i >= arity ? noKey : cells[i] === true ? cellKey : plainKey
  );
  return (a, b, c, d) => {
    const active = snapshot();
    const level = active && treeOf(active, fn)?.byLength[arity];
    return level && answerIn(level, arity, k0(a), k1(b), k2(c), k3(d));
  };
}

/**
 * The answer in `level` of the call of `length` arguments whose first keys are `k0`…`k3` (the others
 * in `lookedUp`; undefined past the last). The first four keys are in variables, shifted along as the
 * Maps consume them, and a row's first four keys are compared each at a place of its own: each
 * comparison then meets one parameter's kind of value (a text, a year) and is compiled for it, where
 * one loop over the keys would compare every kind at one place. The four are compared whatever the
 * row's width (a narrower row is padded with undefined, and so are the keys past a call's last), so
 * the comparisons ask nothing of the width. A range or an error among the arguments has the key
 * UNCACHED, which no Map or row holds, so such a call finds nothing.
 */
function answerIn(
  level: Level,
  length: number,
  k0: unknown,
  k1: unknown,
  k2: unknown,
  k3: unknown
): unknown {
  let from = 0;
  for (; level.next !== undefined; from++) {
    const next = level.next.get(k0);
    if (next === undefined) return undefined;
    level = next;
    k0 = k1;
    k1 = k2;
    k2 = k3;
    k3 = lookedUp[from + 4];
  }
  const width = length - from < 4 ? 4 : length - from;
  const rows = level.keys;
  const answers = level.answers;
  for (let row = 0, at = 0; row < answers.length; row++, at += width)
    if (
      rows[at] === k0 &&
      rows[at + 1] === k1 &&
      rows[at + 2] === k2 &&
      rows[at + 3] === k3 &&
      (width < 5 || sameFurther(rows, at, width, from))
    )
      return answers[row];
  return undefined;
}

/** Whether a row's keys past its first four are those of the call being looked up. */
function sameFurther(rows: readonly unknown[], at: number, width: number, from: number): boolean {
  for (let i = 4; i < width; i++) if (rows[at + i] !== lookedUp[from + i]) return false;
  return true;
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
  const keys = args.map((_, i) => keyAt(args, i, cells));
  if (keys.includes(UNCACHED)) return answer;
  const answers = answersOf(snapshot);
  if (answers.size >= ANSWER_LIMIT) {
    answers.trees.clear();
    answers.size = 0;
    lastFn = undefined;
  }
  let tree = treeIn(answers.trees, fn);
  if (extra !== undefined) tree = treeIn((tree.extras ??= new Map()), extra);
  let level = (tree.byLength[keys.length] ??= new Level());
  let from = 0;
  for (; level.next !== undefined; from++) level = levelIn(level.next, keys[from]);
  if (fileRow(level, keys.slice(from), answer)) answers.size += 1;
  return answer;
}

function treeIn<K>(trees: Map<K, Tree>, key: K): Tree {
  let tree = trees.get(key);
  if (tree === undefined) {
    tree = new Tree();
    trees.set(key, tree);
  }
  return tree;
}

function levelIn(levels: Map<unknown, Level>, key: unknown): Level {
  let level = levels.get(key);
  if (level === undefined) {
    level = new Level();
    levels.set(key, level);
  }
  return level;
}

/**
 * Puts `answer` in `level` as the row of `keys` (replacing the answer of an equal row), padded to four
 * keys; a level that outgrows LIST_LIMIT rows files them under their first key. Returns whether the
 * row is new.
 */
function fileRow(level: Level, keys: readonly unknown[], answer: unknown): boolean {
  const row = keys.length < 4 ? [...keys, ...new Array<undefined>(4 - keys.length)] : keys;
  const width = row.length;
  for (let at = 0; at < level.keys.length; at += width)
    if (row.every((key, i) => level.keys[at + i] === key)) {
      level.answers[at / width] = answer;
      return false;
    }
  level.keys.push(...row);
  level.answers.push(answer);
  if (level.answers.length > LIST_LIMIT && keys.length > 0) {
    const next = new Map<unknown, Level>();
    level.answers.forEach((held, i) => {
      const rowKeys = level.keys.slice(i * width, i * width + keys.length);
      fileRow(levelIn(next, rowKeys[0]), rowKeys.slice(1), held);
    });
    level.next = next;
    level.keys = [];
    level.answers = [];
  }
  return true;
}
