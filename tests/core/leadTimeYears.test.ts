import { leadTimeYears } from "../../src/core/leadTimeYears";
import { cited, fixture, leavesDataUnchanged, realData } from "../_support/fixture";
import { basisText, failureMessage, ok, paramsOf } from "../_support/outcomes";

const data = realData();

describe("leadTimeYears on the reference dataset", () => {
  test("mining: S&P Global 15.7 years (base), 6 (low) and 32 (high)", () => {
    const base = ok(leadTimeYears(data, { stage: "mining" }));
    expect(base.value).toBe(15.7);
    expect(base.basis[0].sourceIds).toContain("SP-2023");
    expect(ok(leadTimeYears(data, { stage: "mining", case: "low" })).value).toBe(6);
    expect(ok(leadTimeYears(data, { stage: "mining", case: "pessimistic" })).value).toBe(32);
    expect(ok(leadTimeYears(data, { stage: "mine", case: "Central" })).value).toBe(15.7);
  });

  test("a chain is the sum of its stages: 15.7 + 5 + 3 + 2 = 25.7 years, whatever the separator", () => {
    for (const stage of [
      "mine>separation>metal>magnet",
      "mining → refining → alloy → magnets",
      "mining, separation, metal, magnet",
    ]) {
      const chain = ok(leadTimeYears(data, { stage }));
      expect(chain.value).toBeCloseTo(15.7 + 5 + 3 + 2, 12);
      expect(chain.basis).toHaveLength(4);
    }
  });

  test("a scope with its own record uses it; otherwise the 'any' record, and the basis says so", () => {
    expect(ok(leadTimeYears(data, { stage: "mining", scope: "US" })).value).toBe(29);
    expect(ok(leadTimeYears(data, { stage: "mining", scope: "United States" })).value).toBe(29);
    expect(ok(leadTimeYears(data, { stage: "mining", scope: "HREE" })).value).toBe(10);
    const fallback = leadTimeYears(data, { stage: "magnet", scope: "heavy" });
    expect(ok(fallback).value).toBe(2);
    expect(basisText(fallback)).toContain(
      'no lead time specific to "heavy" for Magnet manufacturing; the general ("any") record is used'
    );
  });

  test("a case the sources do not give is notAvailable naming the stage and case", () => {
    expect(
      failureMessage(
        leadTimeYears(data, { stage: "metal", case: "high" }),
        "notAvailable",
        "missingLeadTimeCase"
      )
    ).toBe(
      "The Metal & alloy lead time (any) has no high case: its sources give no figure for it. It gives: base."
    );
    expect(
      paramsOf(
        leadTimeYears(data, { stage: "mine>metal", case: "min" }),
        "notAvailable",
        "missingLeadTimeCase"
      )
    ).toMatchObject({ stage: "Metal & alloy", scope: "any", leadCase: "low" });
    expect(
      paramsOf(leadTimeYears(data, { stage: "recycling" }), "notAvailable", "missingLeadTimeCase")
        .given
    ).toEqual([]);
  });
});

describe("leadTimeYears rejects bad input", () => {
  test("unknown stage, case or scope is invalid and lists the accepted values", () => {
    expect(
      failureMessage(leadTimeYears(data, { stage: "smelting" }), "invalid", "unknownKeyword")
    ).toBe('Unknown stage "smelting". Use one of: mining, separation, metal, magnet, recycling.');
    expect(
      failureMessage(
        leadTimeYears(data, { stage: "mining", case: "worst" }),
        "invalid",
        "unknownKeyword"
      )
    ).toBe('Unknown case "worst". Use one of: low, base, high.');
    const scope = paramsOf(
      leadTimeYears(data, { stage: "mining", scope: "medium" }),
      "invalid",
      "unknownScope"
    );
    expect(scope.given).toBe("medium");
    expect(scope.classes).toEqual(["any", "light", "heavy"]);
    expect(scope.countries.slice(0, 3)).toEqual(["WORLD", "CN", "US"]);
    expect(
      paramsOf(leadTimeYears(data, { stage: "mine>>magnet" }), "invalid", "emptyChainLink")
    ).toEqual({ text: "mine>>magnet" });
    expect(paramsOf(leadTimeYears(data, { stage: "" }), "invalid", "unknownKeyword")).toMatchObject(
      { what: "stage", given: "" }
    );
  });

  test("a stage with no record at all is notAvailable", () => {
    const data = fixture({
      leadTimes: [
        { stage: "mining", scope: "any", low: 1, base: 2, high: 3, definition: "test", ...cited },
      ],
    });
    expect(
      failureMessage(leadTimeYears(data, { stage: "magnet" }), "notAvailable", "missingLeadTime")
    ).toBe(
      'No lead time for Magnet manufacturing in the dataset, neither for "any" nor a general ("any") one.'
    );
  });

  test("never mutates the dataset", () => {
    expect(
      leavesDataUnchanged((d) =>
        leadTimeYears(d, { stage: "mine>separation>metal>magnet", scope: "heavy" })
      )
    ).toBe(true);
  });
});
