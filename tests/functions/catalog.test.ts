/**
 * Excel's formula help (functions.json, generated from the wrappers' JSDoc exactly as webpack generates it),
 * the specs the functions run on, and the task pane's catalogue must describe each function the same way.
 * The JSDoc is written by hand beside each wrapper; these tests are what keeps it and the specs in step.
 */
import "../_support/custom-functions-shim";
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { CATALOG, HELP_BASE_URL, searchCatalog } from "../../src/functions/catalog";
import { excelName } from "../../src/functions/spec";
import { SPECS } from "../../src/functions/specs";

const RE_DIR = path.resolve(__dirname, "../../src/functions/re");
const files = fs
  .readdirSync(RE_DIR)
  .filter((name) => name.endsWith(".ts"))
  .sort()
  .map((name) => path.join(RE_DIR, name));

interface MetadataParameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
interface MetadataFunction {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  options?: Record<string, boolean>;
  parameters: MetadataParameter[];
  result: { type?: string; dimensionality?: string };
}

let functions: MetadataFunction[] = [];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(files, false);
  expect(generated.errors).toEqual([]);
  functions = JSON.parse(generated.metadataJson).functions;
}, 60_000);

function metadataOf(id: string): MetadataFunction {
  const found = functions.find((f) => f.id === id);
  if (!found) throw new Error(`functions.json has no ${id}`);
  return found;
}

test("one wrapper file per spec, named after it, with exactly one @customfunction", () => {
  expect(files.map((f) => path.basename(f, ".ts"))).toEqual(
    SPECS.map((s) => s.name.toLowerCase()).sort()
  );
  for (const file of files) {
    expect(fs.readFileSync(file, "utf8").match(/@customfunction/g)).toHaveLength(1);
  }
  expect(new Set(SPECS.map((s) => s.name)).size).toBe(SPECS.length);
});

test("functions.ts imports every wrapper (the bundle registers what the metadata declares)", () => {
  const entry = fs.readFileSync(path.resolve(RE_DIR, "../functions.ts"), "utf8");
  for (const spec of SPECS) expect(entry).toContain(`import "./re/${spec.name.toLowerCase()}";`);
});

test("ids are the Excel names in capitals and never change", () => {
  // Stored in users' workbooks: changing one breaks every formula that uses it. Add, never rename.
  expect(functions.map((f) => f.id).sort()).toEqual(
    [
      "CAPACITY",
      "CONVERT",
      "DATASET",
      "DEMAND",
      "DEPENDENCY",
      "ELEMENT",
      "EXPORTCONTROL",
      "GAPS",
      "GAPSCORE",
      "HHI",
      "INDEPENDENCEYEAR",
      "LEADTIME",
      "ONLINEYEAR",
      "PRICE",
      "SHARE",
      "SOURCE",
      "TABLE",
    ].sort()
  );
  for (const f of functions) expect(f.name).toBe(f.id);
});

test.each(SPECS.map((s) => [s.name, s] as const))(
  "%s: functions.json, spec and catalogue agree",
  (_, spec) => {
    const meta = metadataOf(spec.name);
    const entry = CATALOG.find((e) => e.id === spec.name);
    expect(entry).toBeDefined();

    expect(meta.description).toBe(spec.description);
    expect(entry?.description).toBe(meta.description);
    expect(meta.options).toEqual({ supportSync: true });
    expect(meta.helpUrl).toBe(`${HELP_BASE_URL}#${spec.name.toLowerCase()}`);
    expect(entry?.helpUrl).toBe(meta.helpUrl);
    expect(meta.result.dimensionality === "matrix").toBe(spec.returns === "matrix");

    expect(meta.parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.name));
    meta.parameters.forEach((p, i) => {
      const param = spec.params[i];
      expect(p.description).toBe(param.description);
      expect(p.optional === true).toBe(param.optional === true);
      expect(p.repeating === true).toBe(param.repeating === true);
      const range =
        param.kind === "numbers" || param.kind === "texts" || param.kind === "arguments";
      expect(p.dimensionality === "matrix").toBe(range);
    });
    expect(entry?.parameters.map((p) => [p.name, p.optional, p.description])).toEqual(
      meta.parameters.map((p) => [p.name, p.optional === true, p.description])
    );
    const shown = meta.parameters.map((p) =>
      p.optional ? `[${p.name}${p.repeating ? "…" : ""}]` : p.name
    );
    expect(entry?.syntax).toBe(`${excelName(spec)}(${shown.join(", ")})`);
    expect(entry?.example.formula.startsWith(`=${excelName(spec)}(`)).toBe(true);
  }
);

test("every description and parameter says something (Excel shows them as the formula help)", () => {
  for (const f of functions) {
    expect(f.description.length).toBeGreaterThan(30);
    for (const p of f.parameters) expect((p.description ?? "").length).toBeGreaterThan(10);
  }
});

test("the catalogue's search matches names, descriptions and parameters", () => {
  expect(searchCatalog("share").map((e) => e.name)).toContain("RE.SHARE");
  expect(searchCatalog("LEAD time").map((e) => e.name)).toEqual(
    expect.arrayContaining(["RE.LEADTIME", "RE.ONLINEYEAR"])
  );
  expect(searchCatalog("NdFeB tonnes").map((e) => e.name)).toContain("RE.DEMAND");
  expect(searchCatalog("")).toHaveLength(SPECS.length);
  expect(searchCatalog("no such word anywhere")).toEqual([]);
});
