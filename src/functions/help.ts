import { excelName, type FunctionSpec } from "./spec";
import { SPECS } from "./specs";

/** A function's help text: what Excel's formula help, the function reference and the catalogue say of it. */
export interface FunctionHelp {
  readonly description: string;
  /** Each parameter's description, in the order of the parameters. */
  readonly params: readonly string[];
  readonly result: string;
  readonly example: { readonly formula: string; readonly shows: string };
  readonly sources: string;
}

/**
 * Every RE function's help text by function id, read from its spec (the function's one contract). The
 * add-in's functions need none of it, so the build leaves it out of the specs in functions.js
 * (scripts/help-text-transform.js) and turns this module into the data it computes
 * (scripts/prevaluate-loader.js), which the pane's catalogue loads on first use.
 */
export const HELP: Readonly<Record<string, FunctionHelp>> = Object.fromEntries(
  SPECS.map((spec) => [
    spec.name,
    {
      description: spec.description,
      params: spec.params.map((p) => p.description),
      result: spec.result,
      example: { formula: spec.example.formula, shows: spec.example.shows },
      sources: spec.sources,
    },
  ])
);

/** A function as Excel's formula help writes it: its name and its parameters, optional ones in brackets. */
export interface FunctionSignature {
  /** The stable function id ("SHARE"), which functions.json declares. */
  readonly id: string;
  /** "RE.SHARE" */
  readonly name: string;
  /** 'RE.SHARE(country, stage, [year])' */
  readonly syntax: string;
  readonly params: readonly { readonly name: string; readonly optional: boolean }[];
}

function syntaxOf(spec: FunctionSpec): string {
  const params = spec.params.map((p) => {
    const name = p.repeating ? `${p.name}…` : p.name;
    return p.optional ? `[${name}]` : name;
  });
  return `${excelName(spec)}(${params.join(", ")})`;
}

/**
 * Every RE function's signature, in the specs' order. Like `HELP`, the build turns it into data, so the
 * catalogue's chunk carries no spec code and functions.js shares none of its modules with it.
 */
export const SIGNATURES: readonly FunctionSignature[] = SPECS.map((spec) => ({
  id: spec.name,
  name: excelName(spec),
  syntax: syntaxOf(spec),
  params: spec.params.map((p) => ({ name: p.name, optional: p.optional === true })),
}));
