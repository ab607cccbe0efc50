/**
 * Whatever arguments arrive, every core function returns an outcome: a finite value with a basis, or a
 * failure of a known kind with a message. It never throws, never returns NaN, and never writes to data.
 */
import fc from "fast-check";
import { capacityOnline } from "../../src/core/capacityOnline";
import { concentrationIndex } from "../../src/core/concentrationIndex";
import { convertMass } from "../../src/core/convertMass";
import { datasetInfo } from "../../src/core/datasetInfo";
import { elementField } from "../../src/core/elementField";
import { exportControlStatus } from "../../src/core/exportControlStatus";
import { formatBasis } from "../../src/core/formatBasis";
import { gapScore } from "../../src/core/gapScore";
import { gapsTable } from "../../src/core/gapsTable";
import { independenceProbability } from "../../src/core/independenceProbability";
import { independenceYear } from "../../src/core/independenceYear";
import { leadTimeYears } from "../../src/core/leadTimeYears";
import { materialDemand } from "../../src/core/materialDemand";
import { onlineYear } from "../../src/core/onlineYear";
import { referencePrice } from "../../src/core/referencePrice";
import { supplierDependency } from "../../src/core/supplierDependency";
import { supplyShare } from "../../src/core/supplyShare";
import { tableRows } from "../../src/core/tableRows";
import type { Outcome } from "../../src/core/_lib/outcome";
import { failureText } from "../../src/core/_lib/messages/failureText";
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
          leadTimeYears(data, { stage, scope, case: c })
    ),
  ],
  [
    "onlineYear",
    fc.tuple(keyword, number, maybe(keyword)).map(
      ([stage, startYear, scope]) =>
        () =>
          onlineYear(data, { stage, startYear, scope })
    ),
  ],
  [
    "supplyShare",
    fc.tuple(keyword, keyword, maybe(number), maybe(keyword)).map(
      ([country, stage, year, basis]) =>
        () =>
          supplyShare(data, { country, stage, year, basis })
    ),
  ],
  [
    "supplierDependency",
    fc.tuple(maybe(keyword), maybe(keyword), maybe(keyword), maybe(number)).map(
      ([stage, supplier, consumer, year]) =>
        () =>
          supplierDependency(data, { stage, supplier, consumer, year })
    ),
  ],
  [
    "concentrationIndex",
    fc.tuple(keyword, maybe(number)).map(
      ([stage, year]) =>
        () =>
          concentrationIndex(data, { stage, year })
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
            gapScore(data, { scores, weights, scaleMax })
      ),
  ],
  [
    "capacityOnline",
    fc.tuple(keyword, keyword, number, maybe(keyword), maybe(keyword)).map(
      ([region, stage, year, status, leadCase]) =>
        () =>
          capacityOnline(data, { region, stage, year, status, case: leadCase })
    ),
  ],
  [
    "materialDemand",
    fc.tuple(keyword, number, maybe(keyword)).map(
      ([application, units, material]) =>
        () =>
          materialDemand(data, { application, units, material })
    ),
  ],
  [
    "independenceYear",
    fc.tuple(keyword, keyword, number, number, maybe(number), maybe(keyword)).map(
      ([region, stage, demand, baseYear, growth, status]) =>
        () =>
          independenceYear(data, { region, stage, demand, baseYear, growth, status })
    ),
  ],
  [
    "independenceProbability",
    fc.tuple(keyword, keyword, number, number, number, maybe(number), maybe(number)).map(
      ([region, stage, demand, baseYear, year, growth, delay]) =>
        () =>
          independenceProbability(data, {
            region,
            stage,
            demand,
            baseYear,
            year,
            growth,
            delay,
            trials: 100,
          })
    ),
  ],
  [
    "convertMass",
    fc.tuple(number, keyword, keyword, maybe(keyword)).map(
      ([value, from, to, element]) =>
        () =>
          convertMass(data, { value, from, to, element })
    ),
  ],
  [
    "referencePrice",
    fc.tuple(keyword, maybe(keyword), maybe(keyword), maybe(keyword)).map(
      ([element, form, date, market]) =>
        () =>
          referencePrice(data, { element, form, date, market })
    ),
  ],
  [
    "exportControlStatus",
    fc.tuple(keyword, maybe(keyword)).map(
      ([element, date]) =>
        () =>
          exportControlStatus(data, { element, date })
    ),
  ],
  [
    "elementField",
    fc.tuple(keyword, keyword).map(
      ([element, field]) =>
        () =>
          elementField(data, { element, field })
    ),
  ],
  [
    "tableRows",
    fc.tuple(keyword, maybe(fc.oneof(keyword, fc.array(keyword, { maxLength: 3 })))).map(
      ([name, columns]) =>
        () =>
          tableRows(data, { name, columns })
    ),
  ],
  ["datasetInfo", maybe(keyword).map((field) => () => datasetInfo(data, { field }))],
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
        return !outcome.ok || typeof formatBasis(data, outcome.basis) === "string";
      }
    ),
    { numRuns: 300 }
  );
});

test("no function writes to the dataset", () => {
  expect(
    leavesDataUnchanged((d) => {
      capacityOnline(d, {
        region: "non-China",
        stage: "separation",
        year: 2030,
        status: "planned",
      });
      supplierDependency(d, {});
      tableRows(d, { name: "prices", columns: "quoted, sourceIds" });
      gapsTable(d);
      exportControlStatus(d, { element: "Eu", date: "2027" });
    })
  ).toBe(true);
});
