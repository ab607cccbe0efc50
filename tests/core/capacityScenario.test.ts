/**
 * The lead-time case of the capacity functions, worked by hand from the cited records: leadTimes
 * magnet/any 2 / 2 / 3 years, separation/any 4 / 5 / 8, mining/any 6 / 15.7 / 32, metal/any base 3
 * only; the dataset's as-of date 2026-12. US magnet plants "planned": Noveon 2,000 (2023), eVAC 2,000
 * (2025, target 2026), USA Rare Earth Stillwater 600 (2026 run-rate target), Vulcan 10,000 (2027),
 * MP 10X 9,000 (2028), Blacksburg 6,400 (2028). US separation: MP Mountain Pass 4,000 run-rate
 * (3,524 counted), Energy Fuels Phase 1 925 (2024), Aclara 1,400 (2028), Energy Fuels Phase 2 6,000 (2029).
 */
import { capacityOnline } from "../../src/core/capacityOnline";
import { caseShift, shiftedPlant } from "../../src/core/capacityScenario";
import { independenceYear } from "../../src/core/independenceYear";
import { chainIndependenceYear } from "../../src/core/chainIndependence";
import { resolveStage } from "../../src/core/resolveStage";
import { leavesDataUnchanged, realData } from "../_support/fixture";
import { basisText, failed, failureMessage, ok, paramsOf } from "../_support/outcomes";

const data = realData();
const magnet = ok(resolveStage(data, "magnet")).value;
const planned = { region: "US", status: "planned" } as const;

function capacity(stage: string, year: number, leadCase?: string): number {
  return ok(capacityOnline(data, { ...planned, stage, year, case: leadCase })).value;
}

describe("the lead-time case moves plants still to come online by case − base", () => {
  test("base, or no case, gives exactly today's answers", () => {
    for (const stage of ["magnet", "separation", "metal", "mining"])
      for (const year of [2025, 2027, 2029]) {
        const today = capacityOnline(data, { ...planned, stage, year });
        expect(capacityOnline(data, { ...planned, stage, year, case: "base" })).toEqual(today);
        expect(capacityOnline(data, { ...planned, stage, year, case: "central" })).toEqual(today);
      }
  });

  test("magnets, high case (3 − 2 = +1 year): Vulcan 2027 → 2028, 10X and Blacksburg 2028 → 2029", () => {
    expect(capacity("magnet", 2027)).toBe(2000 + 2000 + 600 + 10000);
    expect(capacity("magnet", 2027, "high")).toBe(2000 + 2000 + 600);
    expect(capacity("magnet", 2028, "high")).toBe(2000 + 2000 + 600 + 10000);
    expect(capacity("magnet", 2029, "high")).toBe(2000 + 2000 + 600 + 10000 + 9000 + 6400);
    // the low case equals the base (2 − 2 = 0)
    expect(capacity("magnet", 2027, "low")).toBe(capacity("magnet", 2027));
  });

  test("separation, low case (4 − 5 = −1) and high case (8 − 5 = +3): Aclara 2028 and Energy Fuels Phase 2 2029 move", () => {
    expect(capacity("separation", 2028)).toBe(3524 + 1400);
    expect(capacity("separation", 2027, "low")).toBe(3524 + 1400);
    expect(capacity("separation", 2028, "low")).toBe(3524 + 1400 + 6000);
    expect(capacity("separation", 2029, "high")).toBe(3524);
  });

  test("RE.SOURCE cites the lead-time record and names the first years it moved", () => {
    const result = capacityOnline(data, { ...planned, stage: "magnet", year: 2029, case: "high" });
    const text = basisText(result);
    expect(text).toContain(
      "Lead-time case high, Magnet manufacturing (any): 3 years against the base 2, so plants still to come online arrive 1 year later"
    );
    expect(text).toContain("Benson magnet plant (NC) and existing RTP plant 2027 → 2028");
    expect(ok(result).basis[0].label).toContain("high lead-time case");
    expect(ok(result).basis.at(-1)?.sourceIds).toContain("eVAC");
  });

  test("a stage whose record has no such case is #N/A saying so, never a silent base", () => {
    const metal = capacityOnline(data, { ...planned, stage: "metal", year: 2028, case: "high" });
    expect(paramsOf(metal, "notAvailable", "scenarioCaseMissing")).toEqual({
      stage: "Metal & alloy",
      leadCase: "high",
      given: ["base"],
    });
    expect(failureMessage(metal, "notAvailable", "scenarioCaseMissing")).toBe(
      "The Metal & alloy lead time has no high case (it gives only base: a gap in the sources), so the high lead-time scenario cannot be computed at Metal & alloy. Use the base case, or a delay of your own."
    );
    failed(
      capacityOnline(data, { ...planned, stage: "magnet", year: 2028, case: "worst" }),
      "invalid"
    );
  });

  test("a plant is never moved before the year after the as-of date; running plants never move", () => {
    const mining = ok(resolveStage(data, "mining")).value;
    const shift = ok(caseShift(data, mining, "low")).value;
    expect(shift?.years).toBeCloseTo(6 - 15.7, 9);
    const mine = data.dataset.capacity.find((p) => p.id === "mp-10x");
    if (!mine) throw new Error("mp-10x missing");
    expect(shiftedPlant(data, { ...mine, startYear: 2030 }, shift?.years ?? 0).startYear).toBe(
      2027
    );
    // a fractional shift is rounded to the nearest whole year: 2030 + 16.3 → 2046
    expect(shiftedPlant(data, { ...mine, startYear: 2030 }, 32 - 15.7).startYear).toBe(2046);
    expect(shiftedPlant(data, { ...mine, startYear: 2025 }, 5).startYear).toBe(2025);
    expect(ok(caseShift(data, magnet, undefined)).value).toBeNull();
  });

  test("independence: 15,000 t/yr of magnets (planned) in 2028, a year later in the high case; the chain follows", () => {
    const args = { ...planned, stage: "magnet", demand: 15000, baseYear: 2025 };
    expect(ok(independenceYear(data, args)).value).toBe(2028);
    expect(ok(independenceYear(data, { ...args, case: "high" })).value).toBe(2029);
    expect(ok(independenceYear(data, { ...args, case: "low" })).value).toBe(2028);
    // a stage that cannot take the case fails before the search (not "no capacity")
    const chain = { ...planned, stage: "metal>magnet", demand: 3000, baseYear: 2025 };
    expect(
      paramsOf(
        chainIndependenceYear(data, { ...chain, case: "high" }),
        "notAvailable",
        "scenarioCaseMissing"
      )
    ).toEqual({ stage: "Metal & alloy", leadCase: "high", given: ["base"] });
    expect(leavesDataUnchanged((d) => independenceYear(d, { ...args, case: "high" }))).toBe(true);
  });
});
