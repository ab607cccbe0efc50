import { helpUrlOf } from "./origin";
import type { FunctionSpec, ParamSpec } from "./spec";

/*
 * Excel's custom-functions metadata (functions.json), written from the specs by the build: Microsoft's
 * "manually create JSON metadata" format (office-js-docs-pr, docs/excel/custom-functions-json.md), the
 * only one that can declare `allowErrorForDataTypeAny`.
 */

export type Dimensionality = "scalar" | "matrix";

export interface MetadataParameter {
  readonly name: string;
  readonly description: string;
  readonly type: "any";
  readonly dimensionality: Dimensionality;
  readonly optional?: true;
  readonly repeating?: true;
}

export interface MetadataFunction {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly helpUrl: string;
  readonly result: { readonly type?: "number" | "string"; readonly dimensionality: Dimensionality };
  readonly parameters: readonly MetadataParameter[];
  readonly options?: { readonly supportSync: true };
}

export interface FunctionsMetadata {
  readonly allowErrorForDataTypeAny: true;
  readonly functions: readonly MetadataFunction[];
}

export interface MetadataOptions {
  /** The origin (and path) the build is served from: every helpUrl starts with it. */
  readonly addinUrl: string;
  /**
   * Declare the functions synchronous (`supportSync`). Microsoft documents synchronous custom functions
   * as a preview that must not be used in production (custom-functions-synchronous.md), so only a build
   * that asks for it (ADDIN_SUPPORT_SYNC=1) gets it.
   */
  readonly supportSync?: boolean;
}

/** Whether a parameter takes a range whole: lists, forwarded arguments, and ranges mapped cell by cell. */
export function takesRange(param: ParamSpec): boolean {
  return (
    param.acceptsRange === true ||
    param.kind === "numbers" ||
    param.kind === "texts" ||
    param.kind === "table" ||
    param.kind === "arguments"
  );
}

/**
 * Every parameter is `any`: the runner (coerce.ts) decides types once, and only `any` parameters receive
 * error values, which every RE function passes through (`allowErrorForDataTypeAny`, set at the top).
 */
function parameterOf(param: ParamSpec): MetadataParameter {
  return {
    name: param.name,
    description: param.description,
    type: "any",
    dimensionality: takesRange(param) ? "matrix" : "scalar",
    ...(param.optional || param.repeating ? { optional: true as const } : {}),
    ...(param.repeating ? { repeating: true as const } : {}),
  };
}

/** Whether Excel gets a matrix back: a spilling table, or one answer per cell of a range argument. */
export function returnsMatrix(spec: FunctionSpec): boolean {
  return spec.returns === "matrix" || spec.params.some((p) => p.acceptsRange === true);
}

function resultOf(spec: FunctionSpec): MetadataFunction["result"] {
  if (returnsMatrix(spec)) return { dimensionality: "matrix" };
  if (spec.returns === "number") return { type: "number", dimensionality: "scalar" };
  if (spec.returns === "text") return { type: "string", dimensionality: "scalar" };
  return { dimensionality: "scalar" };
}

/** functions.json for the given specs, in their order. */
export function functionsMetadata(
  specs: readonly FunctionSpec[],
  { addinUrl, supportSync = false }: MetadataOptions
): FunctionsMetadata {
  return {
    allowErrorForDataTypeAny: true,
    functions: specs.map((spec) => ({
      id: spec.name,
      name: spec.name,
      description: spec.description,
      helpUrl: helpUrlOf(spec.name, addinUrl),
      result: resultOf(spec),
      parameters: spec.params.map(parameterOf),
      ...(supportSync ? { options: { supportSync: true as const } } : {}),
    })),
  };
}
