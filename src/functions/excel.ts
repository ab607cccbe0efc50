import { activeSnapshot } from "../data/store";
import { cachedAnswer, rememberAnswer } from "./answerCache";
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
 * A warm call is one walk of the answer cache: the Excel form (the value, the error object, the matrix)
 * is remembered beside the runner's answers under a tree of its own, so a recalculation neither runs
 * the runner nor converts its answer again. Answers that depend on today's date are left to the runner,
 * which keeps them per day.
 */
export function excelFunction(spec: FunctionSpec): ExcelFunction {
  const toExcel: (args: readonly unknown[]) => unknown = returnsMatrix(spec)
    ? (args) => excelMatrix(runCells(spec, args))
    : (args) => excelScalar(run(spec, args));
  if (spec.readsToday) return withArity(spec.params.length, toExcel);
  // The Excel forms' own tree: any object names a function to the answer cache.
  const excelForm = {};
  return withArity(spec.params.length, (args) => {
    let snapshot: object;
    try {
      snapshot = activeSnapshot();
    } catch {
      return toExcel(args); // the runner turns the failure into a #VALUE! that says so
    }
    const held = cachedAnswer(snapshot, excelForm, args, undefined, spec.params);
    if (held !== undefined) return held;
    return rememberAnswer(snapshot, excelForm, args, toExcel(args), undefined, spec.params);
  });
}

/**
 * `call` as a function of exactly `arity` parameters: Excel's extra invocation argument is never read
 * and no rest array is made and sliced on every call (the common arities; longer lists fall back).
 */
function withArity(arity: number, call: (args: readonly unknown[]) => unknown): ExcelFunction {
  switch (arity) {
    case 0:
      return () => call([]);
    case 1:
      return (a) => call([a]);
    case 2:
      return (a, b) => call([a, b]);
    case 3:
      return (a, b, c) => call([a, b, c]);
    case 4:
      return (a, b, c, d) => call([a, b, c, d]);
    case 5:
      return (a, b, c, d, e) => call([a, b, c, d, e]);
    default:
      return (...args) => call(args.slice(0, arity));
  }
}
