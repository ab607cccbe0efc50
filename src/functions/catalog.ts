import { HELP, SIGNATURES, type FunctionSignature } from "./help";
import { helpUrlOf } from "./origin";

/** One function of the task pane's searchable catalogue. */
export interface CatalogEntry {
  /** "RE.SHARE" */
  readonly name: string;
  /** The stable function id ("SHARE"), which functions.json declares. */
  readonly id: string;
  /** 'RE.SHARE(country, stage, [year])': optional parameters in brackets, as Excel's formula help shows them. */
  readonly syntax: string;
  readonly description: string;
  readonly parameters: readonly {
    readonly name: string;
    readonly optional: boolean;
    readonly description: string;
  }[];
  /** What the value is, in which unit. */
  readonly result: string;
  readonly example: { readonly formula: string; readonly result: string };
  /** The dataset tables and sources the function rests on. */
  readonly sources: string;
  /** The function's section of the function reference (served with the add-in). */
  readonly helpUrl: string;
  /** Lower-case text the pane's search matches against. */
  readonly keywords: string;
}

function entryOf(signature: FunctionSignature): CatalogEntry {
  const help = HELP[signature.id];
  const parameters = signature.params.map((p, i) => ({
    name: p.name,
    optional: p.optional,
    description: help.params[i],
  }));
  const entry = {
    name: signature.name,
    id: signature.id,
    syntax: signature.syntax,
    description: help.description,
    parameters,
    result: help.result,
    example: { formula: help.example.formula, result: help.example.shows },
    sources: help.sources,
    helpUrl: helpUrlOf(signature.id),
  };
  const keywords = [
    entry.name,
    entry.description,
    entry.result,
    ...parameters.map((p) => `${p.name} ${p.description}`),
  ]
    .join(" ")
    .toLowerCase();
  return { ...entry, keywords };
}

/**
 * Every RE function for the task pane's catalogue, derived from the same specs the functions run on through
 * `SIGNATURES` and `HELP` (data at build time, src/functions/help.ts; checked against the generated
 * functions.json by tests/functions/catalog.test.ts), so the pane never describes a function differently
 * from Excel's own formula help. The pane loads this module on first use: it is the only one on the page
 * that needs the texts.
 */
export const CATALOG: readonly CatalogEntry[] = SIGNATURES.map(entryOf);
