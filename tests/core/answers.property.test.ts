/**
 * Properties of every answer the core gives on the reference dataset, for every keyword the dataset knows
 * (every stage, country, group, application, element, form, market and material) over the years its
 * records span: no answer is a silent 0 (a 0 comes only from a record that says zero), and no series (one
 * question asked over years or dates) mixes bases, markets or products.
 */
import { capacityOnline } from "../../src/core/capacityOnline";
import { concentrationIndex } from "../../src/core/concentrationIndex";
import { independenceYear } from "../../src/core/independenceYear";
import { materialDemand } from "../../src/core/materialDemand";
import { referencePrice } from "../../src/core/referencePrice";
import { supplierDependency } from "../../src/core/supplierDependency";
import { supplyShare } from "../../src/core/supplyShare";
import type { Outcome } from "../../src/core/_lib/outcome";
import { realData } from "../_support/fixture";

const data = realData();
const dataset = data.dataset;

const stages = dataset.stages.map((s) => s.id);
const places = [...dataset.countries.map((c) => c.code), ...dataset.regions.map((r) => r.id)];
const countries = dataset.countries.map((c) => c.code);
const years = Array.from({ length: 2036 - 2018 + 1 }, (_, i) => 2018 + i);
const products = [...new Set([...dataset.elements.map((e) => e.symbol), "NdPr"])];
const forms = ["oxide", "metal", "alloy", "magnet"];
const markets = ["China", "FOB China", "Europe", "US"];
const dates = [
  ...years.map(String),
  "2024-06-30",
  "2025-06-30",
  "2025-12-31",
  "2026-02-28",
  "2026-06-30",
  "2026-11-30",
];
const materials = ["REE", "NdFeB", "NdPr", "Nd", "Pr", "Dy", "Tb"];

/** A zero is allowed only where the record it rests on says zero (USGS prints a dash). */
function zeroIsRecorded(outcome: Outcome<number>): boolean {
  return outcome.ok && outcome.basis.some((b) => /zero/i.test(b.note ?? ""));
}

function expectNoSilentZero(label: string, outcome: Outcome<number>): void {
  if (outcome.ok && outcome.value === 0)
    expect(zeroIsRecorded(outcome) ? "recorded" : label).toBe("recorded");
}

/** The basis a share answer rests on: production ratios are total REO mined, reported shares name theirs. */
function shareBasis(outcome: Outcome<number>): string | undefined {
  if (!outcome.ok) return undefined;
  const label = outcome.basis[0].label;
  if (/ output \d{4} \(/.test(label)) return "total REO mined";
  return /\(([^;]+);/.exec(label)?.[1];
}

describe("no answer is a silent 0", () => {
  test("RE.CAPACITY: every place, stage, year and status answers with a figure or #N/A, never a bare 0", () => {
    let answered = 0;
    for (const region of places)
      for (const stage of stages)
        for (const year of years)
          for (const status of [undefined, "committed", "planned"]) {
            const outcome = capacityOnline(data, { region, stage, year, status });
            if (outcome.ok) {
              answered++;
              expect(outcome.value).toBeGreaterThan(0);
            }
          }
    expect(answered).toBeGreaterThan(100);
  });

  test("RE.SHARE and RE.DEPENDENCY (world market): a 0 only from a recorded zero", () => {
    for (const country of countries)
      for (const stage of stages)
        for (const year of years) {
          const share = supplyShare(data, { country, stage, year });
          expectNoSilentZero(`SHARE ${country} ${stage} ${year}`, share);
          if (country !== "WORLD")
            expectNoSilentZero(
              `DEPENDENCY ${stage} ${country} ${year}`,
              supplierDependency(data, { stage, supplier: country, year })
            );
        }
    // The recorded zeros do answer 0: Canada's mine production is printed as a dash.
    const canada = supplyShare(data, { country: "CA", stage: "mining", year: 2025 });
    expect(canada.ok && canada.value).toBe(0);
    expect(zeroIsRecorded(canada)).toBe(true);
  });

  test("RE.HHI, RE.PRICE, RE.DEMAND: never 0 for a positive question", () => {
    for (const stage of stages)
      for (const year of years) {
        const hhi = concentrationIndex(data, { stage, year });
        if (hhi.ok) expect(hhi.value).toBeGreaterThan(0);
      }
    for (const element of products)
      for (const form of forms)
        for (const market of markets)
          for (const date of [undefined, ...dates]) {
            const price = referencePrice(data, { element, form, market, date });
            if (price.ok) expect(price.value).toBeGreaterThan(0);
          }
    for (const application of dataset.demandIntensities.map((d) => d.id))
      for (const material of [undefined, ...materials]) {
        const demand = materialDemand(data, { application, units: 1000, material });
        if (demand.ok) expect(demand.value).toBeGreaterThan(0);
      }
  });

  test("RE.INDEPENDENCEYEAR: a year or #N/A for every place and stage", () => {
    for (const region of places)
      for (const stage of stages) {
        const outcome = independenceYear(data, {
          region,
          stage,
          demand: 1000,
          baseYear: 2026,
        });
        if (outcome.ok) expect(outcome.value).toBeGreaterThanOrEqual(2026);
      }
  });
});

describe("no series mixes bases", () => {
  test("RE.SHARE over the years, by default: one basis per country and stage, never a projection", () => {
    for (const country of countries)
      for (const stage of stages) {
        const bases = new Set<string>();
        for (const year of years) {
          const outcome = supplyShare(data, { country, stage, year });
          const basis = shareBasis(outcome);
          if (basis === undefined) continue;
          bases.add(basis);
          expect(outcome.ok && outcome.basis.some((b) => /projection:/.test(b.note ?? ""))).toBe(
            false
          );
        }
        expect([country, stage, bases.size <= 1]).toEqual([country, stage, true]);
      }
  });

  test("RE.SHARE over the years with a basis asked: that basis in every year that answers", () => {
    for (const basis of ["magnet REE", "USGS MCS 2025", "projection"])
      for (const stage of stages) {
        const seen = new Set<string>();
        for (const year of years) {
          const outcome = supplyShare(data, { country: "CN", stage, year, basis });
          const b = shareBasis(outcome);
          if (b !== undefined)
            seen.add(
              basis === "USGS MCS 2025"
                ? `${b}|${outcome.ok && outcome.basis[0].label.includes("MCS 2025")}`
                : b
            );
        }
        expect(seen.size).toBeLessThanOrEqual(1);
      }
  });

  test("RE.PRICE over the dates: every quote is of the market asked", () => {
    const groupOf = new Map(
      dataset.prices.map((p) => [`${p.product} ${p.form}, ${p.market}, ${p.date}`, p.marketGroup])
    );
    for (const element of products)
      for (const form of forms)
        for (const market of markets)
          for (const date of [undefined, ...dates]) {
            const outcome = referencePrice(data, { element, form, market, date });
            if (!outcome.ok) continue;
            const key = outcome.basis[0].label.split(":")[0];
            expect([key, groupOf.get(key)]).toEqual([key, market]);
          }
  });

  test("RE.CAPACITY over the years: one product per stage, whatever the place", () => {
    const product: Record<string, string> = {
      mining: "REO",
      separation: "NdPr oxide",
      metal: "NdFeB",
      magnet: "NdFeB",
      recycling: "NdFeB",
    };
    for (const region of places)
      for (const stage of stages)
        for (const year of years) {
          const outcome = capacityOnline(data, { region, stage, year, status: "planned" });
          if (outcome.ok)
            expect(outcome.basis[0].computed?.endsWith(`t/yr ${product[stage]}`)).toBe(true);
        }
  });

  test("RE.DEMAND: one material for every application by default (rare-earth content)", () => {
    for (const application of dataset.demandIntensities.map((d) => d.id)) {
      const outcome = materialDemand(data, { application, units: 1000 });
      if (outcome.ok) expect(outcome.basis[0].computed).toMatch(/ t REE$/);
    }
  });
});
