import { capacityOnline } from "../../src/core/capacityOnline";
import type { DatasetShape } from "../../src/data/schema";
import { cited, fixture, leavesDataUnchanged, realData } from "../_support/fixture";
import { basisText, failed, ok } from "../_support/outcomes";

const data = realData();

type Project = DatasetShape["capacity"][number];

/** A US magnet plant from 2024, named by a letter: the fixture projects differ only in status and figure. */
function usMagnetPlant(letter: string, status: Project["status"], value: number | null): Project {
  return {
    id: letter.toLowerCase(),
    project: `Plant ${letter}`,
    company: letter,
    stages: ["magnet"],
    country: "US",
    basis: "nameplate",
    product: "NdFeB",
    startYear: 2024,
    status,
    value,
    unit: "t/yr",
    ...cited,
  };
}

describe("capacityOnline on the reference pipeline (t/yr of the stage's product)", () => {
  test("US magnets by 2025: MP Independence 1,000 + USA Rare Earth 1,200 + Noveon 2,000 + eVAC 2,000 = 6,200 t/yr NdFeB", () => {
    const result = capacityOnline(data, { region: "US", stage: "magnet", year: 2025 });
    expect(ok(result).value).toBe(1000 + 1200 + 2000 + 2000);
    expect(ok(result).basis[0].computed).toBe("1,000 + 1,200 + 2,000 + 2,000 = 6,200 t/yr NdFeB");
    expect(ok(result).basis).toHaveLength(5);
    expect(basisText(result)).toContain("excluded, no start year: New magnet plant (site TBD)");
  });

  test("start years count: 2024 = Stillwater 1,200 + Noveon 2,000; 2028 adds MP 10X's 9,000 increment = 15,200", () => {
    expect(
      ok(capacityOnline(data, { region: "United States", stage: "magnet", year: 2024 })).value
    ).toBe(1200 + 2000); // usar-stillwater (from 2024) + noveon-san-marcos (from 2023)
    const by2028 = capacityOnline(data, { region: "US", stage: "magnets", year: 2028 });
    // mp-independence + mp-10x (increment over Independence, from 2028) + usar-stillwater
    // + noveon-san-marcos + evac-sumter; Independence is counted once.
    expect(ok(by2028).value).toBe(1000 + 9000 + 1200 + 2000 + 2000);
    expect(ok(by2028).basis[0].computed).toBe(
      "1,000 + 9,000 + 1,200 + 2,000 + 2,000 = 15,200 t/yr NdFeB"
    );
  });

  test("status filters: operating (+ramping) 5,000; committed adds commissioning 6,200; planned by 2028 15,200; a single status", () => {
    expect(
      ok(capacityOnline(data, { region: "US", stage: "magnet", year: 2025, status: "operating" }))
        .value
    ).toBe(5000);
    expect(
      ok(capacityOnline(data, { region: "US", stage: "magnet", year: 2025, status: "committed" }))
        .value
    ).toBe(6200);
    expect(
      ok(capacityOnline(data, { region: "US", stage: "magnet", year: 2028, status: "planned" }))
        .value
    ).toBe(1000 + 9000 + 1200 + 2000 + 2000); // "planned" takes every status but unlikely: Independence + 10X increment + Stillwater + Noveon + eVAC
    expect(
      ok(
        capacityOnline(data, { region: "US", stage: "magnet", year: 2025, status: "commissioning" })
      ).value
    ).toBe(1200);
  });

  test("regions: allied magnets add Neo Narva (EE) 2,000 = 8,200; allied separation counts only NdPr oxide", () => {
    expect(ok(capacityOnline(data, { region: "allies", stage: "magnet", year: 2025 })).value).toBe(
      8200
    );
    const separation = capacityOnline(data, { region: "allied", stage: "separation", year: 2025 });
    expect(ok(separation).value).toBe(1294 + 925);
    expect(basisText(separation)).toContain("excluded, product other than NdPr oxide:");
    expect(basisText(separation)).toContain("Eneabba refinery (WA) (REO)");
    expect(ok(separation).basis.some((b) => b.label.startsWith('Region "US and allies"'))).toBe(
      true
    );
    // Non-China adds Lynas Malaysia's 10,500 t/yr NdPr target.
    expect(
      ok(capacityOnline(data, { region: "ex-China", stage: "separation", year: 2025 })).value
    ).toBe(1294 + 925 + 10500);
  });

  test("a running project with no start year counts in every year (Mountain Pass mine, 45,455 t REO)", () => {
    const mining = capacityOnline(data, { region: "US", stage: "mining", year: 2024 });
    expect(ok(mining).value).toBe(45455);
    expect(basisText(mining)).toContain(
      "counted in every year, running with no start year given: Mountain Pass mine"
    );
  });

  test("no project → 0 with the note saying so (recycling has only an unsized project of another product)", () => {
    const result = capacityOnline(data, { region: "US", stage: "recycling", year: 2025 });
    expect(ok(result).value).toBe(0);
    expect(basisText(result)).toContain("no project in the pipeline is counted");
    expect(ok(capacityOnline(data, { region: "CN", stage: "magnet", year: 2025 })).value).toBe(0);
  });
});

describe("capacityOnline rejects bad input", () => {
  test("unknown region, stage or status is invalid and lists the accepted values", () => {
    expect(
      failed(capacityOnline(data, { region: "NATO", stage: "magnet", year: 2025 }), "invalid")
        .message
    ).toMatch(
      /^Unknown region "NATO"\. Use a region \(allied, non-China\) or a country \(WORLD, CN, US/
    );
    failed(capacityOnline(data, { region: "US", stage: "foundry", year: 2025 }), "invalid");
    expect(
      failed(
        capacityOnline(data, { region: "US", stage: "magnet", year: 2025, status: "dreaming" }),
        "invalid"
      ).message
    ).toBe(
      'Unknown status "dreaming". Use one of: all, operating, committed, planned, ramping, commissioning, construction, financing, unlikely.'
    );
  });

  test("an impossible year is outOfRange; data is never mutated", () => {
    failed(capacityOnline(data, { region: "US", stage: "magnet", year: 1200 }), "outOfRange");
    expect(
      leavesDataUnchanged((d) =>
        capacityOnline(d, { region: "allied", stage: "separation", year: 2030 })
      )
    ).toBe(true);
  });

  test("projects without a capacity figure are skipped and named", () => {
    const data = fixture({
      capacity: [
        usMagnetPlant("A", "operating", 100),
        usMagnetPlant("B", "operating", null),
        usMagnetPlant("C", "unlikely", 999),
      ],
    });
    const result = capacityOnline(data, { region: "US", stage: "magnet", year: 2025 });
    expect(ok(result).value).toBe(100);
    expect(basisText(result)).toContain("excluded, no capacity figure: Plant B");
    expect(
      ok(capacityOnline(data, { region: "US", stage: "magnet", year: 2025, status: "unlikely" }))
        .value
    ).toBe(999);
  });
});
