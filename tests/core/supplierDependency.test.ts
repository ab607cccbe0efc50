import { supplierDependency } from "../../src/core/supplierDependency";
import { fixture, leavesDataUnchanged, realData } from "../_support/fixture";
import { basisText, failed, failedWith, failureMessage, ok, paramsOf } from "../_support/outcomes";
import {
  CHINA_SEPARATION_SHARE_2023,
  CHINA_SHARE_2024,
  MINE_T_REO,
  US_IMPORT_SOURCE,
  US_NET_IMPORT_RELIANCE,
} from "../_support/expected";

const data = realData();

describe("supplierDependency of a country (import reliance × import share)", () => {
  test("US on China at separation = 67% net import reliance (2025) × 71% of imports from China (2021–24) = 0.4757", () => {
    const result = supplierDependency(data, {
      stage: "separation",
      supplier: "China",
      consumer: "US",
    });
    expect(ok(result).value).toBeCloseTo(US_NET_IMPORT_RELIANCE[2025] * US_IMPORT_SOURCE.CN, 12);
    expect(ok(result).basis.map((b) => b.label)).toEqual([
      "US net import reliance, rare-earth compounds and metals, 2025",
      "US import source of rare-earth compounds and metals: China",
    ]);
    expect(ok(result).basis[0].computed).toBe(
      "net import reliance 67% × share of imports 71% = 47.6%"
    );
  });

  test("the metal stage rests on the same 'compounds and metals' figures; the default supplier is China", () => {
    expect(
      ok(supplierDependency(data, { stage: "metal", consumer: "United States" })).value
    ).toBeCloseTo(US_NET_IMPORT_RELIANCE[2025] * US_IMPORT_SOURCE.CN, 12);
  });

  test("a year picks that year's reliance: 2024 = 53% × 71% (MCS 2026; the MCS 2025 edition's 80% stays in the indicators)", () => {
    expect(
      ok(supplierDependency(data, { stage: "separation", consumer: "US", year: 2024 })).value
    ).toBeCloseTo(US_NET_IMPORT_RELIANCE[2024] * US_IMPORT_SOURCE.CN, 12);
    expect(
      ok(supplierDependency(data, { stage: "separation", consumer: "US", year: 2022 })).value
    ).toBeCloseTo(US_NET_IMPORT_RELIANCE[2022] * US_IMPORT_SOURCE.CN, 12);
    expect(
      failureMessage(
        supplierDependency(data, { stage: "separation", consumer: "US", year: 2019 }),
        "notAvailable",
        "missingImportRelianceYear"
      )
    ).toBe(
      "No net import reliance for United States in 2019 (the dataset has 2025, 2024, 2023, 2022, 2021, 2020)."
    );
  });

  test("another supplier uses its own import share: Malaysia 67% × 13%", () => {
    expect(
      ok(supplierDependency(data, { stage: "separation", supplier: "MY", consumer: "US" })).value
    ).toBeCloseTo(US_NET_IMPORT_RELIANCE[2025] * US_IMPORT_SOURCE.MY, 12);
    expect(
      failureMessage(
        supplierDependency(data, { stage: "separation", supplier: "Russia", consumer: "US" }),
        "notAvailable",
        "missingImportSource"
      )
    ).toBe("The dataset has no share of United States's imports coming from Russia.");
  });

  test("stages the import figures do not cover, and consumers without import data, say what is missing", () => {
    expect(
      paramsOf(
        supplierDependency(data, { stage: "magnet", consumer: "US" }),
        "notAvailable",
        "importStageNotCovered"
      ).covered
    ).toEqual(["mining", "separation", "metal"]);
    expect(
      paramsOf(
        supplierDependency(data, { stage: "separation", consumer: "Japan" }),
        "notAvailable",
        "missingImportReliance"
      )
    ).toEqual({ consumer: "Japan", supplier: "China", stage: "separation" });
  });

  test("the whole chain for the US is its worst stage with data (separation), the others named", () => {
    const result = supplierDependency(data, { consumer: "US" });
    expect(ok(result).value).toBeCloseTo(US_NET_IMPORT_RELIANCE[2025] * US_IMPORT_SOURCE.CN, 12);
    expect(basisText(result)).toContain(
      "the chain's dependency is its worst stage, separation (47.6%); other stages: mining 0%, metal 47.6%; no data for: magnet, recycling"
    );
  });
});

describe("supplierDependency of the world market (= supplier's share)", () => {
  test("one stage is the supplier's share of world output", () => {
    expect(ok(supplierDependency(data, { stage: "mining", year: 2024 })).value).toBeCloseTo(
      MINE_T_REO.mcs2026[2024].CN / MINE_T_REO.mcs2026[2024].WORLD,
      12
    );
    expect(
      ok(supplierDependency(data, { stage: "separation", year: 2023, consumer: "World" })).value
    ).toBe(CHINA_SEPARATION_SHARE_2023);
  });

  test("no stage: the maximum over the stages with a value (magnet 2024, 94%), stages without data listed", () => {
    const result = supplierDependency(data, {});
    // Each stage at its latest observed year: mining 2025 270,000 / 390,000 = 69.2% (USGS MCS 2026),
    // separation 0.91 and magnet 0.94 (IEA-Oct25 share records); max(0.692, 0.91, 0.94) = 0.94.
    expect(ok(result).value).toBe(
      Math.max(
        MINE_T_REO.mcs2026[2025].CN / MINE_T_REO.mcs2026[2025].WORLD,
        CHINA_SHARE_2024.separation,
        CHINA_SHARE_2024.magnet
      )
    );
    expect(ok(result).value).toBe(CHINA_SHARE_2024.magnet);
    expect(basisText(result)).toContain("worst stage, magnet (94%)");
    expect(basisText(result)).toContain("mining 69.2%");
    expect(basisText(result)).toContain("separation 91%");
    expect(basisText(result)).toContain("no data for: metal, recycling");
  });

  test("a chain takes the worst of its stages", () => {
    expect(ok(supplierDependency(data, { stage: "mining>magnet", year: 2024 })).value).toBe(
      CHINA_SHARE_2024.magnet
    );
  });
});

describe("supplierDependency rejects bad input", () => {
  test("unknown keywords are invalid with the accepted values; supplier = consumer is invalid", () => {
    expect(
      paramsOf(
        supplierDependency(data, { supplier: "Narnia" }),
        "invalid",
        "unknownKeyword"
      ).accepted.slice(0, 2)
    ).toEqual(["WORLD", "CN"]);
    expect(
      paramsOf(supplierDependency(data, { stage: "foo" }), "invalid", "unknownKeyword")
    ).toMatchObject({ what: "stage", given: "foo" });
    expect(
      paramsOf(
        supplierDependency(data, { supplier: "US", consumer: "US" }),
        "invalid",
        "sameSupplierAndConsumer"
      )
    ).toEqual({ country: "United States" });
  });

  test("an impossible year is outOfRange; no data anywhere is notAvailable; data is never mutated", () => {
    failedWith(supplierDependency(data, { year: -5 }), "outOfRange", "numberOutOfRange");
    const empty = fixture();
    expect(
      paramsOf(supplierDependency(empty, {}), "notAvailable", "missingDependency")
    ).toMatchObject({ consumer: "World", supplier: "China" });
    expect(leavesDataUnchanged((d) => supplierDependency(d, { consumer: "US" }))).toBe(true);
  });
});

describe("supplierDependency of groups and lists (issue 10 item 2)", () => {
  test("a supplier list is reliance × the sum of its members' import shares: China + Malaysia = 67% × (71% + 13%)", () => {
    const both = ok(
      supplierDependency(data, { stage: "separation", supplier: "China+Malaysia", consumer: "US" })
    ).value;
    expect(both).toBeCloseTo(
      US_NET_IMPORT_RELIANCE[2025] * (US_IMPORT_SOURCE.CN + US_IMPORT_SOURCE.MY),
      12
    );
    const cn = ok(
      supplierDependency(data, { stage: "separation", supplier: "CN", consumer: "US" })
    ).value;
    const my = ok(
      supplierDependency(data, { stage: "separation", supplier: "MY", consumer: "US" })
    ).value;
    expect(both).toBeCloseTo(cn + my, 12);
  });

  test("a world-minus supplier is 100% less the countries outside it; the consumer is left out of its own group", () => {
    expect(
      ok(supplierDependency(data, { stage: "separation", supplier: "non-China", consumer: "US" }))
        .value
    ).toBeCloseTo(US_NET_IMPORT_RELIANCE[2025] * (1 - US_IMPORT_SOURCE.CN), 12);
    expect(
      ok(
        supplierDependency(data, {
          stage: "separation",
          supplier: "Japan+Estonia+US",
          consumer: "US",
        })
      ).value
    ).toBeCloseTo(US_NET_IMPORT_RELIANCE[2025] * (US_IMPORT_SOURCE.JP + 0.05), 12); // Estonia 5%
  });

  test("a member without an import-source figure makes it #N/A naming it, never 0", () => {
    const message = failureMessage(
      supplierDependency(data, { stage: "separation", supplier: "allied", consumer: "US" }),
      "notAvailable",
      "missingGroupImportSources"
    );
    expect(message).toContain("Australia");
    expect(message).toContain("not counted as 0");
  });

  test("for the world, a supplier group's dependency is the group's share of world output", () => {
    expect(
      ok(supplierDependency(data, { stage: "mining", supplier: "China+Myanmar", year: 2024 })).value
    ).toBeCloseTo(
      (MINE_T_REO.mcs2026[2024].CN + MINE_T_REO.mcs2026[2024].MM) / MINE_T_REO.mcs2026[2024].WORLD,
      12
    );
  });

  test("a consumer group is #N/A with the reason; a list of one country is that country", () => {
    expect(
      failureMessage(
        supplierDependency(data, { stage: "separation", consumer: "US+Japan" }),
        "notAvailable",
        "groupAsConsumer"
      )
    ).toContain("combined net import reliance");
    expect(
      ok(supplierDependency(data, { stage: "separation", consumer: "US+United States" })).value
    ).toBeCloseTo(US_NET_IMPORT_RELIANCE[2025] * US_IMPORT_SOURCE.CN, 12);
    failed(
      supplierDependency(data, { stage: "separation", supplier: "US+US", consumer: "US" }),
      "invalid"
    );
  });

  test("the US at mining is a cited 0: a net exporter of concentrates (USGS MCS 2026 prints E)", () => {
    const result = supplierDependency(data, { stage: "mining", consumer: "US" });
    expect(ok(result).value).toBe(0);
    expect(basisText(result)).toContain("net exporter");
  });
});
