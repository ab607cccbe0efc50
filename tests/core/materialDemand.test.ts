import { materialDemand } from "../../src/core/materialDemand";
import type { DatasetShape } from "../../src/data/schema";
import { cited, fixture, leavesDataUnchanged, realData } from "../_support/fixture";
import { basisText, failedWith, failureMessage, ok, paramsOf } from "../_support/outcomes";

const data = realData();

/** A fixture intensity of 2 (in `unit`) of NdFeB per motor. */
function motorIntensity(unit: string): DatasetShape["demandIntensities"][number] {
  return {
    id: "m",
    application: "Motor",
    aliases: [],
    per: "motor",
    material: "NdFeB",
    value: 2,
    unit,
    ...cited,
  };
}

describe("materialDemand = units × kg per unit ÷ 1,000 (tonnes), in one material for every application", () => {
  test("a million EV motors at ≈1.4 kg NdFeB each = 1,400 t NdFeB, asked for as NdFeB", () => {
    const result = ok(
      materialDemand(data, { application: "EV motor", units: 1_000_000, material: "NdFeB" })
    );
    expect(result.value).toBeCloseTo((1_000_000 * 1.4) / 1000, 9);
    expect(result.basis[0].computed).toBe("1,000,000 × 1.4 kg ÷ 1,000 = 1,400 t NdFeB");
  });

  test("the default is rare-earth content for every application: 1,400 t NdFeB × 0.3 = 420 t REE (the cited REE share of magnet mass)", () => {
    const result = ok(materialDemand(data, { application: "electric vehicle", units: 1_000_000 }));
    expect(result.value).toBeCloseTo(1400 * 0.3, 9);
    expect(result.basis[1].sourceIds).toEqual(["Heim23", "NEDO-JMB", "Magnet-Composition-Lit"]);
    expect(
      ok(materialDemand(data, { application: "EV", units: 1_000_000, material: "REE" })).value
    ).toBe(result.value);
  });

  test("elements through the cited compositions: Nd + Pr 28.5% of magnet mass, Nd 75% of NdPr", () => {
    const units = { application: "EV motor", units: 1_000_000 } as const;
    expect(ok(materialDemand(data, { ...units, material: "NdPr" })).value).toBeCloseTo(
      1400 * 0.285,
      9
    );
    expect(ok(materialDemand(data, { ...units, material: "Nd" })).value).toBeCloseTo(
      1400 * 0.285 * 0.75,
      9
    );
    expect(ok(materialDemand(data, { ...units, material: "praseodymium" })).value).toBeCloseTo(
      1400 * 0.285 * 0.25,
      9
    );
  });

  test("Dy and Tb have no sourced share of magnet mass, so they are #N/A saying so", () => {
    expect(
      failureMessage(
        materialDemand(data, { application: "EV", units: 1, material: "Dy" }),
        "notAvailable",
        "missingComposition"
      )
    ).toMatch(
      /^The Dy content of NdFeB magnets has no sourced point value, so Dy demand cannot be given\. The sources give only a range, 0–10% of magnet mass\./
    );
    failedWith(
      materialDemand(data, { application: "EV", units: 1, material: "Tb" }),
      "notAvailable",
      "missingComposition"
    );
  });

  test("a platform figure of rare-earth content is REE only: 100 F-35s at ≈417 kg = 41.7 t REE, not convertible to NdFeB", () => {
    expect(ok(materialDemand(data, { application: "F-35", units: 100 })).value).toBeCloseTo(
      41.7,
      9
    );
    expect(
      failureMessage(
        materialDemand(data, { application: "F35", units: 100, material: "NdFeB" }),
        "notAvailable",
        "notConvertible"
      )
    ).toBe(
      'The "F-35 Lightning II fighter aircraft" figure is REE content of the whole platform (magnets of several kinds and other parts), not NdFeB magnet mass, so it cannot be converted to NdFeB: ask for REE.'
    );
  });

  test("a disputed figure carries the dispute in the basis note", () => {
    expect(basisText(materialDemand(data, { application: "JSF", units: 1 }))).toContain(
      "disputed: Adamas Intelligence"
    );
  });

  test("wind: 1,000 MW of direct-drive generators at the 625-850 kg/MW midpoint = 737.5 t NdFeB", () => {
    expect(
      ok(materialDemand(data, { application: "wind", units: 1000, material: "NdFeB" })).value
    ).toBeCloseTo(737.5, 9);
    expect(ok(materialDemand(data, { application: "HDD", units: 0 })).value).toBe(0);
  });

  test("a figure the sources lack (data centres) is notAvailable", () => {
    expect(
      failureMessage(
        materialDemand(data, { application: "data center", units: 10 }),
        "notAvailable",
        "missingIntensity"
      )
    ).toBe(
      'The dataset has no REE intensity for "Data centre (per MW of IT load)": its sources give no figure.'
    );
  });

  test("a conversion without the cited composition is notAvailable, saying so in words", () => {
    const real = realData().dataset;
    const data = fixture({
      indicators: real.indicators.filter((i) => i.id !== "ree-share-of-ndfeb-mass"),
      demandIntensities: [motorIntensity("kg")],
    });
    expect(
      ok(materialDemand(data, { application: "motor", units: 10, material: "NdFeB" })).value
    ).toBeCloseTo(0.02, 12);
    expect(
      failureMessage(
        materialDemand(data, { application: "motor", units: 10 }),
        "notAvailable",
        "missingComposition"
      )
    ).toBe(
      "Converting NdFeB magnet mass to REE needs a cited composition, which the dataset lacks."
    );
  });

  test("an intensity recorded in another unit is not silently taken as kg", () => {
    const data = fixture({
      demandIntensities: [motorIntensity("lb")],
    });
    failedWith(
      materialDemand(data, { application: "motor", units: 10 }),
      "notAvailable",
      "unsupportedIntensityUnit"
    );
  });
});

describe("materialDemand rejects bad input", () => {
  test("unknown application or material is invalid and lists the accepted values", () => {
    const toaster = paramsOf(
      materialDemand(data, { application: "toaster", units: 1 }),
      "invalid",
      "unknownKeyword"
    );
    expect(toaster).toMatchObject({ what: "application", given: "toaster" });
    expect(toaster.accepted.slice(0, 2)).toEqual(["ev-motor", "wind-direct-drive-mw"]);
    expect(
      failureMessage(
        materialDemand(data, { application: "EV", units: 1, material: "cobalt" }),
        "invalid",
        "unknownKeyword"
      )
    ).toBe('Unknown material "cobalt". Use one of: REE, NdFeB, NdPr, Nd, Pr, Dy, Tb.');
  });

  test("negative or non-finite units are outOfRange; data is never mutated", () => {
    expect(
      failureMessage(
        materialDemand(data, { application: "EV", units: -1 }),
        "outOfRange",
        "numberBelow"
      )
    ).toBe("units must be at least 0; got -1.");
    failedWith(
      materialDemand(data, { application: "EV", units: Number.POSITIVE_INFINITY }),
      "outOfRange",
      "notFiniteNumber"
    );
    expect(
      leavesDataUnchanged((d) => materialDemand(d, { application: "EV", units: 3, material: "Nd" }))
    ).toBe(true);
  });
});
