import { excelMatrix, excelScalar } from "./errors";
import { returnsMatrix } from "./metadata";
import { run, type FunctionSpec } from "./spec";

/** A function as Excel calls it: the declared arguments, then the invocation object Excel always appends. */
export type ExcelFunction = (...args: unknown[]) => unknown;

/**
 * A matrix function's answer as Excel needs it: a function mapped over a range (`acceptsRange`) that was
 * given one value answers one value, which goes back as a 1×1 matrix.
 */
function asMatrix(value: unknown): unknown {
  return Array.isArray(value) ? value : [[value]];
}

/**
 * The implementation Excel runs for one spec: its declared arguments through the runner, the answer or a
 * `CustomFunctions.Error` back (for a matrix result, the error as a 1×1 matrix). Excel appends an
 * invocation object after the declared parameters, so only those are handed on.
 */
export function excelFunction(spec: FunctionSpec): ExcelFunction {
  const arity = spec.params.length;
  return returnsMatrix(spec)
    ? (...args) => asMatrix(excelMatrix(run(spec, args.slice(0, arity))))
    : (...args) => excelScalar(run(spec, args.slice(0, arity)));
}
