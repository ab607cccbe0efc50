/**
 * The part of Excel's custom-functions runtime the functions touch, for jest: `CustomFunctions.Error` and
 * `CustomFunctions.ErrorCode` with the shapes of @types/custom-functions-runtime, and an `associate` that
 * records what is registered (see excel-functions.ts). Import it before src/functions/functions.ts; in
 * Excel the runtime provides the real global.
 */
class ShimError {
  constructor(
    public code: string,
    public message?: string
  ) {}
}

const shim = {
  Error: ShimError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate: (id: string, implementation: (...args: unknown[]) => unknown) => {
    associated.set(id, implementation);
  },
};

/** Every id associated so far, with its implementation, in registration order. */
export const associated = new Map<string, (...args: unknown[]) => unknown>();

(globalThis as unknown as { CustomFunctions: typeof shim }).CustomFunctions = shim;

/** Whether a wrapper's result is an Excel error object (the shim's, in tests). */
export function isExcelError(value: unknown): value is ShimError {
  return value instanceof ShimError;
}

export { ShimError };
