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
