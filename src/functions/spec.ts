import { todayIso } from "../core/_lib/dates";
import type { Answer, Basis, Outcome } from "../core/_lib/outcome";
import { activeSnapshot, type Snapshot } from "../data/store";
import { cachedAnswer, cellKeysOf, rememberAnswer, type CellKeys } from "./answerCache";
import {
  BLANK,
  isRefusal,
  toDate,
  toNumber,
  toNumbers,
  toText,
  toTable,
  toTexts,
  type ArgumentLabel,
  type TableCell,
  type Coerced,
} from "./coerce";
import { outOfBounds, zeroIsBlank } from "./bounds";
import { messages, refuse, stated, type Refusal } from "./errors";

/**
 * What a parameter accepts, and what the core receives after coercion (see coerce.ts):
 * number → number; text → string; date → partial-date text; numbers → number[] (a row or a column);
 * texts → string[] (a row, a column or a comma list); table → rows of cells (a range, blanks as null);
 * arguments → the raw values of a repeating
 * parameter (RE.SOURCE forwards them to another function).
 */
export type ParamKind = "number" | "text" | "date" | "numbers" | "texts" | "table" | "arguments";

interface KindValue {
  number: number;
  text: string;
  date: string;
  numbers: number[];
  texts: string[];
  table: TableCell[][];
  arguments: readonly unknown[];
}

/** One parameter, HyperFormula-style: type, optional, bounds, and the help text Excel shows. */
export interface ParamSpec {
  /** The name Excel's formula help shows (functions.json). */
  readonly name: string;
  readonly kind: ParamKind;
  /**
   * Whether the argument may be left out or blank; the core then applies its default, which the
   * description states (the core's options document it too, so there is one default, the core's).
   */
  readonly optional?: boolean;
  /** Inclusive bounds a number must respect, else #NUM!; set only where the core does not judge the number. */
  readonly min?: number;
  readonly max?: number;
  /**
   * A range here makes the function answer one value per cell (the runner maps over it, each cell with
   * its own answer or error): Excel's metadata gives the parameter and the result matrix dimensionality.
   * For one-value kinds only (number, text, date).
   */
  readonly acceptsRange?: boolean;
  /** The last parameter only: Excel hands its values over as one array (RE.SOURCE's arguments). */
  readonly repeating?: boolean;
  /** The help text Excel shows for the parameter (functions.json), and the reference's: units and accepted values. */
  readonly description: string;
}

/** What a cell can show: a number, text, a boolean, or a matrix of them that spills. */
export type CellScalar = number | string | boolean;
export type CellMatrix = readonly (readonly CellScalar[])[];
export type CellResult = CellScalar | CellMatrix;

/** A call's outcome: the value with its basis, or a refusal (a failure, or an incoming error passed on). */
export type Evaluation<R> = Answer<R> | Refusal;

/** One cell of an answer over a range: its value, or the refusal that cell alone shows. */
export type SpilledCell = CellScalar | Refusal;
export type SpilledCells = readonly (readonly SpilledCell[])[];

/** What `runCells` gives: a spec's result, or one per cell when a range fills an `acceptsRange` parameter. */
export type RunResult<R> = Evaluation<R | SpilledCells>;

/** One Excel function: its help text, its parameters, its example, and its computation. */
export interface FunctionSpec<R extends CellResult = CellResult> {
  /** Excel name without the RE. namespace, in capitals; also the stable function id in functions.json. */
  readonly name: string;
  /** What the function answers: Excel's formula help (functions.json), the catalogue and the reference show it. */
  readonly description: string;
  readonly params: readonly ParamSpec[];
  /** "matrix" results spill; the others fill one cell ("value": a number or text, depending on the arguments). */
  readonly returns: "number" | "text" | "value" | "matrix";
  /** The @returns text: what the value is and in which unit. */
  readonly result: string;
  /** A formula that works on the embedded dataset, what it shows, and (for scalars) its exact value. */
  readonly example: {
    readonly formula: string;
    readonly shows: string;
    readonly value?: CellScalar;
  };
  /** The dataset tables and sources the function rests on, for the catalogue and the reference. */
  readonly sources: string;
  /**
   * Whether an answer can depend on today's date (a date left out means today): the answer cache then
   * keeps answers per day, so a workbook open past midnight is not answered with yesterday's status.
   */
  readonly readsToday?: boolean;
  /** Coerced arguments in, outcome out; never throws (the runner guards it anyway). */
  readonly evaluate: (data: Snapshot, args: readonly unknown[]) => Evaluation<R>;
}

type ArgOf<P extends ParamSpec> = P extends { kind: infer K extends ParamKind }
  ? P extends { optional: true }
    ? KindValue[K] | undefined
    : KindValue[K]
  : never;

/** The coerced arguments a spec's computation receives, typed from its parameter list. */
export type ArgsOf<Ps extends readonly ParamSpec[]> = { -readonly [I in keyof Ps]: ArgOf<Ps[I]> };

/** A spec written with typed arguments: `compute` sees exactly what its parameters promise. */
export function defineFunction<const Ps extends readonly ParamSpec[], R extends CellResult>(
  definition: Omit<FunctionSpec<R>, "evaluate" | "params"> & {
    readonly params: Ps;
    readonly compute: (data: Snapshot, args: ArgsOf<Ps>) => Outcome<R> | Evaluation<R>;
  }
): FunctionSpec<R> {
  const { compute, ...spec } = definition;
  return {
    ...spec,
    evaluate: (data, args) => {
      const outcome = compute(data, args as ArgsOf<Ps>);
      return outcome.ok || !("code" in outcome) ? outcome : stated(outcome);
    },
  };
}

/** The Excel name as users type it. */
export function excelName(spec: FunctionSpec): string {
  return `RE.${spec.name}`;
}

function coerceArgument(value: unknown, param: ParamSpec, label: ArgumentLabel): Coerced<unknown> {
  switch (param.kind) {
    case "number":
      return toNumber(value, label, zeroIsBlank(param));
    case "text":
      return toText(value, label);
    case "date":
      return toDate(value, label);
    case "numbers":
      return toNumbers(value, label);
    case "texts":
      return toTexts(value, label);
    case "table":
      return toTable(value);
    case "arguments":
      return value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
  }
}

/** Whether an argument beyond the parameter list is blank (a trailing comma, an empty repeating slot). */
function isBlankExtra(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return true;
  return Array.isArray(value) && value.every(isBlankExtra);
}

/**
 * What the runner needs of a spec beside the spec, made once per spec: the runner is on every cell's
 * recalculation path, so it allocates nothing it can keep. The labels messages name each parameter by,
 * and which arguments the answer cache keys by their one cell (see answerCache.ts).
 */
interface SpecPlan {
  readonly labels: readonly ArgumentLabel[];
  readonly cellKeys: CellKeys;
}

const plans = new WeakMap<FunctionSpec, SpecPlan>();

function planOf(spec: FunctionSpec): SpecPlan {
  let plan = plans.get(spec);
  if (!plan) {
    const fn = excelName(spec);
    plan = {
      labels: spec.params.map((param) => ({ fn, param: param.name })),
      cellKeys: cellKeysOf(spec.params),
    };
    plans.set(spec, plan);
  }
  return plan;
}

/**
 * Checks and converts the arguments a cell handed in: arity, coercion, blanks, bounds. Returns the
 * core's arguments or the refusal to show; the first refusal in argument order wins, as in Excel.
 */
function prepare(spec: FunctionSpec, args: readonly unknown[]): unknown[] | Refusal {
  const params = spec.params;
  for (let i = params.length; i < args.length; i++) {
    if (!isBlankExtra(args[i]))
      return refuse(
        "invalid",
        messages.tooManyArguments(excelName(spec), params.length, args.length)
      );
  }
  const labels = planOf(spec).labels;
  const prepared: unknown[] = new Array(params.length);
  for (let i = 0; i < params.length; i++) {
    const param = params[i];
    const label = labels[i];
    const value = coerceArgument(args[i], param, label);
    if (value === BLANK) {
      if (!param.optional) return refuse("invalid", messages.missing(label.fn, label.param));
      prepared[i] = undefined;
      continue;
    }
    if (isRefusal(value)) return value;
    if (typeof value === "number") {
      const outside = outOfBounds(param, value, label);
      if (outside) return outside;
    }
    prepared[i] = value;
  }
  return prepared;
}

function isCellScalar(value: unknown): value is CellScalar {
  return (
    typeof value === "string" ||
    typeof value === "boolean" ||
    (typeof value === "number" && Number.isFinite(value))
  );
}

/**
 * The contract every answer must meet before it reaches a cell: a finite number, text or boolean, or for
 * matrix functions a non-empty rectangle of them (a null cell becomes "", which Excel shows as empty).
 * A core bug that breaks it becomes a #VALUE! saying so, never NaN or undefined in a cell.
 */
function checkResult<R extends CellResult>(
  spec: FunctionSpec<R>,
  outcome: Answer<R>
): Evaluation<R> {
  const value: unknown = outcome.value;
  if (spec.returns !== "matrix") {
    return isCellScalar(value) ? outcome : refuse("invalid", messages.noValue(excelName(spec)));
  }
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    !Array.isArray(value[0]) ||
    value[0].length === 0
  ) {
    return refuse("invalid", messages.noValue(excelName(spec)));
  }
  const width = value[0].length;
  let clean = true;
  for (const row of value) {
    if (!Array.isArray(row) || row.length !== width)
      return refuse("invalid", messages.noValue(excelName(spec)));
    for (const cell of row) {
      if (cell === null) clean = false;
      else if (!isCellScalar(cell)) return refuse("invalid", messages.noValue(excelName(spec)));
    }
  }
  if (clean) return outcome;
  const rows = (value as unknown[][]).map((row) => row.map((cell) => (cell === null ? "" : cell)));
  return { ...outcome, value: rows as unknown as R };
}

/**
 * An answer as the cache keeps it: frozen with its basis (and a matrix's rows), since every later call
 * with the same arguments receives the very same object.
 */
function frozen<E extends Evaluation<unknown>>(evaluation: E): E {
  if (evaluation.ok) {
    evaluation.basis.forEach((b) => Object.freeze(b));
    Object.freeze(evaluation.basis);
    if (Array.isArray(evaluation.value)) {
      evaluation.value.forEach((row) => Object.freeze(row));
      Object.freeze(evaluation.value);
    }
  }
  return Object.freeze(evaluation);
}

function evaluate<R extends CellResult>(
  spec: FunctionSpec<R>,
  args: readonly unknown[],
  data: Snapshot
): Evaluation<R> {
  try {
    const prepared = prepare(spec, args);
    if (isRefusal(prepared)) return prepared;
    const outcome = spec.evaluate(data, prepared);
    return outcome.ok ? checkResult(spec, outcome) : outcome;
  } catch (error) {
    return crashed(spec, error);
  }
}

function crashed(spec: FunctionSpec, error: unknown): Refusal {
  return refuse(
    "invalid",
    messages.crashed(excelName(spec), error instanceof Error ? error.message : String(error))
  );
}

/**
 * The one runner, HyperFormula's `runFunction` for our functions: arity → coercion → blanks (left to
 * the core's defaults, or "required") → bounds → core → checked value, or the refusal to show. Excel's
 * registration (functions.ts) and the preview engine's plugin both call it, so a formula gives the same answer in both.
 * Answers are remembered per snapshot by the raw arguments (see answerCache.ts): a warm call is a few
 * map lookups. It never throws: a throw from below (a core bug, a store that cannot load) becomes a
 * #VALUE! that says so.
 */
export function run<R extends CellResult>(
  spec: FunctionSpec<R>,
  args: readonly unknown[],
  data?: Snapshot
): Evaluation<R> {
  let snapshot: Snapshot;
  try {
    snapshot = data ?? activeSnapshot();
  } catch (error) {
    return crashed(spec, error);
  }
  return runOnce(spec, args, snapshot, spec.readsToday ? todayIso() : undefined);
}

/**
 * `run` for Excel, where a range may fill an `acceptsRange` parameter: then the function answers once
 * per cell of it (`runOverRanges`), in this one invocation; otherwise it is `run`.
 */
export function runCells<R extends CellResult>(
  spec: FunctionSpec<R>,
  args: readonly unknown[],
  data?: Snapshot
): RunResult<R> {
  if (!hasRangeInCell(spec, args)) return run(spec, args, data);
  try {
    return runOverRanges(spec, args, data ?? activeSnapshot());
  } catch (error) {
    return crashed(spec, error);
  }
}

function runOnce<R extends CellResult>(
  spec: FunctionSpec<R>,
  args: readonly unknown[],
  snapshot: Snapshot,
  day: string | undefined
): Evaluation<R> {
  const held = cachedAnswer(snapshot, spec, args, day) as Evaluation<R> | undefined;
  if (held !== undefined) return held;
  return rememberAnswer(snapshot, spec, args, frozen(evaluate(spec, args, snapshot)), day);
}

/** A 2-D array with at least one cell: how Excel hands over a range. */
function isRange(value: unknown): value is readonly (readonly unknown[])[] {
  return Array.isArray(value) && value.length > 0 && Array.isArray(value[0]) && value[0].length > 0;
}

function hasRangeInCell(spec: FunctionSpec, args: readonly unknown[]): boolean {
  const params = spec.params;
  for (let i = 0; i < params.length; i++)
    if (params[i].acceptsRange && isRange(args[i])) return true;
  return false;
}

/** The key the answers over one-cell ranges are kept under, apart from the same call's plain answers. */
function cellsKey(day: string | undefined): string {
  return day === undefined ? "cells" : `cells ${day}`;
}

/**
 * Range-in, column-out: the function answered once per cell of the ranges given to its `acceptsRange`
 * parameters, in one invocation, each cell with its own answer or refusal (a bad year in a column of
 * years is one error cell, not an error for the column). Ranges combine as Excel lifts a function over
 * arrays: a one-row or one-column range stretches along the other ranges, and a cell beyond a shorter
 * range's end is #N/A. Each cell's answer comes from (and goes to) the answer cache; the answer over
 * one-cell ranges, the way Excel hands over every value of such a parameter, is cached itself.
 */
function runOverRanges<R extends CellResult>(
  spec: FunctionSpec<R>,
  args: readonly unknown[],
  snapshot: Snapshot
): Evaluation<SpilledCells> {
  const day = spec.readsToday ? todayIso() : undefined;
  const key = cellsKey(day);
  const cellKeys = planOf(spec).cellKeys;
  const held = cachedAnswer(snapshot, spec, args, key, cellKeys) as
    Evaluation<SpilledCells> | undefined;
  if (held !== undefined) return held;
  const params = spec.params;
  let rows = 1;
  let columns = 1;
  for (let i = 0; i < params.length; i++) {
    const range = args[i];
    if (params[i].acceptsRange && isRange(range)) {
      rows = Math.max(rows, range.length);
      columns = Math.max(columns, ...range.map((row) => row.length));
    }
  }
  const cells: SpilledCell[][] = [];
  const basis: Basis[] = [];
  for (let r = 0; r < rows; r++) {
    const row: SpilledCell[] = [];
    for (let c = 0; c < columns; c++) {
      const cellArgs = cellArguments(spec, args, r, c);
      const answer =
        cellArgs === undefined ? beyondRange(spec) : runOnce(spec, cellArgs, snapshot, day);
      if (answer.ok) {
        row.push(answer.value as CellScalar);
        basis.push(...answer.basis);
      } else row.push(answer);
    }
    cells.push(row);
  }
  return rememberAnswer(snapshot, spec, args, frozen(answerOf(cells, basis)), key, cellKeys);
}

/** The arguments of one cell of the answer, or undefined when a range does not reach it. */
function cellArguments(
  spec: FunctionSpec,
  args: readonly unknown[],
  r: number,
  c: number
): unknown[] | undefined {
  const cellArgs = args.slice();
  for (let i = 0; i < spec.params.length; i++) {
    const range = args[i];
    if (!spec.params[i].acceptsRange || !isRange(range)) continue;
    const row = range.length === 1 ? range[0] : range[r];
    if (row === undefined) return undefined;
    const cell = row.length === 1 ? row[0] : row[c];
    if (cell === undefined && c >= row.length) return undefined;
    cellArgs[i] = cell;
  }
  return cellArgs;
}

function beyondRange(spec: FunctionSpec): Refusal {
  return refuse("notAvailable", messages.beyondRange(excelName(spec)));
}

function answerOf(cells: SpilledCells, basis: readonly Basis[]): Evaluation<SpilledCells> {
  return { ok: true, value: cells, basis };
}
