/**
 * Whole-chain independence through mining, by hand from the cited records: 1 t NdFeB needs
 * 0.285 (ndpr-share-of-ndfeb-mass) ÷ 0.85 (ndpr-oxide-metal-factor) t NdPr oxide, and 1 t NdPr oxide
 * needs 1 ÷ 0.157 t mined REO (ndpr-oxide-share-of-reo-mountain-pass, MP Materials' 2021 10-K). US
 * mining: Mountain Pass, 50,692 t REO (actual output 2025), counted in every year.
 */
import { chainIndependenceYear } from "../../src/core/chainIndependence";
import {
  MOUNTAIN_PASS_MINE_2025_T_REO,
  MOUNTAIN_PASS_NDPR_SHARE_OF_TREO,
} from "../_support/expected";
import { fixture, realData } from "../_support/fixture";
import { basisText, ok, paramsOf } from "../_support/outcomes";

const data = realData();
const us = { region: "US", baseYear: 2025, status: "planned" } as const;

describe("chainIndependenceYear through mining", () => {
  test("NdFeB demand reaches mining as REO: 3,000 t → 1,005.8824 t NdPr oxide → 6,406.894 t REO", () => {
    const result = chainIndependenceYear(data, {
      ...us,
      stage: "mining>separation>metal>magnet",
      demand: 3000,
    });
    expect(ok(result).value).toBe(2027);
    expect(((3000 * 0.285) / 0.85 / MOUNTAIN_PASS_NDPR_SHARE_OF_TREO).toFixed(3)).toBe("6406.894");
    const text = basisText(result);
    expect(text).toContain("Chain demand at mining: 6,406.894 t/yr REO in 2025");
    expect(text).toContain("as if every mine's ore had Mountain Pass's distribution");
    // each factor is cited once, however many stages' conversions use it
    const labels = ok(result).basis.map((b) => b.label);
    expect(labels.filter((l) => l === "Nd + Pr share of NdFeB magnet mass")).toHaveLength(1);
    const factor = ok(result).basis.find((b) => b.sourceIds.includes("MP-10K21"));
    expect(factor?.confidence).toBe("medium");
  });

  test("mining binds when the mine's REO falls short: 8,000 t NdPr oxide needs 50,955.414 t REO > 50,692", () => {
    expect(
      ok(chainIndependenceYear(data, { ...us, stage: "mining>separation", demand: 7900 })).value
    ).toBe(2029);
    const { binding } = paramsOf(
      chainIndependenceYear(data, { ...us, stage: "mining>separation", demand: 8000 }),
      "notAvailable",
      "chainNotWithinHorizon"
    );
    expect(binding.at(-1)).toEqual({
      year: 2029,
      stage: "Mining",
      capacity: MOUNTAIN_PASS_MINE_2025_T_REO,
      need: expect.closeTo(8000 / MOUNTAIN_PASS_NDPR_SHARE_OF_TREO, 6),
    });
  });

  test("without the cited factor a chain through mining is #N/A saying what is missing", () => {
    const withoutFactor = fixture({
      indicators: realData().dataset.indicators.filter(
        (i) => i.id !== "ndpr-oxide-share-of-reo-mountain-pass"
      ),
    });
    expect(
      paramsOf(
        chainIndependenceYear(withoutFactor, { ...us, stage: "mining>separation", demand: 10 }),
        "notAvailable",
        "chainFactorMissing"
      )
    ).toEqual({ downstream: "NdPr oxide", upstream: "REO" });
  });
});
