/**
 * Property tests of the modelling kit over random regions, project ranges and histories: no crash, no
 * silent 0 (every answer of 0 would come from a record that says zero, and none of these does), and the
 * monotonicity a model must have: more capacity (an extra plant, a bigger region) never makes capacity
 * lower or independence later.
 */
import fc from "fast-check";
import { run } from "../../src/functions/spec";
import { CAPACITY, HISTORY, INDEPENDENCEPROB, INDEPENDENCEYEAR } from "../../src/functions/specs";

const PLACES = [
  "US",
  "Japan",
  "Korea",
  "Vietnam",
  "allied",
  "non-China",
  "Estonia",
  "Germany",
  "UK",
  "G7",
  "Quad",
];
const STAGES = ["mining", "separation", "metal", "magnet", "recycling"];
const STATUSES = [null, "running", "committed", "planned"];

const region = fc.uniqueArray(fc.constantFrom(...PLACES), { minLength: 1, maxLength: 4 });
const plant = fc.tuple(
  fc.constantFrom("P1", "P2", "P3"),
  fc.constantFrom(...PLACES.slice(0, 4), "Estonia"),
  fc.constantFrom(...STAGES),
  fc.integer({ min: 1, max: 20000 }),
  fc.integer({ min: 2020, max: 2030 }),
  fc.constantFrom(null, "operating", "planned", "construction")
);
const plants = fc.array(plant, { minLength: 1, maxLength: 4 });

function value(result: ReturnType<typeof run>): number | undefined {
  return result.ok && typeof result.value === "number" ? result.value : undefined;
}

test("a union's capacity is at least each part's, and never a silent 0", () => {
  fc.assert(
    fc.property(
      region,
      fc.constantFrom(...STAGES),
      fc.integer({ min: 2020, max: 2029 }),
      fc.constantFrom(...STATUSES),
      (parts, stage, year, status) => {
        const union = run(CAPACITY, [parts.join("+"), stage, year, status]);
        if (union.ok) expect(union.value).toBeGreaterThan(0);
        for (const part of parts) {
          const alone = value(run(CAPACITY, [part, stage, year, status]));
          if (alone !== undefined) expect(value(union)).toBeGreaterThanOrEqual(alone);
        }
      }
    ),
    { numRuns: 300 }
  );
});

test("extra plants never lower capacity nor make independence later", () => {
  fc.assert(
    fc.property(
      region,
      fc.constantFrom(...STAGES),
      plants,
      fc.integer({ min: 100, max: 40000 }),
      fc.constantFrom(...STATUSES),
      (parts, stage, rows, demand, status) => {
        const where = parts.join(", ");
        const without = run(CAPACITY, [where, stage, 2028, status]);
        const withOwn = run(CAPACITY, [where, stage, 2028, status, rows]);
        if (withOwn.ok) expect(withOwn.value).toBeGreaterThan(0);
        if (without.ok) expect(value(withOwn)).toBeGreaterThanOrEqual(without.value as number);
        const before = run(INDEPENDENCEYEAR, [where, stage, demand, 2025, null, status]);
        const after = run(INDEPENDENCEYEAR, [where, stage, demand, 2025, null, status, rows]);
        if (before.ok) expect(value(after)).toBeLessThanOrEqual(before.value as number);
      }
    ),
    { numRuns: 300 }
  );
});

test("a history is ascending, one row per period, and never holds a 0 without a record", () => {
  const call = fc.oneof(
    fc.tuple(
      fc.constant("SHARE"),
      fc.constantFrom("China", "US", "Australia", "Myanmar"),
      fc.constantFrom(...STAGES)
    ),
    fc.tuple(fc.constant("HHI"), fc.constantFrom(...STAGES)),
    fc.tuple(
      fc.constant("CAPACITY"),
      region.map((r) => r.join("+")),
      fc.constantFrom(...STAGES)
    ),
    fc.tuple(
      fc.constant("DEPENDENCY"),
      fc.constantFrom(...STAGES),
      fc.constant("China"),
      fc.constantFrom("US", "WORLD")
    ),
    fc.tuple(
      fc.constant("PRICE"),
      fc.constantFrom("NdPr", "Dy", "Tb"),
      fc.constantFrom("oxide", "metal")
    )
  );
  fc.assert(
    fc.property(call, ([name, ...args]) => {
      const history = run(HISTORY, [name, args]);
      if (!history.ok) return;
      const [header, ...rows] = history.value as (string | number)[][];
      expect(header).toEqual([expect.any(String), `RE.${name}`, "source"]);
      expect(rows.length).toBeGreaterThan(0);
      for (let i = 1; i < rows.length; i++)
        expect(String(rows[i][0]) > String(rows[i - 1][0])).toBe(true);
      for (const row of rows) if (row[1] === 0) expect(row[2]).not.toBe("");
    }),
    { numRuns: 200 }
  );
});

test("a longer delay or a lower utilisation never makes independence earlier", () => {
  fc.assert(
    fc.property(
      region,
      fc.constantFrom(...STAGES),
      plants,
      fc.integer({ min: 100, max: 40000 }),
      fc.constantFrom(...STATUSES),
      fc.integer({ min: 0, max: 5 }),
      fc.integer({ min: 0, max: 5 }),
      fc.double({ min: 0.1, max: 1, noNaN: true }),
      (parts, stage, rows, demand, status, d1, d2, utilisation) => {
        const [short, long] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const at = (delay: number, u: number) =>
          value(
            run(INDEPENDENCEYEAR, [
              parts.join("+"),
              stage,
              demand,
              2025,
              null,
              status,
              rows,
              delay,
              u,
            ])
          );
        const early = at(short, 1);
        const late = at(long, 1);
        const lower = at(short, utilisation);
        if (late !== undefined) expect(early).toBeLessThanOrEqual(late);
        if (lower !== undefined) expect(early).toBeLessThanOrEqual(lower);
        const capacity = run(CAPACITY, [
          parts.join("+"),
          stage,
          2028,
          status,
          rows,
          long,
          utilisation,
        ]);
        if (capacity.ok) expect(capacity.value).toBeGreaterThan(0);
      }
    ),
    { numRuns: 200 }
  );
});

test("a later lead-time case never makes independence earlier nor capacity higher", () => {
  const CASES = ["low", "base", "high"] as const;
  fc.assert(
    fc.property(
      region,
      fc.constantFrom(...STAGES, "separation>metal>magnet", "mining>separation"),
      plants,
      fc.integer({ min: 100, max: 40000 }),
      fc.constantFrom(...STATUSES),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 2025, max: 2029 }),
      (parts, stage, rows, demand, status, delay, year) => {
        const where = parts.join("+");
        const years = CASES.map((c) =>
          run(INDEPENDENCEYEAR, [where, stage, demand, 2025, null, status, rows, delay, null, c])
        );
        // a case the stage's record lacks is #N/A for every year, never a silent base
        for (const result of years) if (!result.ok) expect(result.kind).not.toBe("invalid");
        for (let i = 1; i < CASES.length; i++) {
          const later = value(years[i]);
          if (later !== undefined && years[i - 1].ok)
            expect(value(years[i - 1])).toBeLessThanOrEqual(later);
        }
        if (stage.includes(">")) return;
        const capacities = CASES.map((c) =>
          value(run(CAPACITY, [where, stage, year, status, rows, delay, null, c]))
        );
        for (let i = 1; i < CASES.length; i++)
          if (capacities[i] !== undefined && capacities[i - 1] !== undefined)
            expect(capacities[i - 1]).toBeGreaterThanOrEqual(capacities[i] as number);
        expect(run(CAPACITY, [where, stage, year, status, rows, delay, null, "base"])).toEqual(
          run(CAPACITY, [where, stage, year, status, rows, delay])
        );
      }
    ),
    { numRuns: 200 }
  );
});

test("RE.INDEPENDENCEPROB is a probability, repeatable, and monotone in capacity, delay, year and odds", () => {
  // few trials keep the test quick: each plant has its own stream, so monotonicity holds trial by trial
  const TRIALS = 200;
  fc.assert(
    fc.property(
      region,
      fc.constantFrom(...STAGES, "separation>metal>magnet"),
      plants,
      fc.integer({ min: 100, max: 40000 }),
      fc.integer({ min: 2025, max: 2028 }),
      fc.integer({ min: 0, max: 3 }),
      fc.double({ min: 0.1, max: 1, noNaN: true }),
      fc.integer({ min: 0, max: 2 ** 32 - 1 }),
      (parts, stage, rows, demand, year, delay, utilisation, seed) => {
        const where = parts.join("+");
        const prob = (
          own: typeof rows | null,
          d: number,
          y: number,
          odds: (string | number)[][] | null = null
        ) =>
          run(INDEPENDENCEPROB, [
            where,
            stage,
            demand,
            2025,
            y,
            null,
            own,
            d,
            utilisation,
            odds,
            TRIALS,
            seed,
          ]);
        const base = prob(null, delay, year);
        if (!base.ok) {
          expect(base.kind).toBe("notAvailable");
          return;
        }
        const p = base.value as number;
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(prob(null, delay, year)).toEqual(base);
        const more = prob(rows, delay, year);
        if (more.ok) expect(more.value).toBeGreaterThanOrEqual(p);
        const later = prob(null, delay + 1, year);
        if (later.ok) expect(later.value).toBeLessThanOrEqual(p);
        const laterYear = prob(null, delay, year + 1);
        if (laterYear.ok) expect(laterYear.value).toBeGreaterThanOrEqual(p);
        const surer = prob(null, delay, year, [
          ["planned", 0.9],
          ["financing", 0.9],
        ]);
        if (surer.ok) expect(surer.value).toBeGreaterThanOrEqual(p);
      }
    ),
    { numRuns: 150 }
  );
});
