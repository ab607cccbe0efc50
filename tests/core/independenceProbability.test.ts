/**
 * RE.INDEPENDENCEPROB's estimate against probabilities worked out by hand. The fixture: two US magnet
 * plants still to come online in 2028 (the as-of date is 2026-12), A "planned" 1,000 t/yr (assumed
 * chance 0.5) and B "construction" 1,000 t/yr (0.75); a magnet lead time of low 1, base 2, high 4 years,
 * so each plant's first year moves by round(L − 2), L triangular on [1, 4] with mode 2, whose
 * distribution function is F(x) = (x − 1)² / 3 below 2 and 1 − (4 − x)² / 6 above it.
 * - online by 2029 ⇔ round(L − 2) ≤ 1 ⇔ L < 3.5: F(3.5) = 1 − 0.25/6 = 23/24
 * - online by 2028 ⇔ round(L − 2) ≤ 0 ⇔ L < 2.5: F(2.5) = 1 − 2.25/6 = 5/8
 * - online by 2027 ⇔ round(L − 2) ≤ −1 ⇔ L < 1.5: F(1.5) = 0.25/3 = 1/12
 * Both plants for 1,500 t/yr by 2029: 0.5 · 23/24 · 0.75 · 23/24; either for 500 t/yr:
 * 1 − (1 − 0.5 · 23/24)(1 − 0.75 · 23/24).
 */
import {
  independenceProbability,
  type IndependenceProbabilityOptions,
} from "../../src/core/independenceProbability";
import { triangularQuantile } from "../../src/core/independenceProbability/plantDraws";
import { independenceYear } from "../../src/core/independenceYear";
import type { DatasetShape } from "../../src/data/schema";
import { cited, fixture, leavesDataUnchanged, realData } from "../_support/fixture";
import { basisText, failed, failureMessage, ok, paramsOf } from "../_support/outcomes";

type Project = DatasetShape["capacity"][number];

function plant(id: string, country: string, status: Project["status"], startYear: number): Project {
  return {
    id,
    project: `Plant ${id}`,
    company: id,
    stages: ["magnet"],
    country,
    basis: "nameplate",
    product: "NdFeB",
    startYear,
    status,
    value: 1000,
    unit: "t/yr",
    ...cited,
  };
}

function pipeline(low: number | null, base: number, high: number | null) {
  return fixture({
    capacity: [
      plant("A", "US", "planned", 2028),
      plant("B", "US", "construction", 2028),
      // elsewhere, only so that the data's horizon reaches 2030
      plant("Z", "JP", "planned", 2030),
    ],
    leadTimes: [
      {
        stage: "magnet",
        scope: "any",
        low,
        base,
        high,
        definition: "Years from construction start to first output (fixture).",
        ...cited,
      },
    ],
  });
}

const data = pipeline(1, 2, 4);
const us = { region: "US", stage: "magnet", baseYear: 2025, trials: 20000 } as const;
const p = (args: Partial<IndependenceProbabilityOptions> & { demand: number; year: number }) =>
  ok(independenceProbability(data, { ...us, ...args })).value;

const BY_2029 = 23 / 24;
const BY_2028 = 5 / 8;
/** Three standard errors of a proportion near 0.5 at 20,000 trials. */
const TOLERANCE = 3 * Math.sqrt(0.25 / 20000);

describe("independenceProbability against hand-computed probabilities", () => {
  test("the triangular draw: F⁻¹(23/24) = 3.5 and F⁻¹(5/8) = 2.5 on [1, 4] with mode 2", () => {
    expect(triangularQuantile({ low: 1, mode: 2, high: 4 }, BY_2029)).toBeCloseTo(3.5, 12);
    expect(triangularQuantile({ low: 1, mode: 2, high: 4 }, BY_2028)).toBeCloseTo(2.5, 12);
    expect(triangularQuantile({ low: 1, mode: 2, high: 4 }, 1 / 3)).toBeCloseTo(2, 12);
    expect(triangularQuantile({ low: 3, mode: 3, high: 3 }, 0.9)).toBe(3);
  });

  test("both plants needed (1,500 t/yr by 2029): 0.5 · 23/24 · 0.75 · 23/24 ≈ 0.3444, within 3 standard errors", () => {
    const exact = 0.5 * BY_2029 * 0.75 * BY_2029;
    expect(exact).toBeCloseTo(0.3444, 4);
    expect(Math.abs(p({ demand: 1500, year: 2029 }) - exact)).toBeLessThan(TOLERANCE);
  });

  test("either plant (500 t/yr): 1 − (1 − 0.5 · F)(1 − 0.75 · F), by 2029 and by 2028", () => {
    const either = (f: number) => 1 - (1 - 0.5 * f) * (1 - 0.75 * f);
    expect(Math.abs(p({ demand: 500, year: 2029 }) - either(BY_2029))).toBeLessThan(TOLERANCE);
    expect(Math.abs(p({ demand: 500, year: 2028 }) - either(BY_2028))).toBeLessThan(TOLERANCE);
    // by 2027 only in the low tail: round(L − 2) ≤ −1 ⇔ L < 1.5, F(1.5) = 0.25/3 = 1/12
    expect(Math.abs(p({ demand: 500, year: 2027 }) - either(1 / 12))).toBeLessThan(TOLERANCE);
    // never before the year after the as-of date, and more than both plants is never covered
    expect(p({ demand: 500, year: 2026 })).toBe(0);
    expect(p({ demand: 2001, year: 2030 })).toBe(0);
  });

  test("your own odds replace the assumed ones: at 1 and 1 only the lead time is uncertain", () => {
    const certain = [
      ["status", "probability"],
      ["planned", 1],
      ["construction", 1],
    ];
    const both = p({ demand: 1500, year: 2028, odds: certain });
    expect(Math.abs(both - BY_2028 * BY_2028)).toBeLessThan(TOLERANCE);
    const text = basisText(
      independenceProbability(data, { ...us, demand: 1500, year: 2028, odds: certain })
    );
    expect(text).toContain("your own odds for planned (1), construction (1)");
  });

  test("with no spread and certain odds it is 0 or 1, and 1 exactly from RE.INDEPENDENCEYEAR's year on", () => {
    const fixed = pipeline(2, 2, 2);
    const odds = [
      ["planned", 1],
      ["construction", 1],
    ];
    const year = ok(independenceYear(fixed, { ...us, demand: 1500, status: "planned" })).value;
    expect(year).toBe(2028);
    for (const by of [2027, 2028, 2029])
      expect(
        ok(independenceProbability(fixed, { ...us, demand: 1500, year: by, odds })).value
      ).toBe(by >= year ? 1 : 0);
  });

  test("seeded: the same inputs give the same answer, another seed a close one", () => {
    const args = { ...us, demand: 1500, year: 2029 };
    expect(independenceProbability(data, args)).toEqual(independenceProbability(data, args));
    const other = p({ demand: 1500, year: 2029, seed: 7 });
    expect(other).not.toBe(p({ demand: 1500, year: 2029 }));
    expect(Math.abs(other - p({ demand: 1500, year: 2029 }))).toBeLessThan(2 * TOLERANCE);
  });

  test("RE.SOURCE: trials and standard error, the assumption graded low, the lead-time range, each plant", () => {
    const result = independenceProbability(data, { ...us, demand: 1500, year: 2029 });
    const [headline, assumption] = ok(result).basis;
    expect(headline.confidence).toBe("low");
    expect(headline.computed).toMatch(
      /^[\d,]+ of 20,000 seeded trials \(seed 1\) covered the demand at every stage in some year 2025–2029; standard error 0\.00\d+$/
    );
    expect(assumption.label).toMatch(/An assumption of this add-in, not a sourced figure/);
    expect(assumption.confidence).toBe("low");
    const text = basisText(result);
    expect(text).toContain("triangular from 1 to 4 years, most likely 2");
    expect(text).toContain(
      "Plant A (A, US): 1,000 t/yr NdFeB, first year 2028, planned: chance 0.5, first year drawn"
    );
  });

  test("bad input: a year before the base year or past the horizon, bad trials, seed or odds; nothing to count", () => {
    expect(
      paramsOf(
        independenceProbability(data, { ...us, demand: 1, year: 2024 }),
        "outOfRange",
        "probabilityYearBeforeBase"
      )
    ).toEqual({ year: 2024, base: 2025 });
    expect(
      paramsOf(
        independenceProbability(data, { ...us, demand: 1, year: 2031 }),
        "notAvailable",
        "beyondHorizon"
      )
    ).toEqual({ year: 2031, horizon: 2030 });
    failed(
      independenceProbability(data, { ...us, demand: 1, year: 2029, trials: 50 }),
      "outOfRange"
    );
    expect(
      failureMessage(
        independenceProbability(data, { ...us, demand: 1, year: 2029, trials: 1000.5 }),
        "outOfRange",
        "notWhole"
      )
    ).toBe("trials must be a whole number; got 1000.5.");
    failed(independenceProbability(data, { ...us, demand: 1, year: 2029, seed: -1 }), "outOfRange");
    expect(
      paramsOf(
        independenceProbability(data, { ...us, demand: 1, year: 2029, odds: [["maybe", 2]] }),
        "invalid",
        "oddsBadRow"
      ).row
    ).toBe(1);
    expect(
      paramsOf(
        independenceProbability(data, { ...us, region: "Korea", demand: 1, year: 2029 }),
        "notAvailable",
        "probabilityNothingToCount"
      ).stage
    ).toBe("Magnet manufacturing");
    failed(independenceProbability(data, { ...us, demand: 0, year: 2029 }), "outOfRange");
    failed(
      independenceProbability(data, { ...us, stage: "magic", demand: 1, year: 2029 }),
      "invalid"
    );
  });

  test("on the reference data it never mutates the dataset", () => {
    expect(
      leavesDataUnchanged((d) =>
        independenceProbability(d, {
          region: "US",
          stage: "magnet",
          demand: 15000,
          baseYear: 2025,
          year: 2029,
          trials: 200,
        })
      )
    ).toBe(true);
    expect(
      ok(
        independenceProbability(realData(), {
          region: "US",
          stage: "magnet",
          demand: 15000,
          baseYear: 2025,
          year: 2029,
        })
      ).value
    ).toBe(0.6232);
    // by hand: besides 4,600 t/yr already running, two of Vulcan (10,000, planned 0.5), 10X (9,000,
    // construction 0.75) and Blacksburg (6,400, planned 0.5), each in by 2029 if it comes online at all
    const atLeastTwo = 0.5 * 0.75 + 0.5 * 0.5 * 0.25 + 0.75 * 0.5 * 0.5;
    expect(atLeastTwo).toBe(0.625);
    expect(Math.abs(0.6232 - atLeastTwo)).toBeLessThan(3 * Math.sqrt((0.625 * 0.375) / 10000));
  });
});
