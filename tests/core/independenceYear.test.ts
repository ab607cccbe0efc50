import { independenceYear } from "../../src/core/independenceYear";
import { leavesDataUnchanged, realData } from "../_support/fixture";
import { basisText, failed, ok } from "../_support/outcomes";

const data = realData();

// US magnet capacity (NdFeB t/yr): 6,200 in 2025-2027 (mp-independence 1,000 + usar-stillwater 1,200
// + noveon-san-marcos 2,000 + evac-sumter 2,000), 15,200 from 2028 (+ mp-10x, the 9,000 increment over
// Independence); the base year is 2025 (meta.asOf 2025-12) and the horizon 2028 (latest start year in
// the pipeline).
const CAPACITY_2028 = 1000 + 9000 + 1200 + 2000 + 2000; // Independence + 10X increment + Stillwater + Noveon + eVAC
describe("independenceYear", () => {
  test("demand already covered in the base year → 2025", () => {
    expect(ok(independenceYear(data, { region: "US", stage: "magnet", demand: 6000 })).value).toBe(
      2025
    );
    expect(ok(independenceYear(data, { region: "US", stage: "magnet", demand: 6200 })).value).toBe(
      2025
    );
  });

  test("flat demand of 8,000 t/yr is first covered in 2028, when 10X comes online", () => {
    const result = independenceYear(data, { region: "US", stage: "magnet", demand: 8000 });
    expect(ok(result).value).toBe(2028);
    expect(CAPACITY_2028).toBe(15200);
    expect(basisText(result)).toContain("in 2028 capacity 15,200 t/yr ≥ demand 8,000 t/yr");
    // The 2028 total is exactly 15,200 (10X counted as its increment, Independence once): one more is too much.
    expect(
      ok(independenceYear(data, { region: "US", stage: "magnet", demand: CAPACITY_2028 })).value
    ).toBe(2028);
    failed(
      independenceYear(data, { region: "US", stage: "magnet", demand: CAPACITY_2028 + 1 }),
      "notAvailable"
    );
  });

  test("growing demand: 7,000 × 1.25³ = 13,672 ≤ 15,200 in 2028; at 30% a year 15,379 and at 40% 19,208 are never reached", () => {
    expect(
      ok(independenceYear(data, { region: "US", stage: "magnet", demand: 7000, growth: 0.25 }))
        .value
    ).toBe(2028);
    expect(7000 * 1.25 ** 2).toBeGreaterThan(6200); // 2027: 10,937.5 > 6,200, so not before 2028
    expect(7000 * 1.25 ** 3).toBeLessThanOrEqual(CAPACITY_2028); // 2028: 13,671.875 ≤ 15,200
    expect(7000 * 1.3 ** 3).toBeGreaterThan(CAPACITY_2028); // 15,379 > 15,200
    const neverReached =
      "Capacity does not reach the demand within the data's horizon (2025–2028): no project in the dataset starts after 2028.";
    expect(
      failed(
        independenceYear(data, { region: "US", stage: "magnet", demand: 7000, growth: 0.3 }),
        "notAvailable"
      ).message
    ).toBe(neverReached);
    expect(
      failed(
        independenceYear(data, { region: "US", stage: "magnet", demand: 7000, growth: 0.4 }),
        "notAvailable"
      ).message
    ).toBe(neverReached);
  });

  test("the status filter narrows the capacity: operating only stays at 5,000 t/yr", () => {
    failed(
      independenceYear(data, { region: "US", stage: "magnet", demand: 6000, status: "operating" }),
      "notAvailable"
    );
  });

  test("bad input: demand ≤ 0 and growth ≤ −1 are outOfRange; unknown keywords invalid; data never mutated", () => {
    expect(
      failed(independenceYear(data, { region: "US", stage: "magnet", demand: 0 }), "outOfRange")
        .message
    ).toBe("demand must be greater than 0; got 0.");
    expect(
      failed(
        independenceYear(data, { region: "US", stage: "magnet", demand: 1, growth: -1 }),
        "outOfRange"
      ).message
    ).toBe("growth must be above -1 (a fall of 100% a year); got -1.");
    failed(
      independenceYear(data, { region: "US", stage: "magnet", demand: 1, growth: Number.NaN }),
      "outOfRange"
    );
    failed(independenceYear(data, { region: "Mars", stage: "magnet", demand: 1 }), "invalid");
    failed(
      independenceYear(data, { region: "US", stage: "magnet", demand: 1, status: "maybe" }),
      "invalid"
    );
    expect(
      leavesDataUnchanged((d) =>
        independenceYear(d, { region: "US", stage: "magnet", demand: 8000 })
      )
    ).toBe(true);
  });
});
