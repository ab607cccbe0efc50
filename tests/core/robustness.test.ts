/**
 * Whatever arguments arrive, every core function returns an outcome: a finite value with a basis, or a
 * failure of a known kind with a message. It never throws, never returns NaN, and never writes to data.
 */
import fc from "fast-check";
import * as core from "../../src/core";
import type { Outcome } from "../../src/core";
import { failureText } from "../../src/core/_lib/messages";
import { leavesDataUnchanged, realData } from "../_support/fixture";

const data = realData();

/** Keywords the dataset knows, mixed with noise, blanks and odd spellings. */
const keyword = fc.oneof(
  fc.constantFrom(
    "China",
    "us",
    "Myanmar",
    "allied",
    "non-China",
    "WORLD",
    "mining",
    "refining",
    "metal",
    "magnet",
    "recycling"
  ),
  fc.constantFrom(
    "Nd",
    "Dy",
    "NdPr",
    "prnd",
    "oxide",
    "metal",
    "NdFeB",
    "REO",
    "EV",
    "F-35",
    "wind",
    "data centre"
  ),
  fc.constantFrom(
    "low",
    "base",
    "high",
    "heavy",
    "any",
    "all",
    "operating",
    "planned",
    "factor",
    "z",
    "pipeline",
    "version"
  ),
  fc.constantFrom(
    "",
    " ",
    "mine>separation>magnet",
    "mine>>",
    "→",
    ",",
    "2025-06-01",
    "2025",
    "June"
  ),
  fc.string({ maxLength: 12 })
);
const number = fc.oneof(
  fc.integer({ min: 1890, max: 2210 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(
    0,
    -1,
    1,
    0.5,
    1e308,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY
  )
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

function wellFormed(outcome: Outcome<unknown>): boolean {
  if (!outcome.ok)
    return (
      ["invalid", "notAvailable", "outOfRange"].includes(outcome.kind) &&
      failureText(outcome).length > 10
    );
  const v = outcome.value;
  const cellOk = (c: unknown) =>
    typeof c === "number" ? Number.isFinite(c) : ["string", "boolean"].includes(typeof c);
  const valueOk = Array.isArray(v) ? v.every((row) => (row as unknown[]).every(cellOk)) : cellOk(v);
  return valueOk && outcome.basis.every((b) => b.label.length > 0 && Array.isArray(b.sourceIds));
}

const calls: [string, fc.Arbitrary<() => Outcome<unknown>>][] = [
  [
    "leadTimeYears",
    fc.tuple(keyword, maybe(keyword), maybe(keyword)).map(
      ([stage, scope, c]) =>
        () =>
          core.leadTimeYears(data, { stage, scope, case: c })
    ),
  ],
  [
    "onlineYear",
    fc.tuple(keyword, number, maybe(keyword)).map(
      ([stage, startYear, scope]) =>
        () =>
          core.onlineYear(data, { stage, startYear, scope })
    ),
  ],
  [
    "supplyShare",
    fc.tuple(keyword, keyword, maybe(number), maybe(keyword)).map(
      ([country, stage, year, basis]) =>
        () =>
          core.supplyShare(data, { country, stage, year, basis })
    ),
  ],
  [
    "supplierDependency",
    fc.tuple(maybe(keyword), maybe(keyword), maybe(keyword), maybe(number)).map(
      ([stage, supplier, consumer, year]) =>
        () =>
          core.supplierDependency(data, { stage, supplier, consumer, year })
    ),
  ],
  [
    "concentrationIndex",
    fc.tuple(keyword, maybe(number)).map(
      ([stage, year]) =>
        () =>
          core.concentrationIndex(data, { stage, year })
    ),
  ],
  [
    "gapScore",
    fc
      .tuple(
        fc.array(number, { maxLength: 7 }),
        maybe(fc.array(number, { maxLength: 7 })),
        maybe(number)
      )
      .map(
        ([scores, weights, scaleMax]) =>
          () =>
            core.gapScore(data, { scores, weights, scaleMax })
      ),
  ],
  [
    "capacityOnline",
    fc.tuple(keyword, keyword, number, maybe(keyword)).map(
      ([region, stage, year, status]) =>
        () =>
          core.capacityOnline(data, { region, stage, year, status })
    ),
  ],
  [
    "materialDemand",
    fc.tuple(keyword, number, maybe(keyword)).map(
      ([application, units, material]) =>
        () =>
          core.materialDemand(data, { application, units, material })
    ),
  ],
  [
    "independenceYear",
    fc.tuple(keyword, keyword, number, number, maybe(number), maybe(keyword)).map(
      ([region, stage, demand, baseYear, growth, status]) =>
        () =>
          core.independenceYear(data, { region, stage, demand, baseYear, growth, status })
    ),
  ],
  [
    "convertMass",
    fc.tuple(number, keyword, keyword, maybe(keyword)).map(
      ([value, from, to, element]) =>
        () =>
          core.convertMass(data, { value, from, to, element })
    ),
  ],
  [
    "referencePrice",
    fc.tuple(keyword, maybe(keyword), maybe(keyword), maybe(keyword)).map(
      ([element, form, date, market]) =>
        () =>
          core.referencePrice(data, { element, form, date, market })
    ),
  ],
  [
    "exportControlStatus",
    fc.tuple(keyword, maybe(keyword)).map(
      ([element, date]) =>
        () =>
          core.exportControlStatus(data, { element, date })
    ),
  ],
  [
    "elementField",
    fc.tuple(keyword, keyword).map(
      ([element, field]) =>
        () =>
          core.elementField(data, { element, field })
    ),
  ],
  [
    "tableRows",
    fc.tuple(keyword, maybe(fc.oneof(keyword, fc.array(keyword, { maxLength: 3 })))).map(
      ([name, columns]) =>
        () =>
          core.tableRows(data, { name, columns })
    ),
  ],
  ["datasetInfo", maybe(keyword).map((field) => () => core.datasetInfo(data, { field }))],
];

describe.each(calls)(
  "%s never throws and answers with a finite value or a typed failure",
  (_name, call) => {
    test("on arbitrary arguments", () => {
      fc.assert(
        fc.property(call, (run) => wellFormed(run())),
        { numRuns: 300 }
      );
    });
  }
);

test("formatBasis cites every well-formed answer without throwing", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...calls.map(([, arb]) => arb)).chain((arb) => arb),
      (run) => {
        const outcome = run();
        return !outcome.ok || typeof core.formatBasis(data, outcome.basis) === "string";
      }
    ),
    { numRuns: 300 }
  );
});

test("no function writes to the dataset", () => {
  expect(
    leavesDataUnchanged((d) => {
      core.capacityOnline(d, {
        region: "non-China",
        stage: "separation",
        year: 2030,
        status: "planned",
      });
      core.supplierDependency(d, {});
      core.tableRows(d, { name: "prices", columns: "quoted, sourceIds" });
      core.gapsTable(d);
      core.exportControlStatus(d, { element: "Eu", date: "2027" });
    })
  ).toBe(true);
});
