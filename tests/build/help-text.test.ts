/**
 * The add-in build's split of the specs (scripts/help-text-transform.js): functions.js carries each spec's
 * computation without its help text, which the catalogue loads from src/functions/help.ts, turned into data
 * by scripts/prevaluate-loader.js. (dist.browser.ts checks the built files.)
 */
import { resolve } from "path";
import * as ts from "typescript";
import { HELP } from "../../src/functions/help";
import { SPECS } from "../../src/functions/specs";

const { withoutHelpText } = require("../../scripts/help-text-transform.js") as {
  withoutHelpText: ts.TransformerFactory<ts.SourceFile>;
};

const ROOT = resolve(__dirname, "../..");

function compiled(file: string, source: string): string {
  return ts.transpileModule(source, {
    fileName: resolve(ROOT, file),
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ES2020 },
    transformers: { before: [withoutHelpText] },
  }).outputText;
}

const SPEC = `
import { defineFunction } from "../spec";
const SHARED = { name: "stage", kind: "text", description: "Stage: mining or magnet." } as const;
export const X = defineFunction({
  name: "X",
  description: "What X answers.",
  params: [SHARED, { ...SHARED, description: "Stage, told again." }, { name: "year", kind: "number", optional: true, description: "Year." }],
  returns: "number",
  result: "A number.",
  example: { formula: "=RE.X()", shows: "1", value: 1 },
  sources: "the stages table.",
  compute: (data, [stage]) => ({ ok: true, value: 1, basis: [{ description: "a record" }], result: stage }),
});
`;

test("a spec file loses its help texts and keeps its contract's code", () => {
  const out = compiled("src/functions/specs/x.ts", SPEC);
  for (const text of [
    "What X answers.",
    "Stage: mining",
    "Stage, told again.",
    "Year.",
    "A number.",
    "=RE.X()",
    "the stages table.",
  ])
    expect(out).not.toContain(text);
  for (const kept of [
    'name: "X"',
    'name: "stage"',
    'kind: "text"',
    "optional: true",
    'returns: "number"',
    "compute:",
    'description: "a record"',
    "result: stage",
  ])
    expect(out).toContain(kept);
});

test("files outside the specs, and the help module itself, keep every text", () => {
  for (const file of ["src/functions/catalog.ts", "src/functions/help.ts", "src/core/x.ts"])
    expect(compiled(file, SPEC)).toContain("What X answers.");
});

test("the help module holds every spec's texts, parameter by parameter", () => {
  expect(Object.keys(HELP)).toEqual(SPECS.map((spec) => spec.name));
  for (const spec of SPECS) {
    const help = HELP[spec.name];
    expect(help.description).toBe(spec.description);
    expect(help.params).toEqual(spec.params.map((p) => p.description));
    expect(help.result).toBe(spec.result);
    expect(help.example).toEqual({ formula: spec.example.formula, shows: spec.example.shows });
    expect(help.sources).toBe(spec.sources);
  }
});
