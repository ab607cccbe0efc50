/**
 * functions.json as the build writes it, checked against Microsoft's documented rules for manually created
 * JSON metadata (office-js-docs-pr: docs/excel/custom-functions-json.md, custom-functions-naming.md,
 * custom-functions-errors.md).
 */
import "../_support/custom-functions-shim";
import { excelFunction } from "../../src/functions/excel";
import { functionsMetadata, type MetadataFunction } from "../../src/functions/metadata";
import { DEV_ADDIN_URL } from "../../src/functions/origin";
import { defineFunction, type FunctionSpec } from "../../src/functions/spec";
import { SPECS } from "../../src/functions/specs";

const metadata = functionsMetadata(SPECS, { addinUrl: "https://addins.example.org/re" });
const raw = metadata as unknown as Record<string, unknown>;

/** Ids: A-Z, digits, underscores and periods; names: Unicode letters, digits, underscores, periods. */
const ID = /^[A-Z0-9_.]+$/;
const NAME = /^\p{L}[\p{L}\p{N}_.]{2,}$/u;
/** A name that Excel would read as a cell (A1 … XFD1048576, R1C1). */
const CELL = /^([A-Z]{1,3}\d+|R\d+C\d+)$/i;
const TYPES = new Set(["boolean", "number", "string", "any"]);
const DIMENSIONS = new Set(["scalar", "matrix"]);
const OPTIONS = new Set([
  "cancelable",
  "requiresAddress",
  "requiresParameterAddresses",
  "stream",
  "volatile",
  "supportSync",
]);

test("error arguments reach the functions (allowErrorForDataTypeAny), and no CustomFunctionsRuntime 1.4 is needed", () => {
  expect(raw.allowErrorForDataTypeAny).toBe(true);
  expect(raw).not.toHaveProperty("allowCustomDataForDataTypeAny");
  expect(Object.keys(raw).sort()).toEqual(["allowErrorForDataTypeAny", "functions"]);
});

test("ids and names follow the naming rules and are unique", () => {
  const ids = metadata.functions.map((f) => f.id);
  const names = metadata.functions.map((f) => f.name);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(names.length);
  for (const f of metadata.functions) {
    expect(f.id).toMatch(ID);
    expect(f.name).toMatch(NAME);
    expect(f.name).not.toMatch(CELL);
  }
});

test.each(metadata.functions.map((f) => [f.id, f] as const))(
  "%s: required properties, types, dimensionality, optional and repeating order",
  (_, f: MetadataFunction) => {
    expect(typeof f.description).toBe("string");
    expect(f.helpUrl.startsWith("https://addins.example.org/re/docs/functions.html#")).toBe(true);
    expect(Array.isArray(f.parameters)).toBe(true);
    expect(DIMENSIONS.has(f.result.dimensionality)).toBe(true);
    if (f.result.type !== undefined) expect(TYPES.has(f.result.type)).toBe(true);
    for (const key of Object.keys(f.options ?? {})) expect(OPTIONS.has(key)).toBe(true);
    let seenOptional = false;
    f.parameters.forEach((p, i) => {
      expect(p.name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
      expect(TYPES.has(p.type)).toBe(true);
      expect(DIMENSIONS.has(p.dimensionality)).toBe(true);
      // Errors reach only parameters of type any.
      expect(p.type).toBe("any");
      if (p.optional) seenOptional = true;
      else expect(seenOptional).toBe(false);
      if (p.repeating) {
        expect(i).toBe(f.parameters.length - 1);
        expect(p.optional).toBe(true);
      }
    });
    expect(new Set(f.parameters.map((p) => p.name)).size).toBe(f.parameters.length);
  }
);

test("no preview feature in a production build: supportSync only when asked for", () => {
  expect(JSON.stringify(metadata)).not.toContain("supportSync");
  const sync = functionsMetadata(SPECS, { addinUrl: DEV_ADDIN_URL, supportSync: true });
  expect(sync.functions.every((f) => f.options?.supportSync === true)).toBe(true);
});

test("a parameter that accepts a range is a matrix, and so is its function's result", () => {
  const mapped: FunctionSpec = defineFunction({
    name: "MAPPED",
    description: "A function mapped over a range of years, for this test only.",
    params: [
      { name: "year", kind: "number", acceptsRange: true, description: "Years, one per cell." },
    ],
    returns: "number",
    result: "One number per year.",
    example: { formula: "=RE.MAPPED(A1:A3)", shows: "three numbers" },
    sources: "none",
    compute: () => ({ ok: true, value: 1, basis: [] }),
  });
  const [f] = functionsMetadata([mapped], { addinUrl: DEV_ADDIN_URL }).functions;
  expect(f.parameters[0].dimensionality).toBe("matrix");
  expect(f.result).toEqual({ dimensionality: "matrix" });
  // Excel then wants a matrix back even for one value; the invocation object it appends is not an argument.
  expect(excelFunction(mapped)(2024, { address: "Sheet1!A1" })).toEqual([[1]]);
});

test("every parameter's bounds are the ones its help text states (written once)", () => {
  for (const spec of SPECS)
    for (const p of spec.params)
      if (p.min !== undefined && p.max !== undefined)
        expect(p.description).toContain(`${p.min}-${p.max}`);
});
