import { activeSnapshot } from "../data/store";
import { cachedAnswer, cachedAnswerOf, cellKeysOf, rememberAnswer } from "./answerCache";
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
  if (spec.readsToday)
    return withArity(
      arity,
      () => undefined,
      (args) => toExcel(args.slice())
    );
  // The Excel forms' own tree: any object names a function to the answer cache.
  const excelForm = {};
  const cellKeys = cellKeysOf(spec.params);
  const held: Held = (a, b, c, d) => {
    let snapshot: object;
    try {
      snapshot = activeSnapshot();
    } catch {
      return undefined; // answered by `answer`, which reports the failure
    }
    return cachedAnswerOf(snapshot, excelForm, cellKeys, arity, a, b, c, d);
  };
  return withArity(arity, held, (args) => {
    let snapshot: object;
    try {
      snapshot = activeSnapshot();
    } catch {
      return toExcel(args.slice()); // the runner turns the failure into a #VALUE! that says so
    }
    const again = cachedAnswer(snapshot, excelForm, args, undefined, cellKeys);
    if (again !== undefined) return again;
    const own = args.slice();
    args.fill(undefined); // a range handed in is not kept alive by the next call's array
    return rememberAnswer(snapshot, excelForm, own, toExcel(own), undefined, cellKeys);
  });
}

/** The answer held for a call of up to four arguments, given one by one, or undefined. */
type Held = (a: unknown, b: unknown, c: unknown, d: unknown) => unknown;

/**
 * `call` as a function of exactly `arity` parameters: Excel's extra invocation argument is never read.
 * Arities up to 4 (most specs) have their own case, which first asks `held` with the arguments as they
 * came, so a warm call fills no array; otherwise the arguments go into one array per function, refilled
 * on every call, so a call allocates nothing; `call` must copy it to keep it or to hand it on (another
 * call refills it). Longer lists are copied on every call and go to `call` alone.
 */
function withArity(arity: number, held: Held, call: (args: unknown[]) => unknown): ExcelFunction {
  const args: unknown[] = new Array<unknown>(arity).fill(undefined);
  switch (arity) {
    case 0:
      return () => held(undefined, undefined, undefined, undefined) ?? call(args);
    case 1:
      return (a) => {
        const answer = held(a, undefined, undefined, undefined);
        if (answer !== undefined) return answer;
        args[0] = a;
        return call(args);
      };
    case 2:
      return (a, b) => {
        const answer = held(a, b, undefined, undefined);
        if (answer !== undefined) return answer;
        args[0] = a;
        args[1] = b;
        return call(args);
      };
    case 3:
      return (a, b, c) => {
        const answer = held(a, b, c, undefined);
        if (answer !== undefined) return answer;
        args[0] = a;
        args[1] = b;
        args[2] = c;
        return call(args);
      };
    case 4:
      return (a, b, c, d) => {
        const answer = held(a, b, c, d);
        if (answer !== undefined) return answer;
        args[0] = a;
        args[1] = b;
        args[2] = c;
        args[3] = d;
        return call(args);
      };
    default:
      return (...given) => call(given.slice(0, arity));
  }
}
