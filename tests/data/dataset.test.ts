import Ajv2020 from "ajv/dist/2020";
import dataset from "../../src/data/dataset.json";
import jsonSchemaFile from "../../src/data/dataset.schema.json";
import { datasetJsonSchema } from "../../src/data/json-schema";
import { tableNames } from "../../src/data/schema";
import { parseDataset } from "../../src/data/validate";

/** A deep copy the test can break without touching the module's own object. */
function copy(): Record<string, any> {
  return JSON.parse(JSON.stringify(dataset));
}

describe("the embedded reference dataset", () => {
  test("passes the zod schema with every cross-record rule", () => {
    const parsed = parseDataset(dataset);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  test("validates against its own published JSON Schema (checked by an independent validator)", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(jsonSchemaFile);
    const valid = validate(dataset);
    expect(valid ? [] : validate.errors).toEqual([]);
  });

  test("the committed JSON Schema is the one generated from the zod schema (npm run schema)", () => {
    expect(jsonSchemaFile).toEqual(JSON.parse(JSON.stringify(datasetJsonSchema())));
  });

  test("every record's source ids resolve to a cited source with a date and a confidence grade", () => {
    const sources = new Map((dataset.sources as { id: string }[]).map((s) => [s.id, s]));
    let checked = 0;
    for (const table of tableNames) {
      if (table === "sources" || table === "countries") continue;
      for (const record of (dataset as Record<string, any>)[table] as { sourceIds: string[] }[]) {
        expect(record.sourceIds.length).toBeGreaterThan(0);
        for (const id of record.sourceIds) {
          expect(sources.has(id) ? id : `missing ${id}`).toBe(id);
          checked++;
        }
      }
    }
    for (const s of dataset.sources as { citation: string; asOf: string; confidence: string }[]) {
      expect(s.citation.length).toBeGreaterThan(10);
      expect(s.asOf).toMatch(/^\d{4}/);
      expect(["high", "medium", "low"]).toContain(s.confidence);
    }
    expect(checked).toBeGreaterThan(100);
  });

  test("holds what the foundation needs: 17 elements, 5 stages, 6 gaps, USGS 2023 and 2024 mine production", () => {
    expect(dataset.elements).toHaveLength(17);
    expect(dataset.stages.map((s: { id: string }) => s.id)).toEqual([
      "mining",
      "separation",
      "metal",
      "magnet",
      "recycling",
    ]);
    expect(dataset.gaps).toHaveLength(6);
    const years = new Set((dataset.production as { year: number }[]).map((p) => p.year));
    expect(years.has(2023) && years.has(2024)).toBe(true);
  });
});

describe("a broken dataset is rejected with a message naming the bad field", () => {
  test("a record citing a source that does not exist", () => {
    const broken = copy();
    broken.production[0].sourceIds = ["NO-SUCH-SOURCE"];
    const parsed = parseDataset(broken);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.issues).toContain(
      'production.0.sourceIds.0: unknown source id "NO-SUCH-SOURCE" (rule sources-resolve)'
    );
  });

  test("a source removed while records still cite it", () => {
    const broken = copy();
    const removed = broken.sources.shift().id as string;
    const parsed = parseDataset(broken);
    expect(parsed.ok).toBe(false);
    expect(
      (parsed.ok ? [] : parsed.issues).some((i) => i.includes(`unknown source id "${removed}"`))
    ).toBe(true);
  });

  test("a record with no source at all", () => {
    const broken = copy();
    delete broken.leadTimes[0].sourceIds;
    const parsed = parseDataset(broken);
    expect(parsed.ok ? [] : parsed.issues.join("\n")).toMatch(/^leadTimes\.0\.sourceIds: /m);
  });

  test("a value of the wrong type", () => {
    const broken = copy();
    broken.production[0].value = "270,000";
    const parsed = parseDataset(broken);
    expect(parsed.ok ? [] : parsed.issues.join("\n")).toMatch(/^production\.0\.value: .*number/m);
  });

  test("an unknown stage", () => {
    const broken = copy();
    broken.leadTimes[0].stage = "smelting";
    const parsed = parseDataset(broken);
    expect(parsed.ok ? [] : parsed.issues.join("\n")).toMatch(
      /^leadTimes\.0\.stage: .*mining.*separation/m
    );
  });

  test("a misspelt field (strict objects catch JSON typos)", () => {
    const broken = copy();
    broken.elements[0].atomicNumbr = 21;
    const parsed = parseDataset(broken);
    expect(parsed.ok ? [] : parsed.issues.join("\n")).toMatch(/^elements\.0: .*atomicNumbr/m);
  });

  test("not an object at all", () => {
    const parsed = parseDataset("<html>");
    expect(parsed.ok).toBe(false);
  });
});
