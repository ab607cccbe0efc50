/**
 * The layering rule of eslint.config.mjs, run through ESLint's own API on small sources placed (virtually)
 * in each folder: an arrow pointing up, or the Office API in the core, fails the lint. ESLint loads its
 * ES-module config by dynamic import, which jest's module sandbox refuses, so it runs in a child node.
 */
import { execFileSync } from "child_process";
import path from "path";

const root = path.resolve(__dirname, "../..");

/** Source placed at a path of the tree. */
type Sample = readonly [file: string, code: string];

const LINT_SAMPLES = `
const { ESLint } = require("eslint");
const eslint = new ESLint({ cwd: process.cwd() });
const samples = JSON.parse(process.argv[1]);
Promise.all(
  samples.map(async ([file, code]) => {
    const [result] = await eslint.lintText(code, { filePath: file });
    return result.messages.map((m) => m.ruleId ?? m.message);
  })
).then((rules) => process.stdout.write(JSON.stringify(rules)));
`;

/** The restricting rules each sample breaks, in order. */
function brokenRules(samples: readonly Sample[]): string[][] {
  const out = execFileSync(process.execPath, ["-e", LINT_SAMPLES, JSON.stringify(samples)], {
    cwd: root,
    encoding: "utf8",
  });
  return (JSON.parse(out) as string[][]).map((rules) =>
    rules.filter((rule) => rule.startsWith("no-restricted"))
  );
}

const useOf = (from: string) => `import { x } from "${from}";\nexport const y = x;\n`;

const SAMPLES: readonly (readonly [Sample, readonly string[]])[] = [
  [["src/data/example.ts", useOf("../core/_lib/confidence")], ["no-restricted-imports"]],
  [["src/core/example/index.ts", useOf("../_lib/confidence")], []],
  [["src/excel/example.ts", useOf("../taskpane/messages")], ["no-restricted-imports"]],
  [["src/core/example/index.ts", "export const e = Excel.run;\n"], ["no-restricted-globals"]],
  [
    ["src/core/example/index.ts", "export const e = globalThis.CustomFunctions;\n"],
    ["no-restricted-properties"],
  ],
  [["src/core/example/index.ts", useOf("office-addin-mock")], ["no-restricted-imports"]],
  [["src/core/example/index.ts", useOf("../../functions/errors")], ["no-restricted-imports"]],
  [["src/lib/example.ts", useOf("../data/schema")], ["no-restricted-imports"]],
];

test("the lint fails on data/ importing core/, excel/ importing taskpane/, and the Office API in core/", () => {
  expect(brokenRules(SAMPLES.map(([sample]) => sample))).toEqual(SAMPLES.map(([, rules]) => rules));
}, 60_000);
