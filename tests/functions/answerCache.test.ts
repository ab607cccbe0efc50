/**
 * The runner's answer cache: answers never depend on the calls made before them, the cache gives what an
 * uncached run gives, and a new dataset is never answered from the old one's cache.
 */
import { isExcelError, type ShimError } from "../_support/custom-functions-shim";
import fc from "fast-check";
import { datasetFingerprint } from "../../src/data/fingerprint";
import { activateDataset, activeSnapshot, resetToEmbedded, snapshotOf } from "../../src/data/store";
import type { Snapshot } from "../../src/data/store";
import { cachedAnswer, lookupOf, rememberAnswer } from "../../src/functions/answerCache";
import { errorOf, excelMatrix, excelScalar } from "../../src/functions/errors";
import { excelFunction } from "../../src/functions/excel";
import { returnsMatrix } from "../../src/functions/metadata";
import {
  run,
  runCells,
  type CellResult,
  type Evaluation,
  type FunctionSpec,
  type RunResult,
} from "../../src/functions/spec";
import { LEADTIME, SHARE, SPECS } from "../../src/functions/specs";
import { realData } from "../_support/fixture";
import { LEAD_TIME_ANY_YEARS } from "../_support/expected";

afterEach(() => resetToEmbedded());

/** A function as Excel calls it: its arguments through the runner, the answer or an error object back. */
const excelCall =
  (spec: FunctionSpec) =>
  (...args: unknown[]) =>
    excelScalar(run(spec, args));
const leadtime = excelCall(LEADTIME);
const share = excelCall(SHARE);

describe("answers never depend on earlier calls", () => {
  // Issue 13: the memo key was the arguments joined into text, so an omitted scope and the text
  // "undefined" shared one cached answer.
  test('RE.LEADTIME("separation","undefined") first does not change RE.LEADTIME("separation")', () => {
    const refused = leadtime("separation", "undefined");
    expect(isExcelError(refused) && (refused as ShimError).code).toBe("#VALUE!");
    expect(leadtime("separation")).toBe(LEAD_TIME_ANY_YEARS.separation.base);
    expect(leadtime("separation", "undefined")).toEqual(refused);
  });

  test("in the other order too", () => {
    expect(leadtime("separation")).toBe(LEAD_TIME_ANY_YEARS.separation.base);
    expect(isExcelError(leadtime("separation", "undefined"))).toBe(true);
  });

  test("null and the text null, a number and its text, a keyword with a separator in it", () => {
    const data = activeSnapshot();
    const calls: unknown[][] = [
      ["China", "mining", "2024"],
      ["China", "mining", 2024],
      ["China", "mining", null],
      ["China", "mining", "null"],
      ["China", "mining"],
      ["China", "mining", undefined],
      ["China", "mining", -0],
      ["China", "mining", 0],
      ["China|mining", "2024"],
      ["China", "mining|2024"],
    ];
    const cold = calls.map((args) => describeEvaluation(run(SHARE, args, freshCopy(data))));
    const forwards = calls.map((args) => describeEvaluation(run(SHARE, args, data)));
    const backwards = [...calls]
      .reverse()
      .map((args) => describeEvaluation(run(SHARE, args, freshCopy(data))))
      .reverse();
    expect(forwards).toEqual(cold);
    expect(backwards).toEqual(cold);
  });
});

describe("the answer cache", () => {
  test("the same call on one snapshot returns the same frozen answer", () => {
    const data = realData();
    const first = run(SHARE, ["China", "mining", 2024], data);
    const again = run(SHARE, ["China", "mining", 2024], data);
    expect(again).toBe(first);
    expect(
      Object.isFrozen(first) &&
        Object.isFrozen(answerOf(first).basis) &&
        Object.isFrozen(answerOf(first).basis[0])
    ).toBe(true);
  });

  test("keys keep arguments apart", () => {
    const data = {};
    const fn = {};
    rememberAnswer(data, fn, ["a", "b"], "a, b");
    rememberAnswer(data, fn, [2024], "2024");
    expect(cachedAnswer(data, fn, ["ab"])).toBeUndefined();
    expect(cachedAnswer(data, fn, [undefined, 2024])).toBeUndefined();
    expect(cachedAnswer(data, fn, ["2024"])).toBeUndefined();
    expect(cachedAnswer(data, fn, [2024, undefined])).toBeUndefined();
    expect(cachedAnswer(data, fn, ["a", "b"])).toBe("a, b");
    expect(cachedAnswer(data, fn, [2024])).toBe("2024");
  });

  test("one error object per refusal: an error cell costs no new object", () => {
    const first = share("Atlantis", "mining");
    expect(share("Atlantis", "mining")).toBe(first);
    expect(leadtime("separation", "Mars")).not.toBe(first);
  });

  test("a range or an error value among the arguments is not cached, and answers as before", () => {
    const data = freshCopy(realData());
    const years = [[2023], [2024]];
    const first = run(SHARE, ["China", "mining", years], data);
    expect(run(SHARE, ["China", "mining", years], data)).not.toBe(first);
    expect(run(SHARE, ["China", "mining", years], data)).toEqual(first);
  });

  test("a new dataset is never answered from the old one's cache", () => {
    const before = share("China", "mining", 2024);
    expect(before).toBeCloseTo(270 / 380, 12);
    const changed = JSON.parse(JSON.stringify(activeSnapshot().dataset));
    for (const p of changed.production)
      if (p.country === "CN" && p.year === 2024 && p.stage === "mining") p.value = 190_000;
    activateDataset(
      changed,
      { kind: "url", url: "https://mirror.example/dataset.json" },
      datasetFingerprint(changed)
    );
    expect(share("China", "mining", 2024)).toBeCloseTo(0.5, 12);
    resetToEmbedded();
    expect(share("China", "mining", 2024)).toBeCloseTo(270 / 380, 12);
  });

  test("the text of a further key as the first argument never meets the answers kept under it", () => {
    const data = freshCopy(realData());
    const overRanges = runCells(SHARE, [[["China"]], "mining", [[2024]]], data);
    expect(overRanges.ok && overRanges.value).toEqual([[270000 / 380000]]);
    // "cells" is the key the answers over one-cell ranges are kept under: the same walk of keys follows
    const plain = run(SHARE, ["cells", "China", "mining", 2024], data);
    expect(plain).toEqual(run(SHARE, ["cells", "China", "mining", 2024], freshCopy(data)));
    expect(plain.ok).toBe(false);
  });

  test("stays bounded: past its limit it starts afresh and still answers right", () => {
    const data = freshCopy(realData());
    for (let i = 0; i < 20_000; i++) run(LEADTIME, ["separation", `scope ${i}`], data);
    expect(answerOf(run(LEADTIME, ["separation"], data)).value).toBe(
      LEAD_TIME_ANY_YEARS.separation.base
    );
  });
});

describe("the key tree", () => {
  /** Primitives that `===` or a joined text would confuse, and a few more to fill levels past their lists. */
  const KEYS: readonly unknown[] = [
    undefined,
    "undefined",
    null,
    "null",
    0,
    -0,
    NaN,
    "NaN",
    5,
    "5",
    true,
    "true",
    "",
    "a",
    "b",
    2024,
  ];
  /** The same key, as the cache must tell them: by Object.is (so -0 is not 0 and NaN is NaN). */
  const sameCall = (a: readonly unknown[], b: readonly unknown[]) =>
    a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
  // Mostly from a pool of three, so that calls share long prefixes and differ in one place only.
  const keyOf = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...KEYS.slice(3, 6)) },
    { weight: 1, arbitrary: fc.constantFrom(...KEYS) }
  );
  const callOf = fc.array(keyOf, { maxLength: 7 });

  test("over random calls of up to 7 arguments (levels past their lists, calls past four arguments), each finds its own answer and no other", () => {
    fc.assert(
      fc.property(
        fc.array(callOf, { minLength: 1, maxLength: 300 }),
        fc.array(callOf, { maxLength: 100 }),
        (remembered, others) => {
          const data = {};
          const fn = {};
          const model: [readonly unknown[], string][] = [];
          remembered.forEach((args, i) => {
            const answer = `answer ${i}`;
            rememberAnswer(data, fn, args, answer);
            const held = model.find(([kept]) => sameCall(kept, args));
            if (held) held[1] = answer;
            else model.push([args, answer]);
          });
          for (const args of [...remembered, ...others])
            expect(cachedAnswer(data, fn, args)).toBe(
              model.find(([kept]) => sameCall(kept, args))?.[1]
            );
        }
      ),
      { seed: 1214, numRuns: 200 }
    );
  });

  test("calls of different lengths are kept apart, and so are calls that differ past their fourth argument", () => {
    const data = {};
    const fn = {};
    rememberAnswer(data, fn, ["a", "b"], "two");
    rememberAnswer(data, fn, [1, 2, 3, 4, 5, 6], "six");
    expect(cachedAnswer(data, fn, ["a", "b", undefined])).toBeUndefined();
    expect(cachedAnswer(data, fn, ["a"])).toBeUndefined();
    expect(cachedAnswer(data, fn, [1, 2, 3, 4, 5, 7])).toBeUndefined();
    expect(cachedAnswer(data, fn, [1, 2, 3, 4, 5])).toBeUndefined();
    expect(cachedAnswer(data, fn, ["a", "b"])).toBe("two");
    expect(cachedAnswer(data, fn, [1, 2, 3, 4, 5, 6])).toBe("six");
  });

  test("rows narrower than four keys and calls looked up after a longer one: undefined as an argument, as padding and left behind by nothing", () => {
    const data = {};
    const fn = {};
    // enough calls of each length that their levels are filed under Maps, as a workbook's are
    const long = Array.from({ length: 12 }, (_, i) => [i % 3, "x", i, 4, 5, i + 6]);
    const short = Array.from({ length: 12 }, (_, i) => [i % 3, i]);
    const omitted = Array.from({ length: 12 }, (_, i) => [i % 3, undefined, i]);
    long.forEach((args, i) => rememberAnswer(data, fn, args, `long ${i}`));
    short.forEach((args, i) => rememberAnswer(data, fn, args, `short ${i}`));
    omitted.forEach((args, i) => rememberAnswer(data, fn, args, `omitted ${i}`));
    short.forEach((args, i) => {
      expect(cachedAnswer(data, fn, long[i])).toBe(`long ${i}`);
      expect(cachedAnswer(data, fn, args)).toBe(`short ${i}`);
      expect(
        lookupOf(fn, 2, [false, false], () => data)(args[0], args[1], long[i][4], long[i][5])
      ).toBe(`short ${i}`);
      expect(
        lookupOf(fn, 2, [false, false], () => undefined)(args[0], args[1], undefined, undefined)
      ).toBe(undefined);
      expect(cachedAnswer(data, fn, omitted[i])).toBe(`omitted ${i}`);
      expect(cachedAnswer(data, fn, [args[0], args[1], undefined])).toBeUndefined();
      expect(cachedAnswer(data, fn, [args[0], undefined, args[1], undefined])).toBeUndefined();
      expect(cachedAnswer(data, fn, [...long[i].slice(0, 5), undefined])).toBeUndefined();
    });
  });

  test("looked up argument by argument, as Excel's registration does, a call finds what its array finds (one-cell ranges where the parameter takes ranges, nothing for a wider range)", () => {
    const cells = [true, false, true, false];
    const values: readonly unknown[] = [
      [["China"]],
      "China",
      [[2024]],
      2024,
      undefined,
      -0,
      0,
      [[1, 2]],
      [["x"], ["y"]],
    ];
    const data = {};
    const fn = {};
    let n = 0;
    for (const a of values)
      for (const c of values) {
        rememberAnswer(
          data,
          fn,
          [a, "mining", c, undefined],
          `answer ${(n += 1)}`,
          undefined,
          cells
        );
        rememberAnswer(data, fn, [a, c], `pair ${n}`, undefined, cells);
      }
    for (const a of values)
      for (const c of values) {
        const four = cachedAnswer(data, fn, [a, "mining", c, undefined], undefined, cells);
        expect(lookupOf(fn, 4, cells, () => data)(a, "mining", c, undefined)).toBe(four);
        expect(lookupOf(fn, 2, cells, () => data)(a, c, "ignored", "ignored")).toBe(
          cachedAnswer(data, fn, [a, c], undefined, cells)
        );
        const wide = [a, c].some((v) => Array.isArray(v) && (v.length > 1 || v[0].length > 1));
        if (wide) expect(four).toBeUndefined();
        else expect(four).toMatch(/^answer/);
      }
    // a one-cell range and its cell share an answer where the parameter takes ranges, and only there
    expect(lookupOf(fn, 4, cells, () => data)([["China"]], "mining", 2024, undefined)).toBe(
      lookupOf(fn, 4, cells, () => data)("China", "mining", [[2024]], undefined)
    );
    expect(
      lookupOf(fn, 4, cells, () => data)("China", [["mining"]], 2024, undefined)
    ).toBeUndefined();
  });
});

/** The answer of an evaluation that must have one. */
function answerOf<R extends CellResult>(evaluation: Evaluation<R>) {
  if (!evaluation.ok) throw new Error(`expected an answer, got ${JSON.stringify(evaluation)}`);
  return evaluation;
}

/** The same dataset in a new snapshot: the lookups are reused, the answer cache starts empty. */
function freshCopy(data: Snapshot): Snapshot {
  return snapshotOf(data.dataset, data.origin, data.hash);
}

/** A deep copy of the dataset in its own snapshot: nothing cached for the original is shared with it. */
function copyOf(data: Snapshot): Snapshot {
  return snapshotOf(JSON.parse(JSON.stringify(data.dataset)), data.origin, data.hash);
}

/** An evaluation as comparable text: the value and its basis, or the error code and message. */
function describeEvaluation(evaluation: Evaluation<CellResult>): string {
  if (evaluation.ok) return JSON.stringify({ value: evaluation.value, basis: evaluation.basis });
  return JSON.stringify(errorOf(evaluation));
}

/** What the cell shows, as Excel's registration would return it, as comparable text. */
function describeCell(spec: FunctionSpec, evaluation: RunResult<CellResult>): string {
  const spills = spec.returns === "matrix" || (evaluation.ok && Array.isArray(evaluation.value));
  const cell = spills ? excelMatrix(evaluation) : excelScalar(evaluation);
  return JSON.stringify(cell, (_, v: unknown) =>
    isExcelError(v) ? { code: v.code, message: v.message } : v
  );
}

/**
 * Arguments chosen from a small pool so that calls repeat and collide: every pair that a joined text key
 * would merge (omitted and "undefined", null and "null", 5 and "5", a separator inside a keyword) is there,
 * beside real keywords and numbers that reach the core's answers.
 */
const TRICKY: readonly unknown[] = [
  undefined,
  "undefined",
  null,
  "null",
  "",
  0,
  -0,
  5,
  "5",
  2024,
  "2024",
  true,
  "TRUE",
  "a|b",
  "a\u0000b",
];

const WORDS: Record<string, readonly unknown[]> = {
  stage: ["mining", "separation", "magnet", "mine>separation>magnet", "metal"],
  country: ["China", "US", "Malaysia", "WORLD"],
  supplier: ["China", "US"],
  consumer: ["US", "WORLD"],
  region: ["allied", "US", "non-China"],
  scope: ["any", "heavy", "US"],
  estimate: ["low", "base", "high"],
  status: ["all", "operating", "planned"],
  element: ["Nd", "Dy", "NdPr", "Tb"],
  field: ["version", "records", "name", "chinaGroup"],
  from: ["oxide", "metal", "NdFeB"],
  to: ["metal", "oxide", "element"],
  form: ["oxide", "metal"],
  material: ["NdFeB", "REE"],
  application: ["EV motor", "F-35", "wind"],
  name: ["stages", "gaps", "pipeline", "nosuch"],
  function_name: ["SHARE", "LEADTIME", "GAPSCORE", "CAPACITY"],
  year: [2020, 2024, 2028, 2035],
  date: ["2025-06-01", 2024, 45000],
  units: [1, 100, 1000],
  value: [1, 100, 12.5],
  demand: [1000, 5000],
  growth: [0.05, 0.1],
};

/** Values a range-taking or list parameter may get: ranges are not cached, and must answer the same. */
const RANGES: readonly unknown[] = [
  [[3, 2, 4, 1, 5, 0]],
  [[1], [2], [3], [4], [5], [6]],
  [["mining"]],
];

function argumentFor(spec: FunctionSpec, index: number): fc.Arbitrary<unknown> {
  const param = spec.params[index];
  const own = param && WORDS[param.name];
  // Few words per parameter, so that calls repeat and the colliding pairs meet the same other arguments.
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...(own ?? TRICKY).slice(0, 2)) },
    { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
    { weight: 1, arbitrary: fc.constantFrom(...RANGES) }
  );
}

const BY_NAME = new Map(SPECS.map((spec) => [spec.name, spec]));

/**
 * A call: a function's name (so a counterexample prints short) and its arguments, mostly all of its
 * parameters as Excel passes them, sometimes fewer as the preview engine may.
 */
const call: fc.Arbitrary<readonly [string, unknown[]]> = fc
  .constantFrom(...SPECS)
  .chain((spec) =>
    fc
      .integer({ min: 0, max: spec.params.length })
      .chain((dropped) =>
        fc.tuple(
          fc.constant(spec.name),
          fc.tuple(
            ...spec.params
              .slice(0, spec.params.length - (dropped % 3 === 0 ? dropped : 0))
              .map((_, i) => argumentFor(spec, i))
          )
        )
      )
  );

/** Runs a call on `data` as Excel would (ranges mapped cell by cell) and describes what its cell shows. */
function cellOf([name, args]: readonly [string, unknown[]], data?: Snapshot): string {
  const spec = BY_NAME.get(name) as FunctionSpec;
  return describeCell(spec, runCells(spec, args, data));
}

/** Calls per sequence and sequences: 3 orders × 4 × 900 = 10,800 cached calls, plus 3,600 uncached. */
const CALLS = 900;
const SEQUENCES = 4;

test("over random call sequences of every function, run forwards, backwards and shuffled, every call answers as an uncached run does", () => {
  const base = realData();
  fc.assert(
    fc.property(
      fc.array(call, { minLength: CALLS, maxLength: CALLS }),
      fc.array(fc.nat(), { minLength: CALLS, maxLength: CALLS }),
      (calls, shuffleKeys) => {
        const reference = copyOf(base);
        const uncached = calls.map((c) => cellOf(c, freshCopy(reference)));
        // Each order on its own copy of the dataset, so no cache or lookup carries over between orders.
        const inOrder = (order: readonly number[]) => {
          const data = copyOf(base);
          const seen = new Array<string>(calls.length);
          for (const i of order) seen[i] = cellOf(calls[i], data);
          return seen;
        };
        const forwards = calls.map((_, i) => i);
        const backwards = [...forwards].reverse();
        const shuffled = [...forwards].sort((a, b) => shuffleKeys[a] - shuffleKeys[b] || a - b);
        expect(inOrder(forwards)).toEqual(uncached);
        expect(inOrder(backwards)).toEqual(uncached);
        expect(inOrder(shuffled)).toEqual(uncached);
      }
    ),
    // A failing sequence is reported as found: shrinking 900 calls over three fresh datasets takes minutes.
    { seed: 20261201, numRuns: SEQUENCES, endOnFailure: true }
  );
}, 120_000);

test("after a dataset change every warm call answers from the new dataset", () => {
  const changed = JSON.parse(JSON.stringify(activeSnapshot().dataset));
  for (const l of changed.leadTimes) if (typeof l.base === "number") l.base += 1;
  for (const p of changed.production) if (typeof p.value === "number") p.value *= 2;
  const calls = fc.sample(call, { seed: 1201, numRuns: 1500 });
  const warm = () => calls.map((c) => cellOf(c));
  const oldAnswers = warm();
  expect(warm()).toEqual(oldAnswers);
  const next = activateDataset(changed, { kind: "cache" }, datasetFingerprint(changed));
  const fresh = calls.map((c) => cellOf(c, freshCopy(next)));
  expect(warm()).toEqual(fresh);
  expect(fresh).not.toEqual(oldAnswers);
}, 60_000);

/** What Excel's registration shows for a call when nothing is cached: the runner on a fresh snapshot. */
function uncachedExcelCell([name, args]: readonly [string, unknown[]], data: Snapshot): string {
  const spec = BY_NAME.get(name) as FunctionSpec;
  const fresh = freshCopy(data);
  return describeExcelValue(
    returnsMatrix(spec)
      ? excelMatrix(runCells(spec, args, fresh))
      : excelScalar(run(spec, args, fresh))
  );
}

function describeExcelValue(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    isExcelError(v) ? { code: v.code, message: v.message } : v
  );
}

test("through Excel's registration (its reused argument array and its cache of Excel forms), random call sequences answer as uncached runs do, before and after a dataset change", () => {
  const wrappers = new Map(SPECS.map((spec) => [spec.name, excelFunction(spec)]));
  const invocation = { address: "Sheet1!A1" };
  /** As Excel calls it: every declared parameter (omitted ones blank), then the invocation object. */
  const viaExcel = ([name, args]: readonly [string, unknown[]]) => {
    const spec = BY_NAME.get(name) as FunctionSpec;
    const given = spec.params.map((_, i) => args[i]);
    return describeExcelValue(
      (wrappers.get(name) as (...a: unknown[]) => unknown)(...given, invocation)
    );
  };
  const calls = fc.sample(call, { seed: 1202, numRuns: 1500 });
  const before = calls.map((c) => uncachedExcelCell(c, activeSnapshot()));
  expect(calls.map(viaExcel)).toEqual(before);
  expect([...calls].reverse().map(viaExcel).reverse()).toEqual(before);

  const changed = JSON.parse(JSON.stringify(activeSnapshot().dataset));
  for (const l of changed.leadTimes) if (typeof l.base === "number") l.base += 1;
  for (const p of changed.production) if (typeof p.value === "number") p.value *= 2;
  const next = activateDataset(changed, { kind: "cache" }, datasetFingerprint(changed));
  const after = calls.map((c) => uncachedExcelCell(c, next));
  expect(calls.map(viaExcel)).toEqual(after);
  expect(after).not.toEqual(before);
}, 60_000);
