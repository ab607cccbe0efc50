import { activeSnapshot, foundSnapshot } from "../data/store";
import { cachedAnswer, cellKeysOf, lookupOf, rememberAnswer } from "./answerCache";
import { excelMatrix, excelScalar } from "./errors";
import { returnsMatrix } from "./metadata";
import { run, runCells, type FunctionSpec } from "./spec";

/** A function as Excel calls it: the declared arguments, then the invocation object Excel always appends. */
export type ExcelFunction = (...args: unknown[]) => unknown;

/**
 * The implementation Excel runs for one spec: its declared arguments through the runner, the answer or a
 * `CustomFunctions.Error` back. A matrix result (a spilling table, or a function mapped over a range,
 * `acceptsRange`) goes back as a matrix: one answer or error per cell, a single value or an error of the
 * whole call as 1×1. Excel appends an invocation object after the declared parameters, so only those
 * are handed on.
 *
 * A warm call is one lookup in the answer cache: the Excel form (the value, the error object, the
 * matrix) is remembered beside the runner's answers under a tree of its own, so a recalculation neither
 * runs the runner nor converts its answer again. Answers that depend on today's date are left to the
 * runner, which keeps them per day.
 */
export function excelFunction(spec: FunctionSpec): ExcelFunction {
  const arity = spec.params.length;
  const toExcel: (args: readonly unknown[]) => unknown = returnsMatrix(spec)
    ? (args) => excelMatrix(runCells(spec, args))
    : (args) => excelScalar(run(spec, args));
  if (spec.readsToday) return withArity(arity, () => undefined, toExcel);
  // The Excel forms' own tree: any object names a function to the answer cache.
  const excelForm = {};
  const cellKeys = cellKeysOf(spec.params);
  // none before a first call, which finds the store
  const held = lookupOf(excelForm, arity, cellKeys, foundSnapshot);
  return withArity(arity, held, (args) => {
    let snapshot: object;
    try {
      snapshot = activeSnapshot();
    } catch {
      return toExcel(args); // the runner turns the failure into a #VALUE! that says so
    }
    const again = cachedAnswer(snapshot, excelForm, args, undefined, cellKeys);
    if (again !== undefined) return again;
    return rememberAnswer(snapshot, excelForm, args, toExcel(args), undefined, cellKeys);
  });
}

/** The answer held for a call of up to four arguments, given one by one, or undefined. */
type Held = (a: unknown, b: unknown, c: unknown, d: unknown) => unknown;

/**
 * `call` as a function of `arity` parameters: Excel's extra invocation argument is never handed on.
 * Up to four (most specs), `held` is asked first with the arguments as they came (those past `arity`
 * are not read), so a warm call fills no array; `call` gets an array of its own, which it may keep.
 */
function withArity(arity: number, held: Held, call: (args: unknown[]) => unknown): ExcelFunction {
  if (arity > 4) return (...given) => call(given.slice(0, arity));
  return (a, b, c, d) => {
    const answer = held(a, b, c, d);
    return answer !== undefined ? answer : call([a, b, c, d].slice(0, arity));
  };
}
