import { convertMass } from "../../src/core/convertMass";
import { fixture, leavesDataUnchanged, realData } from "../_support/fixture";
import { failedWith, failureMessage, ok, paramsOf } from "../_support/outcomes";
import {
  NDPR_METAL_PER_OXIDE,
  NDPR_SHARE_OF_NDFEB,
  REE_SHARE_OF_NDFEB,
} from "../_support/expected";

const data = realData();

describe("convertMass between oxide, metal and NdFeB", () => {
  test("oxide → metal multiplies by the element's metal/oxide factor: 100 t Nd2O3 × 0.8574 = 85.74 t Nd", () => {
    const result = ok(convertMass(data, { value: 100, from: "oxide", to: "metal", element: "Nd" }));
    expect(result.value).toBeCloseTo(85.74, 9);
    expect(result.basis[0].label).toBe(
      "Neodymium (Nd2O3): 0.8574 t metal per t oxide, 1.1664 t oxide per t metal"
    );
  });

  test("metal → oxide uses the cited oxide/metal factor: 100 t Dy × 1.1477", () => {
    expect(
      ok(convertMass(data, { value: 100, from: "element", to: "REO", element: "dysprosium" })).value
    ).toBeCloseTo(114.77, 9);
  });

  test("NdPr uses the 75:25 blend factor ≈0.85 (also as PrNd)", () => {
    expect(
      ok(convertMass(data, { value: 100, from: "oxide", to: "metal", element: "NdPr" })).value
    ).toBeCloseTo(85, 9);
    expect(
      ok(convertMass(data, { value: 85, from: "metal", to: "oxide", element: "PrNd" })).value
    ).toBeCloseTo(100, 9);
  });

  test("NdFeB ↔ metal with no element uses the share of all the magnet's rare earths (≈30%)", () => {
    expect(ok(convertMass(data, { value: 1000, from: "magnet", to: "metal" })).value).toBeCloseTo(
      1000 * REE_SHARE_OF_NDFEB,
      9
    );
    expect(ok(convertMass(data, { value: 300, from: "REE", to: "NdFeB" })).value).toBeCloseTo(
      300 / REE_SHARE_OF_NDFEB,
      9
    );
  });

  // Behaviour change (2.1.x): a named element converts by its own cited share of magnet mass. Before, a
  // magnet's rare earths were all counted as the element: 1,000 t NdFeB gave 349.9 t Nd2O3 (0.3 × 1.1664),
  // and 2,100 t NdFeB 741.2 t NdPr oxide where the whole chain, on the same sources, has 704.1 t.
  test("NdFeB → an element's oxide goes through that element's cited share: 1,000 t × 0.285 × 0.75 × 1.1664 t Nd2O3", () => {
    const oxide = ok(convertMass(data, { value: 1000, from: "NdFeB", to: "oxide", element: "Nd" }));
    expect(oxide.value).toBeCloseTo(1000 * NDPR_SHARE_OF_NDFEB * 0.75 * 1.1664, 9);
    expect(oxide.basis.map((b) => b.label)).toEqual([
      expect.stringMatching(/^Nd \+ Pr share of NdFeB/i),
      expect.stringMatching(/^Nd share of NdPr/i),
      "Neodymium (Nd2O3): 0.8574 t metal per t oxide, 1.1664 t oxide per t metal",
    ]);
  });

  test("NdFeB → NdPr oxide is the magnets' Nd + Pr as oxide, the figure the whole chain uses: 2,100 t → 704.1 t", () => {
    const oxide = ok(
      convertMass(data, { value: 2100, from: "NdFeB", to: "oxide", element: "NdPr" })
    );
    expect(oxide.value).toBeCloseTo((2100 * NDPR_SHARE_OF_NDFEB) / NDPR_METAL_PER_OXIDE, 9);
    expect(oxide.value).toBeCloseTo(704.1, 1);
    const back = ok(
      convertMass(data, { value: oxide.value, from: "oxide", to: "NdFeB", element: "NdPr" })
    );
    expect(back.value).toBeCloseTo(2100, 9);
    // metal of a named element: the magnet's NdPr, not all its rare earths
    expect(
      ok(convertMass(data, { value: 1000, from: "NdFeB", to: "metal", element: "NdPr" })).value
    ).toBeCloseTo(1000 * NDPR_SHARE_OF_NDFEB, 9);
  });

  test("an element a magnet's cited composition does not give is notAvailable, never the rare earths in all", () => {
    expect(
      failureMessage(
        convertMass(data, { value: 1000, from: "NdFeB", to: "oxide", element: "Ce" }),
        "notAvailable",
        "noMagnetShare"
      )
    ).toBe(
      "The dataset cites no share of Cerium in NdFeB magnet mass, so a magnet's Cerium cannot be given. Its magnet compositions cover NdPr, Nd, Pr, Dy, Tb; leave the element blank to convert to all the magnet's rare earths as metal."
    );
    // Dy has only a grade-dependent range: no point value to multiply by
    const dy = paramsOf(
      convertMass(data, { value: 1000, from: "NdFeB", to: "oxide", element: "Dy" }),
      "notAvailable",
      "missingComposition"
    );
    expect(dy).toMatchObject({ material: "Dy", use: "conversion" });
  });

  test("the same basis on both sides returns the value unchanged", () => {
    expect(ok(convertMass(data, { value: 42, from: "REO", to: "oxide" }))).toEqual({
      ok: true,
      value: 42,
      basis: [],
    });
  });
});

describe("convertMass rejects bad input", () => {
  test("unknown from/to or element, and a missing element where oxide is involved, are invalid", () => {
    expect(
      failureMessage(
        convertMass(data, { value: 1, from: "ore", to: "metal" }),
        "invalid",
        "unknownKeyword"
      )
    ).toBe('Unknown from "ore". Use one of: oxide, metal, NdFeB.');
    failedWith(
      convertMass(data, { value: 1, from: "oxide", to: "ingot" }),
      "invalid",
      "unknownKeyword"
    );
    expect(
      failureMessage(
        convertMass(data, { value: 1, from: "oxide", to: "metal" }),
        "invalid",
        "elementRequired"
      )
    ).toBe(
      'Converting between oxide and metal needs an element: a symbol or name such as "Nd", or "NdPr" for the 75:25 blend.'
    );
    const fe = paramsOf(
      convertMass(data, { value: 1, from: "oxide", to: "metal", element: "Fe" }),
      "invalid",
      "unknownKeyword"
    );
    expect(fe).toMatchObject({ what: "element", given: "Fe" });
    expect(fe.accepted.slice(0, 4)).toEqual(["NdPr", "Sc", "Y", "La"]);
  });

  test("a result too large to represent is outOfRange, never Infinity", () => {
    expect(
      failureMessage(
        convertMass(data, { value: 1.7e308, from: "metal", to: "oxide", element: "Nd" }),
        "outOfRange",
        "resultNotFinite"
      )
    ).toBe("The result is too large to represent: use smaller numbers (or other units).");
  });

  test("a negative value is outOfRange", () => {
    expect(
      failureMessage(
        convertMass(data, { value: -5, from: "oxide", to: "metal", element: "Nd" }),
        "outOfRange",
        "numberBelow"
      )
    ).toBe("value must be at least 0; got -5.");
  });

  test("a factor the dataset lacks is notAvailable", () => {
    const noFactors = fixture({
      indicators: realData().dataset.indicators.filter(
        (i) => !["ndpr-oxide-metal-factor", "ree-share-of-ndfeb-mass"].includes(i.id)
      ),
    });
    expect(
      failureMessage(
        convertMass(noFactors, { value: 1, from: "oxide", to: "metal", element: "NdPr" }),
        "notAvailable",
        "missingFactor"
      )
    ).toBe(
      "Converting oxide to metal needs a cited factor (the NdPr oxide-to-metal factor), which the dataset lacks."
    );
    failedWith(
      convertMass(noFactors, { value: 1, from: "NdFeB", to: "metal" }),
      "notAvailable",
      "missingFactor"
    );
  });

  test("never mutates the dataset", () => {
    expect(
      leavesDataUnchanged((d) =>
        convertMass(d, { value: 10, from: "NdFeB", to: "oxide", element: "NdPr" })
      )
    ).toBe(true);
  });
});
