/**
 * Property tests of groups in RE.SHARE and RE.DEPENDENCY over random lists of countries and groups: no
 * crash, no silent 0 (an answer of 0 rests on records that say zero), and a list of countries on one
 * named series is exactly the sum of its members, or #N/A when any member has no figure.
 */
import fc from "fast-check";
import { run } from "../../src/functions/spec";
import { DEPENDENCY, HISTORY, SHARE } from "../../src/functions/specs";

const COUNTRIES = [
  "US",
  "Australia",
  "China",
  "Myanmar",
  "Malaysia",
  "Japan",
  "Estonia",
  "Canada",
  "Vietnam",
  "India",
  "Korea",
  "Brazil",
];
const GROUPS = ["allied", "non-China", "MSP", "G7", "Quad", "FORGE"];
const STAGES = ["mining", "separation", "metal", "magnet", "recycling"];
/** Stage, year and a named series (an edition), so each member's own answer is on the union's series. */
const SERIES = [
  ["mining", 2024, "USGS MCS 2026"],
  ["mining", 2025, "USGS MCS 2026"],
  ["mining", 2024, "USGS MCS 2025"],
  ["separation", 2023, "IEA GCMO 2024"],
  ["separation", 2024, "IEA commentary"],
  ["magnet", 2024, "IEA commentary"],
] as const;

const countries = fc.uniqueArray(fc.constantFrom(...COUNTRIES), { minLength: 1, maxLength: 5 });
const places = fc.uniqueArray(fc.constantFrom(...COUNTRIES, ...GROUPS), {
  minLength: 1,
  maxLength: 4,
});
const separator = fc.constantFrom("+", ", ", " + ", ",");

function numberOf(result: ReturnType<typeof run>): number | undefined {
  return result.ok && typeof result.value === "number" ? result.value : undefined;
}

/** Never a crash; a refusal says why; a 0 cites the records that say zero. */
function wellFormed(result: ReturnType<typeof run>): void {
  if (!result.ok) {
    expect("message" in result && result.message).toBeTruthy();
    expect("message" in result ? result.message : "").not.toMatch(/crashed|internal error/i);
    return;
  }
  expect(typeof result.value).toBe("number");
  const value = result.value as number;
  expect(Number.isFinite(value)).toBe(true);
  expect(value).toBeGreaterThanOrEqual(-1e-12);
  expect(value).toBeLessThanOrEqual(1 + 1e-12);
  if (value === 0) expect(result.basis.some((b) => b.sourceIds.length > 0)).toBe(true);
}

test("a list of countries' share on one series is the sum of its members', or #N/A when one has none", () => {
  fc.assert(
    fc.property(
      countries,
      separator,
      fc.constantFrom(...SERIES),
      (members, sep, [stage, year, basis]) => {
        const union = run(SHARE, [members.join(sep), stage, year, basis]);
        wellFormed(union);
        const parts = members.map((m) => numberOf(run(SHARE, [m, stage, year, basis])));
        if (parts.some((p) => p === undefined)) {
          expect(union.ok).toBe(false);
          expect(!union.ok && union.kind).toBe("notAvailable");
        } else {
          const sum = (parts as number[]).reduce((a, b) => a + b, 0);
          expect(numberOf(union)).toBeCloseTo(sum, 12);
        }
      }
    ),
    { numRuns: 300 }
  );
});

test("a supplier list's dependency for the US is the sum of its members', the US itself left out", () => {
  fc.assert(
    fc.property(
      countries,
      separator,
      fc.constantFrom("separation", "metal"),
      (members, sep, stage) => {
        const union = run(DEPENDENCY, [stage, members.join(sep), "US"]);
        wellFormed(union);
        const others = members.filter((m) => m !== "US");
        if (others.length === 0) return expect(!union.ok && union.kind).toBe("invalid");
        const parts = others.map((m) => numberOf(run(DEPENDENCY, [stage, m, "US"])));
        if (parts.some((p) => p === undefined))
          expect(!union.ok && union.kind).toBe("notAvailable");
        else
          expect(numberOf(union)).toBeCloseTo(
            (parts as number[]).reduce((a, b) => a + b, 0),
            12
          );
      }
    ),
    { numRuns: 200 }
  );
});

test("any mix of countries and groups: no crash and no silent 0 in SHARE, DEPENDENCY and their histories", () => {
  fc.assert(
    fc.property(
      places,
      separator,
      fc.constantFrom(...STAGES),
      fc.constantFrom(undefined, 2020, 2023, 2024, 2025),
      fc.constantFrom("US", "WORLD", "US+Japan", "allied"),
      (parts, sep, stage, year, consumer) => {
        const where = parts.join(sep);
        wellFormed(run(SHARE, [where, stage, year]));
        wellFormed(run(DEPENDENCY, [stage, where, consumer, year]));
        const history = run(HISTORY, ["SHARE", [where, stage]]);
        if (history.ok)
          for (const row of (history.value as (string | number)[][]).slice(1))
            if (row[1] === 0) expect(row[2]).not.toBe("");
      }
    ),
    { numRuns: 150 }
  );
});
