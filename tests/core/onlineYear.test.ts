import { onlineYear } from "../../src/core/onlineYear";
import { leavesDataUnchanged, realData } from "../_support/fixture";
import { failedWith, failureMessage, ok } from "../_support/outcomes";

const data = realData();

describe("onlineYear", () => {
  test("start year + lead time: a separation plant started in 2025 is online in 2030 (5-year base case)", () => {
    const result = ok(onlineYear(data, { stage: "separation", startYear: 2025 }));
    expect(result.value).toBe(2030);
    expect(result.basis[0].label).toBe(
      "Lead time, Separation / refining (any), base case: 5 years"
    );
  });

  test("fractional results are returned as they are, not rounded", () => {
    expect(ok(onlineYear(data, { stage: "mining", startYear: 2025 })).value).toBeCloseTo(
      2040.7,
      12
    );
    expect(
      ok(onlineYear(data, { stage: "mine>separation>metal>magnet", startYear: 2025, case: "base" }))
        .value
    ).toBeCloseTo(2050.7, 12);
    expect(
      ok(onlineYear(data, { stage: "mining", startYear: 2025, scope: "US", case: "base" })).value
    ).toBe(2054);
  });

  test("a start year outside 1900-2200 is outOfRange", () => {
    expect(
      failureMessage(
        onlineYear(data, { stage: "mining", startYear: 1200 }),
        "outOfRange",
        "numberOutOfRange"
      )
    ).toBe("start_year must be between 1900 and 2200; got 1200.");
    failedWith(
      onlineYear(data, { stage: "mining", startYear: Number.POSITIVE_INFINITY }),
      "outOfRange",
      "notFiniteNumber"
    );
  });

  test("passes the lead time's failures through: unknown keyword, missing case", () => {
    failedWith(
      onlineYear(data, { stage: "foundry", startYear: 2025 }),
      "invalid",
      "unknownKeyword"
    );
    failedWith(
      onlineYear(data, { stage: "metal", startYear: 2025, case: "low" }),
      "notAvailable",
      "missingLeadTimeCase"
    );
  });

  test("never mutates the dataset", () => {
    expect(leavesDataUnchanged((d) => onlineYear(d, { stage: "magnet", startYear: 2026 }))).toBe(
      true
    );
  });
});
