/**
 * The contract, tried on thousands of random inputs per function: whatever a cell hands in (blanks, error
 * values, huge numbers, NaN-ish text, ranges of any shape, unicode), an RE function returns a finite
 * number, text, a boolean, a rectangle of those, or an Excel error with an allowed code and a message —
 * never a thrown exception, NaN, Infinity or undefined.
 */
import { ShimError, isExcelError } from "../_support/custom-functions-shim";
import fc from "fast-check";
import { registered } from "../_support/excel-functions";
import { returnsMatrix } from "../../src/functions/metadata";
import { run, type FunctionSpec, type ParamKind } from "../../src/functions/spec";
import { SPECS } from "../../src/functions/specs";

/** Runs per function; with 17 functions and two surfaces (wrapper, runner) well over ten thousand calls. */
const RUNS = 500;

const OWN_CODES = new Set(["#VALUE!", "#N/A", "#NUM!"]);
const INCOMING_CODES = [
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
] as const;

/** Stages and chains, and places, as users type them (also the vocabularies of those parameters below). */
const STAGES = [
  "mining",
  "refining",
  "separation",
  "metal",
  "magnet",
  "recycling",
  "mine>separation>magnet",
];
const PLACES = ["China", "PRC", "US", "Vietnam", "WORLD", "allied", "non-China", "Malaysia"];

/** Real keywords, so that random calls also reach the core's deeper paths rather than failing at once. */
const KEYWORDS = [
  ...PLACES,
  ...STAGES,
  "mine>>magnet",
  "any",
  "heavy",
  "low",
  "high",
  "operating",
  "committed",
  "Nd",
  "Dy",
  "NdPr",
  "Neodymium",
  "oxide",
  "metal",
  "NdFeB",
  "REO",
  "EV motor",
  "F-35",
  "data centre",
  "z",
  "factor",
  "chinaGroup",
  "stages",
  "pipeline",
  "prices",
  "id, name",
  "version",
  "records",
  "SHARE",
  "GAPSCORE",
  "TABLE",
  "SOURCE",
  "2025-06-01",
  "2025-13-40",
  "2024",
];

const errorValue = fc
  .tuple(fc.constantFrom(...INCOMING_CODES), fc.option(fc.string(), { nil: undefined }))
  .map(([code, message]) => new CustomFunctions.Error(code as CustomFunctions.ErrorCode, message));

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, "", "   ", true, false),
  fc.double(),
  fc.integer({ min: -3000, max: 3_000_000 }),
  fc.constantFrom(
    1e308,
    -1e308,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    -0,
    2958466,
    1899.5,
    NaN,
    Infinity,
    -Infinity
  ),
  fc.constantFrom(
    "NaN",
    "Infinity",
    "-Infinity",
    "1e999",
    "0x10",
    "12%",
    "1,000",
    "١٢٣",
    "2025",
    " 2024 ",
    "TRUE"
  ),
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom(...KEYWORDS),
  errorValue
);

/** Ranges of every shape, ragged and empty ones included. */
const range = fc.array(fc.array(scalar, { maxLength: 8 }), { maxLength: 6 });

const argument: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 2, arbitrary: range },
  { weight: 1, arbitrary: fc.array(range, { maxLength: 4 }) }
);

/** A keyword as people type it: any case, stray spaces. */
function typed(words: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...words), fc.constantFrom("as is", "upper", "lower"), fc.boolean())
    .map(([k, casing, padded]) => {
      const cased = casing === "upper" ? k.toUpperCase() : casing === "lower" ? k.toLowerCase() : k;
      return padded ? ` ${cased} ` : cased;
    });
}
const keyword = typed(KEYWORDS);

/** Keywords by parameter name: each text parameter mostly gets words of its own vocabulary. */
const VOCABULARY: Record<string, readonly string[]> = {
  stage: STAGES,
  country: PLACES,
  supplier: PLACES,
  consumer: PLACES,
  region: [...PLACES, "US+Japan+Korea", "allied, Vietnam", "US+", "Japan,Mars"],
  scope: ["any", "light", "heavy", "US", "Mars"],
  estimate: ["low", "base", "high", "optimistic", "worst"],
  status: ["all", "operating", "committed", "planned", "construction", "dreaming"],
  element: ["Nd", "Dy", "Tb", "NdPr", "Neodymium", "La", "Ho", "Xx"],
  field: ["z", "factor", "chinaGroup", "name", "version", "records", "hash", "colour"],
  from: ["oxide", "metal", "NdFeB", "REO", "magnet", "gold"],
  to: ["oxide", "metal", "NdFeB", "element", "gold"],
  form: ["oxide", "metal", "alloy", "magnet", "powder"],
  material: ["NdFeB", "REE", "magnet", "steel"],
  application: ["EV motor", "wind", "F-35", "DDG-51", "data centre", "HDD", "toaster"],
  name: ["stages", "pipeline", "prices", "controls", "gaps", "sources", "nosuch"],
  function_name: [...SPECS.map((spec) => spec.name), "re.share", "VLOOKUP"],
};

/**
 * Plausible values per parameter kind, so that random calls also get past the keywords and reach the
 * core's computations, bounds and missing-data paths, not only its first #VALUE!.
 */
const PLAUSIBLE: Record<ParamKind, fc.Arbitrary<unknown>> = {
  text: fc.oneof(keyword, fc.constantFrom(...SPECS.map((s) => s.name))),
  number: fc.oneof(
    fc.integer({ min: 1890, max: 2210 }),
    fc.double({ min: -10, max: 1e7, noNaN: true }),
    fc.constantFrom(0, -1, 0.08, 8000, 1e9)
  ),
  date: fc.oneof(
    fc.integer({ min: 1890, max: 2210 }),
    fc.integer({ min: -5, max: 2958470 }),
    fc.constantFrom("2025-06-01", "2024", "2025-04", "2026-12-31", "2025-02-30")
  ),
  numbers: fc.oneof(
    fc.array(fc.integer({ min: -1, max: 11 }), { minLength: 5, maxLength: 7 }).map((row) => [row]),
    fc
      .array(fc.double({ min: 0, max: 6, noNaN: true }), { minLength: 6, maxLength: 6 })
      .map((c) => c.map((v) => [v]))
  ),
  texts: fc.oneof(
    fc.constantFrom("id, name", "project,value,startYear", "sourceIds", "colour"),
    fc.array(keyword, { maxLength: 4 }).map((names) => names.map((n) => [n]))
  ),
  table: fc
    .tuple(
      fc.boolean(),
      fc.array(
        fc.tuple(
          fc.constantFrom("Plant A", "", "Plant B"),
          typed(PLACES),
          typed(STAGES),
          fc.oneof(fc.double({ min: -10, max: 1e5, noNaN: true }), fc.constant("lots")),
          fc.oneof(fc.integer({ min: 1940, max: 2110 }), fc.constant(null)),
          fc.constantFrom(null, "planned", "operating", "dreaming")
        ),
        { maxLength: 4 }
      )
    )
    .map(([header, rows]) => [
      ...(header ? [["name", "country", "stage", "t/yr", "first year", "status"]] : []),
      ...rows,
    ]),
  arguments: fc.array(
    fc.oneof(
      keyword.map((k) => [[k]]),
      fc.integer({ min: 1890, max: 2210 }).map((n) => [[n]]),
      fc.constant([[3, 2, 4, 1, 5, 0]])
    ),
    { maxLength: 5 }
  ),
};

/** Half chaos (anything in any position), half shaped (each parameter mostly plausible, sometimes chaos). */
function argumentsFor(spec: FunctionSpec): fc.Arbitrary<unknown[]> {
  const chaos = fc.array(argument, { maxLength: spec.params.length + 2 });
  if (spec.params.length === 0) return chaos;
  const shaped = fc.tuple(
    ...spec.params.map((p) => {
      const own =
        p.kind === "text" && VOCABULARY[p.name] ? typed(VOCABULARY[p.name]) : PLAUSIBLE[p.kind];
      const blank = fc.constantFrom(null, undefined);
      return fc.oneof(
        { weight: 12, arbitrary: own },
        { weight: p.optional ? 2 : 1, arbitrary: blank },
        { weight: 1, arbitrary: argument }
      );
    })
  );
  return fc.oneof({ weight: 1, arbitrary: chaos }, { weight: 3, arbitrary: shaped });
}

/** Error values anywhere in the arguments: the only codes beside our own a result may carry. */
function incomingErrors(value: unknown, found: ShimError[] = []): ShimError[] {
  if (isExcelError(value)) found.push(value);
  else if (Array.isArray(value)) value.forEach((v) => incomingErrors(v, found));
  return found;
}

function isCellScalar(value: unknown): boolean {
  return (
    typeof value === "string" ||
    typeof value === "boolean" ||
    (typeof value === "number" && Number.isFinite(value))
  );
}

function expectAllowedError(error: ShimError, args: unknown[]): void {
  const incoming = incomingErrors(args);
  if (incoming.includes(error)) return; // passed through unchanged, as Excel's own functions do
  expect(OWN_CODES.has(error.code)).toBe(true);
  expect(typeof error.message).toBe("string");
  expect((error.message as string).length).toBeGreaterThan(0);
}

function expectExcelContract(spec: FunctionSpec, result: unknown, args: unknown[]): void {
  if (returnsMatrix(spec)) {
    expect(Array.isArray(result)).toBe(true);
    const rows = result as unknown[][];
    expect(rows.length).toBeGreaterThan(0);
    if (rows.length === 1 && rows[0].length === 1 && isExcelError(rows[0][0])) {
      expectAllowedError(rows[0][0] as ShimError, args);
      return;
    }
    const width = rows[0].length;
    expect(width).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toHaveLength(width);
      for (const cell of row) {
        // Mapped over a range, each cell has its own answer or refusal; a table's cells are all values.
        if (spec.returns !== "matrix" && isExcelError(cell)) expectAllowedError(cell, args);
        else expect(isCellScalar(cell)).toBe(true);
      }
    }
    return;
  }
  if (isExcelError(result)) expectAllowedError(result, args);
  else expect(isCellScalar(result)).toBe(true);
}

describe.each(SPECS.map((spec) => [spec.name, spec] as const))(
  "RE.%s keeps the contract",
  (name, spec) => {
    test("called as Excel calls the wrapper", () => {
      const wrapper = registered(name);
      fc.assert(
        fc.property(argumentsFor(spec), (args) => {
          const result = wrapper(...args);
          expectExcelContract(spec, result, args);
        }),
        { numRuns: RUNS }
      );
    });

    test("called through the runner with any number of arguments", () => {
      fc.assert(
        fc.property(argumentsFor(spec), (args) => {
          const evaluation = run(spec, args);
          if (evaluation.ok) {
            if (spec.returns === "matrix") expect(Array.isArray(evaluation.value)).toBe(true);
            else expect(isCellScalar(evaluation.value)).toBe(true);
          } else if (evaluation.kind === "passed") {
            expect(incomingErrors(args)).toContain(evaluation.error);
          } else {
            expect(evaluation.message.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: RUNS }
      );
    });
  }
);
