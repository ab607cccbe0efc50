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
 */
export function excelFunction(spec: FunctionSpec): ExcelFunction {
  const arity = spec.params.length;
  return returnsMatrix(spec)
    ? (...args) => excelMatrix(runCells(spec, args.slice(0, arity)))
    : (...args) => excelScalar(run(spec, args.slice(0, arity)));
}
