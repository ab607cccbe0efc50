import { independenceYear } from "../../src/core/independenceYear";
import { fixture, leavesDataUnchanged, realData } from "../_support/fixture";
import { basisText, failedWith, failureMessage, ok, paramsOf } from "../_support/outcomes";
import { MAGNET_PLANT_T, US_MAGNETS_RUNNING_T } from "../_support/expected";

const data = realData();

// US magnet capacity (NdFeB t/yr) as it runs: 2,000 in 2025 (noveon-san-marcos; MP Independence and eVAC ramp
// without sourced output), 4,000 from 2026 (+ evac-sumter's 2,000 t/yr target ramp). With status "planned":
// 4,600 in 2026 (+ usar-stillwater's 600 t/yr run-rate target), 14,600 in 2027 (+ vulcan-new-plant 10,000),
// 30,000 from 2028 (+ mp-10x's 9,000 increment and usar-blacksburg 6,400). The horizon is 2029 (Energy Fuels
// Phase 2, the latest start year in the dataset).
const RUNNING_2026 = US_MAGNETS_RUNNING_T[2026];
const PLANNED_2027 =
  RUNNING_2026 + MAGNET_PLANT_T.usarStillwater2026Target + MAGNET_PLANT_T.vulcanNewPlant;
const PLANNED_2028 = PLANNED_2027 + MAGNET_PLANT_T.mp10x + MAGNET_PLANT_T.usarBlacksburg;
const us = { region: "US", stage: "magnet", baseYear: 2025 } as const;

describe("independenceYear", () => {
  test("demand already covered in the base year → the base year", () => {
    expect(ok(independenceYear(data, { ...us, demand: US_MAGNETS_RUNNING_T[2025] })).value).toBe(
      2025
    );
    expect(
      ok(independenceYear(data, { ...us, demand: US_MAGNETS_RUNNING_T[2025] + 1 })).value
    ).toBe(2026);
  });

  test("flat demand of 4,000 t/yr is first covered in 2026, when eVAC's ramp reaches its target; one more is never covered by what runs", () => {
    const result = independenceYear(data, { ...us, demand: RUNNING_2026 });
    expect(ok(result).value).toBe(2026);
    expect(basisText(result)).toContain("in 2026 capacity 4,000 t/yr ≥ demand 4,000 t/yr");
    expect(
      failureMessage(
        independenceYear(data, { ...us, demand: RUNNING_2026 + 1 }),
        "notAvailable",
        "notWithinHorizon"
      )
    ).toBe(
      "Capacity does not reach the demand within the data's horizon (2025–2029): no plant record in the dataset reaches past 2029."
    );
  });

  test("the status filter widens the capacity: planned plants cover 8,000 t/yr in 2027 (Vulcan) and 15,000 in 2028 (10X, Blacksburg)", () => {
    expect(ok(independenceYear(data, { ...us, demand: 8000, status: "planned" })).value).toBe(2027);
    expect(PLANNED_2027).toBe(14600);
    expect(ok(independenceYear(data, { ...us, demand: 15000, status: "planned" })).value).toBe(
      2028
    );
    expect(
      ok(independenceYear(data, { ...us, demand: PLANNED_2028, status: "planned" })).value
    ).toBe(2028);
    failedWith(
      independenceYear(data, { ...us, demand: PLANNED_2028 + 1, status: "planned" }),
      "notAvailable",
      "notWithinHorizon"
    );
  });

  test("growing demand: 7,000 × 1.25² = 10,938 ≤ 14,600 in 2027; at 50% a year 23,625 ≤ 30,000 in 2028; at 100% never", () => {
    const planned = { ...us, demand: 7000, status: "planned" };
    expect(ok(independenceYear(data, { ...planned, growth: 0.25 })).value).toBe(2027);
    expect(7000 * 1.25).toBeGreaterThan(4600); // 2026: 8,750 > 4,600
    expect(7000 * 1.5 ** 2).toBeGreaterThan(PLANNED_2027); // 2027: 15,750 > 14,600
    expect(ok(independenceYear(data, { ...planned, growth: 0.5 })).value).toBe(2028);
    expect(7000 * 2 ** 4).toBeGreaterThan(PLANNED_2028); // 2029: 112,000 > 30,000
    failedWith(
      independenceYear(data, { ...planned, growth: 1 }),
      "notAvailable",
      "notWithinHorizon"
    );
  });

  test("the base year is the caller's: the same inputs give the same year after a dataset with a later as-of date", () => {
    const later = fixture({
      meta: { ...data.dataset.meta, asOf: "2027-06", version: "2.1.0" },
      capacity: data.dataset.capacity,
    });
    for (const args of [
      { ...us, demand: 4000 },
      { ...us, demand: 8000, status: "planned" },
    ])
      expect(ok(independenceYear(later, args)).value).toBe(ok(independenceYear(data, args)).value);
  });

  test("a base year past the horizon is #N/A naming it", () => {
    expect(
      paramsOf(
        independenceYear(data, { ...us, baseYear: 2031, demand: 1 }),
        "notAvailable",
        "beyondHorizon"
      )
    ).toEqual({ year: 2031, horizon: 2029 });
  });

  test("bad input: demand ≤ 0 and growth ≤ −1 are outOfRange; unknown keywords invalid; data never mutated", () => {
    expect(
      failureMessage(
        independenceYear(data, { ...us, demand: 0 }),
        "outOfRange",
        "numberNotPositive"
      )
    ).toBe("demand must be greater than 0; got 0.");
    expect(
      failureMessage(
        independenceYear(data, { ...us, demand: 1, growth: -1 }),
        "outOfRange",
        "growthTooLow"
      )
    ).toBe("growth must be above -1 (a fall of 100% a year); got -1.");
    failedWith(
      independenceYear(data, { ...us, demand: 1, growth: Number.NaN }),
      "outOfRange",
      "notFiniteNumber"
    );
    failedWith(
      independenceYear(data, { ...us, demand: 1, baseYear: 1200 }),
      "outOfRange",
      "numberOutOfRange"
    );
    failedWith(
      independenceYear(data, { ...us, region: "Mars", demand: 1 }),
      "invalid",
      "unknownRegion"
    );
    failedWith(
      independenceYear(data, { ...us, demand: 1, status: "maybe" }),
      "invalid",
      "unknownKeyword"
    );
    expect(leavesDataUnchanged((d) => independenceYear(d, { ...us, demand: 8000 }))).toBe(true);
  });
});
