/**
 * The function reference (docs/functions.md, served as docs/functions.html where every @helpurl points)
 * documents every function with the syntax, parameters and example the specs and Excel's help use.
 */
import * as fs from "fs";
import * as path from "path";
import { CATALOG } from "../../src/functions/catalog";
import { SPECS } from "../../src/functions/specs";
import * as registry from "../../src/data/tables";

const { page, functionsMarkdown } = require("../../scripts/build-docs.js") as {
  page: (markdown: string) => string;
  functionsMarkdown: (prose: string, specs: typeof SPECS, tables: typeof registry) => string;
};

const DOCS = path.resolve(__dirname, "../../docs");
const markdown = fs.readFileSync(path.join(DOCS, "functions.md"), "utf8");
const html = fs.readFileSync(path.join(DOCS, "functions.html"), "utf8");

/** The reference's section of one function, with line breaks folded to spaces. */
function sectionOf(name: string): string {
  const start = markdown.indexOf(`\n## RE.${name}\n`);
  if (start < 0) return "";
  const end = markdown.indexOf("\n## ", start + 1);
  return markdown.slice(start, end < 0 ? undefined : end).replace(/\s+/g, " ");
}

test.each(SPECS.map((s) => [s.name, s] as const))(
  "RE.%s has its section: syntax, parameters, example",
  (name, spec) => {
    const section = sectionOf(name);
    expect(section).not.toBe("");
    const entry = CATALOG.find((e) => e.id === name);
    expect(section).toContain(`\`${entry?.syntax}\``);
    for (const param of spec.params) expect(section).toContain(`| ${param.name} |`);
    expect(section).toContain(`\`${spec.example.formula}\``);
    expect(section).toMatch(/\*\*Result:\*\*/);
    expect(section).toMatch(/\*\*Sources:\*\*/);
    expect(section).toContain(`**${spec.example.shows.replace(/\s+/g, " ")}**`);
  }
);

test("every help URL's anchor exists in the served page", () => {
  for (const entry of CATALOG) {
    const anchor = new URL(entry.helpUrl).hash.slice(1);
    expect(html).toContain(`id="${anchor}"`);
  }
});

test("docs/functions.md is generated from the prose and the specs (npm run docs)", () => {
  const prose = fs.readFileSync(path.join(DOCS, "functions.prose.md"), "utf8");
  expect(markdown).toBe(functionsMarkdown(prose, SPECS, registry));
});

test("every dataset table is listed with its title, other names and columns, from the table registry", () => {
  for (const table of registry.TABLES) {
    const row = markdown.split("\n").find((line) => line.startsWith(`| \`${table.name}\` |`));
    expect(row).toBeDefined();
    expect(row).toContain(` ${table.title} `);
    for (const alias of table.aliases) expect(row).toContain(`\`${alias}\``);
    expect(row).toContain(` ${[...table.columns, registry.SOURCE_COLUMN].join(", ")} |`);
  }
});

test("every parameter row is the spec's own help text", () => {
  for (const spec of SPECS)
    for (const p of spec.params)
      expect(sectionOf(spec.name)).toContain(
        `| ${p.name} | ${p.optional ? "Optional. " : ""}${p.description.replace(/\|/g, "\\|")} |`
      );
});

test("docs/functions.html is generated from the current Markdown (npm run docs)", () => {
  expect(html).toBe(page(markdown));
});
