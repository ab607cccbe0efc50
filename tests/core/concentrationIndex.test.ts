import { concentrationIndex } from "../../src/core/concentrationIndex";
import { cited, fixture, leavesDataUnchanged, realData } from "../_support/fixture";
import { basisText, failedWith, failureMessage, ok, paramsOf } from "../_support/outcomes";
import { MINE_T_REO } from "../_support/expected";

const data = realData();

/** HHI the DOJ/FTC way: shares in percent, squared and summed. */
function hhi(values: readonly number[], total: number): number {
  return values.reduce((sum, v) => sum + ((100 * v) / total) ** 2, 0);
}

describe("concentrationIndex on the reference dataset", () => {
  test("mining 2024 from the 17 rows of USGS MCS 2026 over the 380,000 t world total", () => {
    // The four producers listed at 0 (CA, GL, ZA, TZ) add nothing to the sum of squares.
    const { WORLD, ...producers } = MINE_T_REO.mcs2026[2024];
    const expected = hhi(Object.values(producers), WORLD);
    const result = concentrationIndex(data, { stage: "mining", year: 2024 });
    expect(ok(result).value).toBeCloseTo(expected, 9);
    // The listed producers add up to 101.1% of the rounded world total, so no "partial" warning.
    expect(basisText(result)).toContain("listed shares cover 101.1% of the rounded world total");
    expect(basisText(result)).toContain("Highly concentrated: HHI 5,302 > 1,800");
  });

  test("refining 2023 from the IEA shares 92/5/1 = 8,490, partial (98% covered)", () => {
    const result = concentrationIndex(data, { stage: "refining", year: 2023 });
    expect(ok(result).value).toBeCloseTo(92 ** 2 + 5 ** 2 + 1 ** 2, 9);
    expect(basisText(result)).toContain(
      "partial: unlisted producers omitted, a lower bound (listed shares cover 98%)"
    );
    expect(ok(result).basis[0].sourceIds).toEqual(["IEA-GCMO24"]);
    // A pooled figure is only as good as its weakest input: the inferred Australian 1% is low confidence.
    expect(ok(result).basis[0].confidence).toBe("low");
  });

  test("mining 2023 uses the newest edition with a world total (MCS 2025, 376,000 t) and is partial", () => {
    const result = concentrationIndex(data, { stage: "mining", year: 2023 });
    expect(ok(result).value).toBeCloseTo(
      hhi([2_000, 130, 1_100, 255_000, 41_600, 43_000, 16_000, 7_200, 2_900, 2_500, 300], 376_000),
      9
    );
    expect(basisText(result)).toContain("USGS MCS 2025");
    expect(basisText(result)).toContain("partial");
  });

  test("the default year is the latest observed one: magnets 2024, the IEA's China 94% alone = 8,836, partial", () => {
    const result = concentrationIndex(data, { stage: "magnet" });
    expect(ok(result).value).toBeCloseTo(94 ** 2, 9); // share record magnet CN 2024 = 0.94 (IEA-Oct25)
    expect(basisText(result)).toContain("HHI, magnet manufacturing 2024: 1 reported share");
    expect(basisText(result)).toContain("partial");
    expect(basisText(result)).toContain("listed shares cover 94%");
    // Separation likewise defaults to 2024: China 0.91 (IEA-Oct25) alone = 91² = 8,281.
    const separation = concentrationIndex(data, { stage: "separation" });
    expect(ok(separation).value).toBeCloseTo(91 ** 2, 9);
    expect(basisText(separation)).toContain("HHI, separation / refining 2024: 1 reported share");
  });

  test("a year without shares is notAvailable and lists the years", () => {
    expect(
      failureMessage(
        concentrationIndex(data, { stage: "separation", year: 2022 }),
        "notAvailable",
        "missingConcentration"
      )
    ).toBe(
      "No shares for separation in 2022 to compute an HHI from (the dataset has 2020, 2023, 2024; projections for 2030, 2035)."
    );
    failedWith(concentrationIndex(data, { stage: "metal" }), "notAvailable", "missingStageData");
  });

  test("bad input: unknown stage is invalid, an impossible year outOfRange, and data is never mutated", () => {
    expect(
      paramsOf(concentrationIndex(data, { stage: "smelter" }), "invalid", "unknownKeyword").accepted
    ).toEqual(["mining", "separation", "metal", "magnet", "recycling"]);
    failedWith(
      concentrationIndex(data, { stage: "mining", year: 3000 }),
      "outOfRange",
      "numberOutOfRange"
    );
    expect(leavesDataUnchanged((d) => concentrationIndex(d, { stage: "mining", year: 2024 }))).toBe(
      true
    );
  });
});

describe("concentrationIndex classes the result by the 2023 Merger Guidelines thresholds", () => {
  const shares = (values: number[]) =>
    fixture({
      shares: values.map((value, i) => ({
        stage: "magnet" as const,
        country: ["CN", "JP", "US", "EE", "FR", "AU", "IN", "BR", "VN", "TH"][i],
        year: 2024,
        value,
        ...cited,
      })),
    });

  test("30/30/20/20 gives 2,600, the guidelines' own example: highly concentrated", () => {
    const result = concentrationIndex(shares([0.3, 0.3, 0.2, 0.2]), { stage: "magnet" });
    expect(ok(result).value).toBeCloseTo(2600, 9);
    expect(basisText(result)).toContain("Highly concentrated: HHI 2,600 > 1,800");
  });

  test("ten equal shares give 1,000: moderately concentrated", () => {
    const result = concentrationIndex(shares(Array(10).fill(0.1)), { stage: "magnet" });
    expect(ok(result).value).toBeCloseTo(1000, 9);
    expect(basisText(result)).toContain("Moderately concentrated: HHI 1,000 ≥ 1,000");
  });

  test("without the threshold indicators the index is still given, just not classed", () => {
    const data = fixture({
      indicators: [],
      shares: [{ stage: "magnet", country: "CN", year: 2024, value: 0.5, ...cited }],
    });
    const result = concentrationIndex(data, { stage: "magnet" });
    expect(ok(result).value).toBeCloseTo(2500, 9);
    expect(ok(result).basis).toHaveLength(1);
  });
});
