import { materialDemand } from "../../src/core/materialDemand";
import type { DatasetShape } from "../../src/data/schema";
import { cited, fixture, leavesDataUnchanged, realData } from "../_support/fixture";
import { basisText, failed, ok } from "../_support/outcomes";

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

describe("materialDemand = units × kg per unit ÷ 1,000 (tonnes)", () => {
  test("a million EV motors at ≈1.4 kg NdFeB each = 1,400 t NdFeB", () => {
    const result = ok(materialDemand(data, { application: "EV motor", units: 1_000_000 }));
    expect(result.value).toBeCloseTo((1_000_000 * 1.4) / 1000, 9);
    expect(result.basis[0].computed).toBe("1,000,000 × 1.4 kg ÷ 1,000 = 1,400 t NdFeB");
  });

  test("the REE content uses the cited REE share of NdFeB (Heim23, ≈30%): 1,400 × 0.3 = 420 t REE", () => {
    const result = ok(
      materialDemand(data, { application: "electric vehicle", units: 1_000_000, material: "REE" })
    );
    expect(result.value).toBeCloseTo(1400 * 0.3, 9);
    expect(result.basis[1].sourceIds).toEqual(["Heim23"]);
  });

  test("and back: 100 F-35s at ≈417 kg REE = 41.7 t REE, or 41.7 / 0.3 = 139 t of NdFeB-equivalent", () => {
    expect(ok(materialDemand(data, { application: "F-35", units: 100 })).value).toBeCloseTo(
      41.7,
      9
    );
    expect(
      ok(materialDemand(data, { application: "F35", units: 100, material: "NdFeB" })).value
    ).toBeCloseTo(41.7 / 0.3, 9);
  });

  test("a disputed figure carries the dispute in the basis note", () => {
    expect(basisText(materialDemand(data, { application: "JSF", units: 1 }))).toContain(
      "disputed: Adamas Intelligence"
    );
  });

  test("wind: 1,000 MW of direct-drive generators at the 625-850 kg/MW midpoint = 737.5 t NdFeB", () => {
    expect(ok(materialDemand(data, { application: "wind", units: 1000 })).value).toBeCloseTo(
      737.5,
      9
    );
    expect(ok(materialDemand(data, { application: "HDD", units: 0 })).value).toBe(0);
  });

  test("a figure the sources lack (data centres) is notAvailable", () => {
    expect(
      failed(materialDemand(data, { application: "data center", units: 10 }), "notAvailable")
        .message
    ).toBe(
      'The dataset has no REE intensity for "Data centre (per MW of IT load)": its sources give no figure.'
    );
  });

  test("a conversion without the cited factor is notAvailable naming the indicator", () => {
    const real = realData().dataset;
    const data = fixture({
      indicators: real.indicators.filter((i) => i.id !== "ree-share-of-ndfeb-mass"),
      demandIntensities: [motorIntensity("kg")],
    });
    expect(ok(materialDemand(data, { application: "motor", units: 10 })).value).toBeCloseTo(
      0.02,
      12
    );
    expect(
      failed(
        materialDemand(data, { application: "motor", units: 10, material: "REE" }),
        "notAvailable"
      ).message
    ).toBe(
      'Converting NdFeB to REE needs a cited factor (indicator "ree-share-of-ndfeb-mass"), which the dataset lacks.'
    );
  });

  test("an intensity recorded in another unit is not silently taken as kg", () => {
    const data = fixture({
      demandIntensities: [motorIntensity("lb")],
    });
    failed(materialDemand(data, { application: "motor", units: 10 }), "notAvailable");
  });
});

describe("materialDemand rejects bad input", () => {
  test("unknown application or material is invalid and lists the accepted values", () => {
    expect(
      failed(materialDemand(data, { application: "toaster", units: 1 }), "invalid").message
    ).toMatch(/^Unknown application "toaster"\. Use one of: ev-motor, wind-direct-drive-mw/);
    expect(
      failed(materialDemand(data, { application: "EV", units: 1, material: "cobalt" }), "invalid")
        .message
    ).toBe('Unknown material "cobalt". Use one of: NdFeB, REE.');
  });

  test("negative or non-finite units are outOfRange; data is never mutated", () => {
    expect(
      failed(materialDemand(data, { application: "EV", units: -1 }), "outOfRange").message
    ).toBe("units must be at least 0; got -1.");
    failed(
      materialDemand(data, { application: "EV", units: Number.POSITIVE_INFINITY }),
      "outOfRange"
    );
    expect(
      leavesDataUnchanged((d) =>
        materialDemand(d, { application: "F-35", units: 3, material: "NdFeB" })
      )
    ).toBe(true);
  });
});
