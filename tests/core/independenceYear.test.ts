import { independenceYear } from "../../src/core/independenceYear";
import { leavesDataUnchanged, realData } from "../_support/fixture";
import { basisText, failed, ok } from "../_support/outcomes";

const data = realData();

// US magnet capacity (NdFeB t/yr): 6,200 in 2025-2027, 16,200 from 2028 (MP 10X); the base year is 2025
// (meta.asOf 2025-12) and the horizon 2028 (latest start year in the pipeline).
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
    expect(basisText(result)).toContain("in 2028 capacity 16,200 t/yr ≥ demand 8,000 t/yr");
  });

  test("growing demand: 7,000 × 1.3³ = 15,379 ≤ 16,200 in 2028; at 40% a year 19,208 is never reached", () => {
    expect(
      ok(independenceYear(data, { region: "US", stage: "magnet", demand: 7000, growth: 0.3 })).value
    ).toBe(2028);
    expect(7000 * 1.3 ** 3).toBeLessThanOrEqual(16200);
    expect(
      failed(
        independenceYear(data, { region: "US", stage: "magnet", demand: 7000, growth: 0.4 }),
        "notAvailable"
      ).message
    ).toBe(
      "Capacity does not reach the demand within the data's horizon (2025–2028): no project in the dataset starts after 2028."
    );
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
