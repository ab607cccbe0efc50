/**
 * Excel's formula help (functions.json, written from the specs by the build exactly as webpack writes it),
 * the specs the functions run on, and the task pane's catalogue must describe each function the same way.
 */
import { CATALOG } from "../../src/functions/catalog";
import { functionsMetadata, type MetadataFunction } from "../../src/functions/metadata";
import { DEV_ADDIN_URL, helpUrlOf } from "../../src/functions/origin";
import { excelName } from "../../src/functions/spec";
import { SPECS } from "../../src/functions/specs";
import { filterCatalog } from "../../src/taskpane/catalog";
import { associated } from "../_support/custom-functions-shim";
import "../_support/excel-functions";

const functions: readonly MetadataFunction[] = functionsMetadata(SPECS, {
  addinUrl: DEV_ADDIN_URL,
}).functions;

function metadataOf(id: string): MetadataFunction {
  const found = functions.find((f) => f.id === id);
  if (!found) throw new Error(`functions.json has no ${id}`);
  return found;
}

test("one spec per id, and the bundle associates exactly the ids functions.json declares", () => {
  expect(new Set(SPECS.map((s) => s.name)).size).toBe(SPECS.length);
  expect([...associated.keys()]).toEqual(functions.map((f) => f.id));
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
      "HISTORY",
      "INDEPENDENCEPROB",
      "INDEPENDENCEYEAR",
      "INDICATOR",
      "LEADTIME",
      "ONLINEYEAR",
      "PRICE",
      "SHARE",
      "STARTYEAR",
      "STOCKCOVER",
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
    // Production metadata declares no preview feature (supportSync only with ADDIN_SUPPORT_SYNC=1).
    expect(meta.options).toBeUndefined();
    expect(meta.helpUrl).toBe(helpUrlOf(spec.name, DEV_ADDIN_URL));
    expect(entry?.helpUrl).toBe(meta.helpUrl);
    expect(meta.result.dimensionality === "matrix").toBe(
      spec.returns === "matrix" || spec.params.some((p) => p.acceptsRange === true)
    );

    expect(meta.parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.name));
    meta.parameters.forEach((p, i) => {
      const param = spec.params[i];
      expect(p.description).toBe(param.description);
      expect(p.optional === true).toBe(param.optional === true);
      expect(p.repeating === true).toBe(param.repeating === true);
      const range =
        param.kind === "numbers" ||
        param.kind === "texts" ||
        param.kind === "arguments" ||
        param.kind === "table" ||
        param.acceptsRange === true;
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

/** The pane's search over the catalogue, by name (the one search there is). */
const searchCatalog = (query: string) => filterCatalog(CATALOG, query);

test("the catalogue's search matches names, descriptions and parameters", () => {
  expect(searchCatalog("share").map((e) => e.name)).toContain("RE.SHARE");
  expect(searchCatalog("LEAD time").map((e) => e.name)).toEqual(
    expect.arrayContaining(["RE.LEADTIME", "RE.ONLINEYEAR"])
  );
  expect(searchCatalog("NdFeB tonnes").map((e) => e.name)).toContain("RE.DEMAND");
  expect(searchCatalog("stockpile").map((e) => e.name)).toContain("RE.STOCKCOVER");
  expect(searchCatalog("")).toHaveLength(SPECS.length);
  expect(searchCatalog("no such word anywhere")).toEqual([]);
});
