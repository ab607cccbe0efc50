import { capacityOnline } from "../../src/core/capacityOnline";
import type { DatasetShape } from "../../src/data/schema";
import { cited, fixture, leavesDataUnchanged, realData } from "../_support/fixture";
import { basisText, failedWith, failureMessage, ok, paramsOf } from "../_support/outcomes";
import { MOUNTAIN_PASS_MINE_2024_T_REO } from "../_support/expected";
import { MAGNET_PLANT_T, US_MAGNETS_RUNNING_T } from "../_support/expected";

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
  test("US magnets in 2025 count what is running: Noveon 2,000; the ramping plants without sourced output are named, not counted at nameplate", () => {
    const result = capacityOnline(data, { region: "US", stage: "magnet", year: 2025 });
    expect(ok(result).value).toBe(US_MAGNETS_RUNNING_T[2025]);
    expect(ok(result).basis[0].computed).toBe("2,000 t/yr NdFeB");
    expect(ok(result).basis).toHaveLength(2);
    expect(basisText(result)).toContain(
      "at least this much: not counted because their capacity or output is not in the sources: Independence metal, alloy and magnet plant (Fort Worth, TX) (MP Materials), Sumter magnet plant (SC) (eVAC Magnetics (VAC))"
    );
  });

  test("a ramping plant counts at its sourced ramp: 2026 adds eVAC's 2,000 t/yr target = 4,000", () => {
    const result = capacityOnline(data, { region: "United States", stage: "magnet", year: 2026 });
    expect(ok(result).value).toBe(
      MAGNET_PLANT_T.noveonSanMarcos + MAGNET_PLANT_T.evacSumter2026Target
    );
    expect(basisText(result)).toContain(
      "Sumter magnet plant (SC) (eVAC Magnetics (VAC), US): counted at target output 2026"
    );
  });

  test("status filters: committed adds USA Rare Earth's 600 t/yr ramp (4,600 in 2026); planned by 2028 adds 10X, Vulcan and Blacksburg = 30,000; a single status", () => {
    expect(
      ok(capacityOnline(data, { region: "US", stage: "magnet", year: 2026, status: "committed" }))
        .value
    ).toBe(MAGNET_PLANT_T.usarStillwater2026Target + US_MAGNETS_RUNNING_T[2026]);
    const planned = capacityOnline(data, {
      region: "US",
      stage: "magnets",
      year: 2028,
      status: "planned",
    });
    // 10X increment + Stillwater ramp + Noveon + eVAC + Vulcan Benson + Blacksburg; Independence has no figure.
    expect(ok(planned).value).toBe(
      MAGNET_PLANT_T.mp10x +
        MAGNET_PLANT_T.usarStillwater2026Target +
        US_MAGNETS_RUNNING_T[2026] +
        MAGNET_PLANT_T.vulcanNewPlant +
        MAGNET_PLANT_T.usarBlacksburg
    );
    expect(ok(planned).basis[0].computed).toBe(
      "9,000 + 600 + 2,000 + 2,000 + 10,000 + 6,400 = 30,000 t/yr NdFeB"
    );
    expect(basisText(planned)).toContain(
      "not counted, no start year given: US magnet plant (site not chosen)"
    );
    expect(
      ok(capacityOnline(data, { region: "US", stage: "magnet", year: 2028, status: "all" })).value
    ).toBe(30000);
    expect(
      ok(
        capacityOnline(data, { region: "US", stage: "magnet", year: 2026, status: "commissioning" })
      ).value
    ).toBe(MAGNET_PLANT_T.usarStillwater2026Target);
  });

  test("regions: allied magnets are Noveon's 2,000 in 2025 with Japan's, Korea's and Germany's plants named as undisclosed; allied separation counts only NdPr oxide", () => {
    const magnets = capacityOnline(data, { region: "allies", stage: "magnet", year: 2025 });
    expect(ok(magnets).value).toBe(MAGNET_PLANT_T.noveonSanMarcos);
    expect(basisText(magnets)).toContain(
      "Takefu magnet plant (Echizen, Fukui) (Shin-Etsu Chemical)"
    );
    expect(basisText(magnets)).toContain("Vacuumschmelze Hanau and other VAC sites");
    const separation = capacityOnline(data, { region: "allied", stage: "separation", year: 2025 });
    // MP Mountain Pass at its 2025 output + Energy Fuels Phase 1
    expect(ok(separation).value).toBe(2599 + 925);
    expect(basisText(separation)).toContain(
      "not added, counted in a product other than NdPr oxide:"
    );
    expect(basisText(separation)).toContain(
      "Silmet separation plant (Sillamäe) (Neo Performance Materials, light REE)"
    );
    expect(
      ok(separation).basis.some((b) => b.label.startsWith('Group "US and treaty allies"'))
    ).toBe(true);
    // Non-China adds Lynas Malaysia's 10,500 t/yr NdPr target and IREL's 400.
    expect(
      ok(capacityOnline(data, { region: "ex-China", stage: "separation", year: 2025 })).value
    ).toBe(2599 + 10500 + 925 + 400);
  });

  test("a plant operating before its sources counts in every year, at its sourced output where there is one (Mountain Pass mine, 45,455 t REO in 2024)", () => {
    const mining = capacityOnline(data, { region: "US", stage: "mining", year: 2024 });
    expect(ok(mining).value).toBe(MOUNTAIN_PASS_MINE_2024_T_REO);
    expect(basisText(mining)).toContain(
      "counted in every year, operating before its sources with no start year given: Mountain Pass mine"
    );
    expect(ok(capacityOnline(data, { region: "US", stage: "mining", year: 2025 })).value).toBe(
      50692
    );
  });

  test("nothing to count is #N/A, never 0: no running recycling plant in the US, no plant in China or Myanmar, Japan's plants undisclosed", () => {
    // No plant at all (none unsized, undated or of another product): "no plant with that status", not a zero.
    expect(
      paramsOf(
        capacityOnline(data, { region: "US", stage: "recycling", year: 2025 }),
        "notAvailable",
        "nothingCounted"
      )
    ).toMatchObject({ unsized: [], undated: [], otherProduct: [] });
    failedWith(
      capacityOnline(data, { region: "CN", stage: "magnet", year: 2025 }),
      "notAvailable",
      "nothingCounted"
    );
    failedWith(
      capacityOnline(data, { region: "Myanmar", stage: "magnet", year: 2025 }),
      "notAvailable",
      "nothingCounted"
    );
    const japan = paramsOf(
      capacityOnline(data, { region: "Japan", stage: "magnet", year: 2025 }),
      "notAvailable",
      "nothingCounted"
    );
    // Plants without capacity, output or start year in the sources are named, not counted as zero.
    expect([...japan.unsized, ...japan.undated].map((p) => p.project)[0]).toMatch(
      /^Takefu magnet plant/
    );
    expect(
      paramsOf(
        capacityOnline(data, { region: "FORGE", stage: "magnet", year: 2025 }),
        "notAvailable",
        "membershipNotPublished"
      ).region.name
    ).toBe("Forum on Resource Geostrategic Engagement (FORGE)");
  });

  test("a year past the data's horizon is #N/A for every region, naming the horizon", () => {
    expect(
      failureMessage(
        capacityOnline(data, { region: "US", stage: "magnet", year: 2035 }),
        "notAvailable",
        "beyondHorizon"
      )
    ).toBe(
      "2035 is past the data's horizon, 2029: no plant record in the dataset reaches past it, so a figure for 2035 would only repeat 2029."
    );
  });
});

describe("capacityOnline rejects bad input", () => {
  test("unknown region, stage or status is invalid and lists the accepted values", () => {
    const nato = paramsOf(
      capacityOnline(data, { region: "NATO", stage: "magnet", year: 2025 }),
      "invalid",
      "unknownRegion"
    );
    expect(nato.given).toBe("NATO");
    expect(nato.regions).toEqual(["allied", "non-China", "MSP", "FORGE", "G7", "Quad"]);
    expect(nato.countries.slice(0, 3)).toEqual(["WORLD", "CN", "US"]);
    failedWith(
      capacityOnline(data, { region: "US", stage: "foundry", year: 2025 }),
      "invalid",
      "unknownKeyword"
    );
    expect(
      failureMessage(
        capacityOnline(data, { region: "US", stage: "magnet", year: 2025, status: "dreaming" }),
        "invalid",
        "unknownKeyword"
      )
    ).toBe(
      'Unknown status "dreaming". Use one of: running, committed, planned, ramping, commissioning, construction, financing, unlikely, unknown.'
    );
  });

  test("an impossible year is outOfRange; data is never mutated", () => {
    failedWith(
      capacityOnline(data, { region: "US", stage: "magnet", year: 1200 }),
      "outOfRange",
      "numberOutOfRange"
    );
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
    expect(basisText(result)).toContain(
      "at least this much: not counted because their capacity or output is not in the sources: Plant B (B)"
    );
    expect(
      ok(capacityOnline(data, { region: "US", stage: "magnet", year: 2025, status: "unlikely" }))
        .value
    ).toBe(999);
  });
});
