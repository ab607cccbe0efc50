import { resolveApplication } from "../../src/core/resolveApplication";
import { resolveCountry } from "../../src/core/resolveCountry";
import { resolveElement } from "../../src/core/resolveElement";
import { resolveRegion } from "../../src/core/resolveRegion";
import { resolveStage } from "../../src/core/resolveStage";
import { leavesDataUnchanged, realData } from "../_support/fixture";
import { failureMessage, ok, paramsOf } from "../_support/outcomes";

const data = realData();

describe("keyword resolution ignores case, spaces, hyphens, underscores and dots, and accepts the dataset's aliases", () => {
  test("resolveStage", () => {
    for (const keyword of [
      "separation",
      "Refining",
      "  PROCESSING ",
      "separation/refining",
      "Separation / refining",
    ])
      expect(ok(resolveStage(data, keyword)).value.id).toBe("separation");
    expect(ok(resolveStage(data, "METAL_&_ALLOY")).value.id).toBe("metal");
    expect(ok(resolveStage(data, "Magnet-making")).value.id).toBe("magnet");
  });

  test("resolveCountry", () => {
    expect(ok(resolveCountry(data, "myanmar")).value.code).toBe("MM");
    expect(ok(resolveCountry(data, "Burma")).value.code).toBe("MM");
    expect(ok(resolveCountry(data, "U.S.")).value.code).toBe("US");
    expect(ok(resolveCountry(data, "usa")).value.code).toBe("US");
    expect(ok(resolveCountry(data, "People's Republic of China")).value.code).toBe("CN");
    expect(ok(resolveCountry(data, "world")).value.code).toBe("WORLD");
  });

  test("resolveRegion: regions by id or alias, then countries; membership follows the stated convention", () => {
    const allied = ok(resolveRegion(data, "US+allies"));
    expect(allied.value.id).toBe("allied");
    expect(
      ["US", "AU", "JP", "KR", "EE", "FR", "DE", "GB", "CA", "GL", "TH"].every((c) =>
        allied.value.includes(c)
      )
    ).toBe(true);
    expect(allied.value.includes("MY") || allied.value.includes("IN")).toBe(false);
    expect(allied.basis[0].sourceIds).toEqual(["DATASET-CONVENTION", "NATO-32", "NBR-Treaties"]);
    expect(ok(resolveRegion(data, "G7")).value.includes("JP")).toBe(true);
    expect(ok(resolveRegion(data, "Quad")).value.includes("IN")).toBe(true);
    expect(
      paramsOf(resolveRegion(data, "FORGE"), "notAvailable", "membershipNotPublished").region.name
    ).toBe("Forum on Resource Geostrategic Engagement (FORGE)");
    const rest = ok(resolveRegion(data, "non china")).value;
    expect(rest.includes("MY") && !rest.includes("CN") && !rest.includes("WORLD")).toBe(true);
    const us = ok(resolveRegion(data, "United States"));
    expect(us.value.kind).toBe("country");
    expect(us.value.includes("US") && !us.value.includes("CA")).toBe(true);
    expect(us.basis).toEqual([]);
    expect(ok(resolveRegion(data, "Global")).value.includes("CN")).toBe(true);
  });

  test("resolveElement and resolveApplication", () => {
    expect(ok(resolveElement(data, "DYSPROSIUM")).value.symbol).toBe("Dy");
    expect(ok(resolveElement(data, "y")).value.name).toBe("Yttrium");
    expect(ok(resolveApplication(data, "electric-vehicle")).value.id).toBe("ev-motor");
    expect(ok(resolveApplication(data, "Virginia class")).value.id).toBe("virginia-class");
  });

  test("unknown keywords are invalid and list the accepted ones; a blank one is 'missing'", () => {
    expect(failureMessage(resolveStage(data, "smelting"), "invalid", "unknownKeyword")).toBe(
      'Unknown stage "smelting". Use one of: mining, separation, metal, magnet, recycling.'
    );
    const blank = paramsOf(resolveStage(data, "  "), "invalid", "unknownKeyword");
    expect(blank).toMatchObject({ what: "stage", given: "  " });
    expect(blank.accepted.length).toBeGreaterThan(0);
    const wakanda = paramsOf(resolveCountry(data, "Wakanda"), "invalid", "unknownKeyword");
    expect(wakanda).toMatchObject({ what: "country", given: "Wakanda" });
    expect(wakanda.accepted.slice(0, 3)).toEqual(["WORLD", "CN", "US"]);
    const eu = paramsOf(resolveRegion(data, "EU"), "invalid", "unknownRegion");
    expect(eu.given).toBe("EU");
    expect(eu.regions).toEqual(["allied", "non-China", "MSP", "FORGE", "G7", "Quad"]);
    const fe = paramsOf(resolveElement(data, "Fe"), "invalid", "unknownKeyword");
    expect(fe).toMatchObject({ what: "element", given: "Fe" });
    expect(fe.accepted.slice(0, 4)).toEqual(["Sc", "Y", "La", "Ce"]);
    expect(
      paramsOf(resolveApplication(data, "toaster"), "invalid", "unknownKeyword")
    ).toMatchObject({ what: "application", given: "toaster" });
  });

  test("never mutates the dataset", () => {
    expect(
      leavesDataUnchanged((d) => [
        resolveStage(d, "mine"),
        resolveRegion(d, "allied"),
        resolveCountry(d, "CN"),
      ])
    ).toBe(true);
  });
});
