/**
 * The RE functions as Excel runs them: the built dist/functions.js evaluated in this process under a
 * stand-in of Excel's `CustomFunctions` runtime (left installed: the functions make their error objects
 * with it), which records what the bundle associates. Arguments
 * are handed over in the shape dist/functions.json declares (a parameter of matrix dimensionality gets a
 * one-value argument as a one-cell range), so a timed call is the shipped code on Excel's inputs, not
 * the sources as a transpiler loads them.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

type ExcelCall = (...args: unknown[]) => unknown;

interface Metadata {
  functions: { id: string; parameters: { dimensionality?: string }[] }[];
}

class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

/** Every function the bundle registers, by id, with the argument shapes Excel would use. */
export function shippedFunctions(distDir: string) {
  const registered = new Map<string, ExcelCall>();
  const global = globalThis as Record<string, unknown>;
  global.CustomFunctions = {
    Error: StandInError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
    associate: (id: string | Record<string, ExcelCall>, fn?: ExcelCall) => {
      if (typeof id === "string") registered.set(id, fn as ExcelCall);
      else for (const [k, f] of Object.entries(id)) registered.set(k, f);
    },
  };
  global.self ??= globalThis;
  const file = path.join(distDir, "functions.js");
  vm.runInThisContext(fs.readFileSync(file, "utf8"), { filename: file });
  const metadata = JSON.parse(
    fs.readFileSync(path.join(distDir, "functions.json"), "utf8")
  ) as Metadata;
  const matrixParams = new Map(
    metadata.functions.map((f) => [f.id, f.parameters.map((p) => p.dimensionality === "matrix")])
  );
  return {
    call(id: string): ExcelCall {
      const fn = registered.get(id);
      if (!fn) throw new Error(`dist/functions.js registers no ${id}`);
      return fn;
    },
    /** Argument lists as Excel hands them to `id`, built once so that a timed loop allocates nothing. */
    argumentsOf(id: string, calls: readonly unknown[][]): unknown[][] {
      const matrix = matrixParams.get(id) ?? [];
      return calls.map((args) =>
        args.map((a, i) => (matrix[i] && a !== null && a !== undefined ? [[a]] : a))
      );
    },
    isError: (value: unknown) =>
      value instanceof StandInError ||
      (Array.isArray(value) && value[0]?.[0] instanceof StandInError),
  };
}
