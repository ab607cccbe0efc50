import fc from "fast-check";
import { gapScore } from "../../src/core/gapScore";
import { leavesDataUnchanged, realData } from "../_support/fixture";
import { failedWith, failureMessage, ok } from "../_support/outcomes";

const data = realData();

describe("gapScore = 100 × Σ wᵢ(1 − sᵢ/scale_max) / Σ wᵢ", () => {
  test("equal default weights: scores 3,2,4,1,5,0 of 5 → openness .4+.6+.2+.8+0+1 = 3 of 6 → 50", () => {
    const result = ok(gapScore(data, { scores: [3, 2, 4, 1, 5, 0] }));
    expect(result.value).toBeCloseTo(50, 12);
    expect(result.basis[0].label).toBe("Gap score, with the gaps' default weights");
    expect(result.basis[0].sourceIds).toEqual(["REEx-Seed"]);
  });

  test("every gap closed → 0; every gap wide open → 100", () => {
    expect(ok(gapScore(data, { scores: [5, 5, 5, 5, 5, 5] })).value).toBe(0);
    expect(ok(gapScore(data, { scores: [0, 0, 0, 0, 0, 0] })).value).toBe(100);
  });

  test("weights: only the first gap open, weighted 2 of 6 → 100 × 2/6", () => {
    const result = ok(gapScore(data, { scores: [0, 5, 5, 5, 5, 5], weights: [2, 1, 1, 1, 1, 0] }));
    expect(result.value).toBeCloseTo((100 * 2) / 6, 12);
    expect(result.basis[0].label).toBe("Gap score, with the weights given");
  });

  test("another scale: scores of 10 with scale_max 10 → 0; 2.5 of 10 everywhere → 75", () => {
    expect(ok(gapScore(data, { scores: [10, 10, 10, 10, 10, 10], scaleMax: 10 })).value).toBe(0);
    expect(
      ok(gapScore(data, { scores: [2.5, 2.5, 2.5, 2.5, 2.5, 2.5], scaleMax: 10 })).value
    ).toBeCloseTo(75, 12);
  });

  test("always within 0-100 for valid input (property)", () => {
    const score = fc.double({ min: 0, max: 5, noNaN: true });
    const weight = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(score, { minLength: 6, maxLength: 6 }),
        fc.array(weight, { minLength: 6, maxLength: 6 }),
        (scores, weights) => {
          fc.pre(weights.some((w) => w > 0));
          const value = ok(gapScore(data, { scores, weights })).value;
          return value >= -1e-9 && value <= 100 + 1e-9;
        }
      )
    );
  });
});

describe("gapScore rejects bad input", () => {
  test("not exactly six scores or weights is invalid", () => {
    expect(
      failureMessage(gapScore(data, { scores: [1, 2, 3, 4, 5] }), "invalid", "wrongCount")
    ).toBe("scores needs exactly 6 numbers, one per gap in the order of RE.GAPS(); got 5.");
    failedWith(
      gapScore(data, { scores: [1, 2, 3, 4, 5, 0], weights: [1, 1] }),
      "invalid",
      "wrongCount"
    );
  });

  test("impossible numbers are outOfRange: a score above the scale or negative, a negative weight, all-zero weights, a scale ≤ 0, NaN", () => {
    expect(
      failureMessage(
        gapScore(data, { scores: [6, 0, 0, 0, 0, 0] }),
        "outOfRange",
        "numberOutOfRange"
      )
    ).toBe("score 1 (Allied supply coordination) must be between 0 and 5; got 6.");
    failedWith(gapScore(data, { scores: [0, -1, 0, 0, 0, 0] }), "outOfRange", "numberOutOfRange");
    expect(
      failureMessage(
        gapScore(data, { scores: [0, 0, 0, 0, 0, 0], weights: [1, -1, 1, 1, 1, 1] }),
        "outOfRange",
        "numberBelow"
      )
    ).toBe("weight 2 (Centralized leadership) must be at least 0; got -1.");
    expect(
      failureMessage(
        gapScore(data, { scores: [0, 0, 0, 0, 0, 0], weights: [0, 0, 0, 0, 0, 0] }),
        "outOfRange",
        "zeroWeights"
      )
    ).toBe("The weights are all zero: at least one gap needs a positive weight.");
    expect(
      failureMessage(
        gapScore(data, { scores: [0, 0, 0, 0, 0, 0], scaleMax: 0 }),
        "outOfRange",
        "numberNotPositive"
      )
    ).toBe("scale_max must be greater than 0; got 0.");
    failedWith(
      gapScore(data, { scores: [Number.NaN, 0, 0, 0, 0, 0] }),
      "outOfRange",
      "notFiniteNumber"
    );
    // Weights so large their sum overflows would give NaN; the result is refused instead.
    failedWith(
      gapScore(data, { scores: [1, 1, 1, 1, 1, 1], weights: Array(6).fill(1e308) }),
      "outOfRange",
      "resultNotFinite"
    );
  });

  test("never mutates the dataset or the arguments", () => {
    const scores = [3, 2, 4, 1, 5, 0];
    expect(leavesDataUnchanged((d) => gapScore(d, { scores }))).toBe(true);
    expect(scores).toEqual([3, 2, 4, 1, 5, 0]);
  });
});
