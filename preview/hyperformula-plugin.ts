/**
 * The RE functions as a HyperFormula function plugin, for the tests, the benchmark and the browser
 * workbook preview. HyperFormula is GPL-3.0 and a dev dependency: nothing under src/ may import this file,
 * so it never reaches dist/ (the add-in's bundles).
 *
 * The plugin adds no behaviour of its own. It turns HyperFormula's arguments into what Excel hands a
 * custom function (ranges → 2-D arrays, errors → error objects, empty → null, dates → serial numbers),
 * calls the same runner Excel's registration calls, and turns the result back (matrices → spilled arrays,
 * refusals → CellError with the same message).
 *
 * Use: `registerReFunctions(HyperFormula)` once, then `HyperFormula.buildFromArray(..., { licenseKey:
 * "gpl-v3" })` evaluates =RE.* formulas beside native ones. Set `useArrayArithmetic: true` for Excel 365's
 * behaviour where a range given to a one-value parameter makes the function spill one answer per cell.
 * The functions read the store's active dataset; the engine cannot see it change, so after
 * `activateDataset` call `refreshReFormulas(hf)` (Excel's equivalent is the pane's full recalculation).
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  SimpleRangeValue,
  type FunctionArgument,
  type FunctionMetadata,
  type HyperFormula,
  type ImplementedFunctions,
} from "hyperformula";
import { errorOf, type ErrorValue } from "../src/functions/errors";
import {
  excelName,
  run,
  type CellResult,
  type Evaluation,
  type FunctionSpec,
  type ParamSpec,
} from "../src/functions/spec";
import { SPECS } from "../src/functions/specs";

/** Excel's error codes and HyperFormula's error types, both ways. */
const ERROR_TYPES: readonly (readonly [string, ErrorType])[] = [
  ["#VALUE!", ErrorType.VALUE],
  ["#N/A", ErrorType.NA],
  ["#NUM!", ErrorType.NUM],
  ["#DIV/0!", ErrorType.DIV_BY_ZERO],
  ["#REF!", ErrorType.REF],
  ["#NAME?", ErrorType.NAME],
];
const TYPE_OF_CODE = new Map<string, ErrorType>(ERROR_TYPES);
const CODE_OF_TYPE = new Map<ErrorType, string>(ERROR_TYPES.map(([code, type]) => [type, code]));

/** The Excel-side view of a HyperFormula error argument. */
function errorValueOf(error: CellError): ErrorValue {
  return { code: CODE_OF_TYPE.get(error.type) ?? `#${error.type}`, message: error.message };
}

/** One cell value as Excel would hand it to a custom function. */
function excelInput(value: unknown): unknown {
  if (value === EmptyValue) return null;
  if (value instanceof CellError) return errorValueOf(value);
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(excelInput));
  // Dates, percentages and currencies arrive as rich numbers; Excel hands over the bare number.
  if (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { val?: unknown }).val === "number"
  ) {
    return (value as { val: number }).val;
  }
  return value;
}

/** What HyperFormula shows for a runner's result. */
function hyperFormulaValue(evaluation: Evaluation<CellResult>): unknown {
  if (evaluation.ok) {
    const value = evaluation.value;
    return Array.isArray(value)
      ? SimpleRangeValue.onlyValues(value as CellResult[][] as never)
      : value;
  }
  const { code, message } = errorOf(evaluation);
  return new CellError(TYPE_OF_CODE.get(code) ?? ErrorType.VALUE, message);
}

/**
 * HyperFormula argument types: scalar parameters take SCALAR, so a range given where one value is wanted
 * is computed cell by cell and spills (as Excel lifts a custom function over a range); list parameters
 * and RE.SOURCE's forwarded arguments take ANY, so a range arrives whole.
 */
function argumentOf(param: ParamSpec): FunctionArgument {
  const scalar = param.kind === "number" || param.kind === "text" || param.kind === "date";
  const optional = param.optional === true || param.repeating === true;
  return {
    argumentType: scalar ? FunctionArgumentType.SCALAR : FunctionArgumentType.ANY,
    optionalArg: optional,
  };
}

/** AST node types whose value is known when the formula is parsed. */
const LITERALS = new Set(["NUMBER", "STRING", "EMPTY"]);

interface LiteralAst {
  readonly type: string;
  readonly value?: unknown;
  readonly args?: readonly LiteralAst[];
}

/** The formula's literal arguments, or undefined when any argument is computed (a reference, a formula). */
function literalArguments(args: readonly LiteralAst[]): unknown[] | undefined {
  const values: unknown[] = [];
  for (const arg of args) {
    if (!LITERALS.has(arg.type)) return undefined;
    values.push(arg.type === "EMPTY" ? null : arg.value);
  }
  return values;
}

/** Excel hands the values of a repeating parameter over as one array: do the same. */
function groupRepeating(spec: FunctionSpec, args: unknown[]): unknown[] {
  const last = spec.params.length - 1;
  if (last < 0 || !spec.params[last].repeating) return args;
  return [...args.slice(0, last), args.slice(last)];
}

/** The function that answers one RE function inside HyperFormula. */
function callOf(spec: FunctionSpec) {
  return function (this: ReFunctionsPlugin, ast: { args: unknown[] }, state: unknown): unknown {
    return this.evaluateRe(spec, ast, state);
  };
}

/**
 * Predicts a matrix function's spill size when the formula is parsed, as HyperFormula requires: the
 * function is run on its literal arguments (cheap: the data is in memory). With a computed argument the
 * size cannot be known yet and the result is one cell; Excel has no such limit.
 */
function sizeOf(spec: FunctionSpec) {
  return function (ast: { args: readonly LiteralAst[] }): ArraySize {
    const literal = literalArguments(ast.args);
    if (literal === undefined) return ArraySize.scalar();
    const evaluation = run(spec, groupRepeating(spec, literal));
    if (!evaluation.ok || !Array.isArray(evaluation.value)) return ArraySize.scalar();
    const rows = evaluation.value as readonly (readonly unknown[])[];
    return new ArraySize(rows[0].length, rows.length);
  };
}

/** The HyperFormula plugin holding every RE function (see `registerReFunctions`). */
export class ReFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};

  /** Evaluates the arguments HyperFormula's way, then answers through the shared runner. */
  evaluateRe(spec: FunctionSpec, ast: { args: unknown[] }, state: unknown): unknown {
    const metadata = this.metadata(excelName(spec));
    const runFunction = this.runFunction as unknown as (
      args: unknown[],
      state: unknown,
      metadata: FunctionMetadata,
      implementation: (...args: unknown[]) => unknown
    ) => unknown;
    return runFunction.call(this, ast.args, state, metadata, (...args: unknown[]) =>
      hyperFormulaValue(run(spec, groupRepeating(spec, args.map(excelInput))))
    );
  }
}

for (const spec of SPECS) {
  const method = `re${spec.name}`;
  const metadata: FunctionMetadata = {
    method,
    parameters: spec.params.map(argumentOf),
  };
  if (spec.params.some((p) => p.repeating)) metadata.repeatLastArgs = 1;
  if (spec.returns === "matrix") {
    metadata.sizeOfResultArrayMethod = `${method}Size`;
    metadata.vectorizationForbidden = true;
    (ReFunctionsPlugin.prototype as unknown as Record<string, unknown>)[`${method}Size`] =
      sizeOf(spec);
  }
  ReFunctionsPlugin.implementedFunctions[excelName(spec)] = metadata;
  (ReFunctionsPlugin.prototype as unknown as Record<string, unknown>)[method] = callOf(spec);
}

/**
 * Function-name translations: HyperFormula looks every function name up in the language's table, and the
 * RE names (dotted, like Excel's namespaced custom functions) are the same in every language.
 */
export function reFunctionTranslations(
  languages: readonly string[]
): Record<string, Record<string, string>> {
  const names = Object.fromEntries(SPECS.map((spec) => [excelName(spec), excelName(spec)]));
  return Object.fromEntries(languages.map((language) => [language, names]));
}

/**
 * Registers every RE function with the given HyperFormula class, for every language registered so far
 * (register other languages first). Calling it again is harmless.
 */
export function registerReFunctions(hyperFormula: typeof HyperFormula): void {
  const languages = hyperFormula.getRegisteredLanguagesCodes();
  if (
    languages.every((code) =>
      hyperFormula.getRegisteredFunctionNames(code).includes(excelName(SPECS[0]))
    )
  )
    return;
  hyperFormula.registerFunctionPlugin(ReFunctionsPlugin, reFunctionTranslations(languages));
}

/** An =RE.* call anywhere in a formula. */
const RE_CALL = /\bRE\.[A-Z]+\s*\(/i;

/**
 * Re-enters every formula that calls an RE function, in one batch, so that it answers from the dataset
 * activated since and its spill is sized anew; formulas that read RE results recalculate with them.
 * Not `rebuildAndRecalculate()`: HyperFormula 3.5 rebuilds from its serialized sheets, where the cells of a
 * spill are plain values, and the rebuilt array formula then finds its own old values in the way (#SPILL!).
 */
export function refreshReFormulas(hf: HyperFormula): void {
  hf.batch(() => {
    for (const name of hf.getSheetNames()) {
      const sheet = hf.getSheetId(name) as number;
      hf.getSheetFormulas(sheet).forEach((row, r) =>
        row.forEach((formula, c) => {
          if (formula && RE_CALL.test(formula))
            hf.setCellContents({ sheet, row: r, col: c }, formula);
        })
      );
    }
  });
}
