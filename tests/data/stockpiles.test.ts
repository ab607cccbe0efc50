/**
 * The stockpile table and the indicator series fields (issue 10 item 7, issue 11) against their sources:
 * the USGS MCS 2026 text of the Government Stockpile lines and the net import reliance table, read from
 * the reference copy, and the id conventions the functions used to guess roles by, which the new fields
 * must reproduce exactly (existing answers unchanged).
 */
import * as fs from "fs";
import * as path from "path";
import dataset from "../../src/data/dataset.json";
import type { DatasetShape, Indicator } from "../../src/data/schema";

const data = dataset as unknown as DatasetShape;
const MCS = path.resolve(__dirname, "../../../shared/reference/usgs-mcs2026");
const sheet = (name: string) =>
  fs.readFileSync(path.join(MCS, `usgs_mcs2026_${name}.txt`), "utf8").replace(/\s+/g, " ");

function stock(id: string) {
  const found = data.stockpiles.find((s) => s.id === id);
  if (!found) throw new Error(`no stockpile ${id}`);
  return found;
}

const rank = { low: 0, medium: 1, high: 2 } as const;

describe("stockpiles", () => {
  test("every record is cited, dated and graded, and no grade is above its sources'", () => {
    const sources = new Map(data.sources.map((s) => [s.id, s]));
    expect(data.stockpiles.length).toBe(17);
    for (const s of data.stockpiles) {
      expect(s.sourceIds.length).toBeGreaterThan(0);
      expect(s.asOf).toMatch(/^\d{4}/);
      const weakest = Math.min(...s.sourceIds.map((id) => rank[sources.get(id)!.confidence]));
      expect(rank[s.confidence]).toBeLessThanOrEqual(weakest);
    }
  });

  test("one unit per measure: tonnages of a material, day targets, money; unknowns are null with a note", () => {
    for (const s of data.stockpiles) {
      if (s.measure === "funding") expect(s.unit).toBe("million USD");
      else expect(["t", "days"]).toContain(s.unit);
      if (s.value === null)
        expect(s.note ?? "").toMatch(
          /not (published|disclosed|available|released)|no quantities|Not available/i
        );
      if (s.low !== undefined && s.high !== undefined) expect(s.low).toBeLessThanOrEqual(s.high);
    }
  });

  test("the National Defense Stockpile's FY2025 potential acquisitions are the sheet's (gross weight, t)", () => {
    const text = sheet("rare_earths");
    expect(text).toContain(
      "included 300 tons of neodymium-praseodymium oxide, 450 tons of neodymium-iron-boron magnet block, and 60 tons of samarium-cobalt alloy"
    );
    expect(text).toMatch(/Lanthanum 1,100 — NA NA/);
    expect(text).toContain("For fiscal year 2026, the Annual Materials Plan was not released");
    expect(
      ["ndpr-oxide", "ndfeb-block", "smco-alloy", "lanthanum"].map(
        (k) => stock(`us-nds-fy2025-${k}`).value
      )
    ).toEqual([300, 450, 60, 1100]);
    for (const k of ["ndpr-oxide", "ndfeb-block", "smco-alloy", "lanthanum"])
      expect(stock(`us-nds-fy2025-${k}`)).toMatchObject({
        basis: "gross weight",
        unit: "t",
        measure: "potential acquisitions",
      });
    expect(stock("us-nds-fy2026-rare-earths").value).toBeNull();
    // the same figures as the indicators that carried them before the table existed
    const indicator = (k: string) =>
      data.indicators.find((i) => i.id === `nds-fy2025-acquisition-${k}`)!.value;
    expect(["ndpr-oxide", "ndfeb-block", "smco-alloy", "lanthanum"].map(indicator)).toEqual([
      300, 450, 60, 1100,
    ]);
  });

  test("'Government Stockpile: None' (heavy) is 0 t; 'Not available' (yttrium) stays null", () => {
    expect(sheet("rare_earths_heavy")).toContain("Government Stockpile: None.");
    expect(stock("us-nds-heavy-rare-earths-held").value).toBe(0);
    expect(sheet("yttrium")).toContain("Government Stockpile: Not available.");
    expect(stock("us-nds-yttrium-held").value).toBeNull();
  });
});

describe("indicator series fields", () => {
  const RELIANCE_ID = /^([a-z]{2})-net-import-reliance-(\d{4})$/;
  const IMPORT_SOURCE_ID = /^([a-z]{2})-import-source-([a-z]{2})$/;
  const current = (i: Indicator) => i.supersededBy === undefined && i.value !== null;

  test("the fields give exactly the figures the id conventions gave (so every earlier answer stands)", () => {
    for (const i of data.indicators) {
      const byId = RELIANCE_ID.exec(i.id);
      const byField =
        current(i) &&
        i.measure === "net import reliance" &&
        (i.stages ?? []).includes("separation");
      expect([i.id, byField]).toEqual([i.id, byId !== null]);
      if (byId) expect([i.country, i.year]).toEqual([byId[1].toUpperCase(), Number(byId[2])]);
      const source = IMPORT_SOURCE_ID.exec(i.id);
      const sourceByField =
        current(i) && i.measure === "import source share" && i.partner !== undefined;
      expect([i.id, sourceByField]).toEqual([i.id, source !== null]);
      if (source)
        expect([i.country, i.partner]).toEqual([source[1].toUpperCase(), source[2].toUpperCase()]);
    }
  });

  test("a superseded figure names a current one of the same measure, country and period", () => {
    for (const i of data.indicators.filter((r) => r.supersededBy !== undefined)) {
      const later = data.indicators.find((r) => r.id === i.supersededBy)!;
      expect([later.measure, later.country, later.partner, later.year, later.supersededBy]).toEqual(
        [i.measure, i.country, i.partner, i.year, undefined]
      );
    }
  });

  test("US mining-stage reliance: the sheet prints E (net exporter) for 2021-2025, kept as a bound 0", () => {
    expect(sheet("rare_earths")).toContain("Mineral concentrates E E E E E");
    const mining = data.indicators.filter(
      (i) => i.measure === "net import reliance" && i.stages?.includes("mining")
    );
    expect(mining.map((i) => [i.year, i.value, i.qualifier])).toEqual(
      [2021, 2022, 2023, 2024, 2025].map((y) => [y, 0, "<="])
    );
  });
});
