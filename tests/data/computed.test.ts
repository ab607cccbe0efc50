/**
 * Every record whose value is arithmetic on cited inputs (`computed`) is recomputed here from those inputs:
 * from the other fields of the record (ranges, CNY quotes), from other records (production for shares and
 * HHIs, element factors for blends) or from the numbers the `computed` text itself names (pounds to kilograms,
 * tonnes per unit). A computed record no rule recognises fails the test, so none goes unchecked.
 */
import dataset from "../../src/data/dataset.json";
import type { DatasetShape } from "../../src/data/schema";

const data = dataset as unknown as DatasetShape;

/** A number as the computed texts write them: "5,200", "0.4536", "1,000,000". */
function num(text: string): number {
  return Number(text.replace(/,/g, ""));
}

/** Numbers in a text, in order. */
function numbers(text: string): number[] {
  return (text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map(num);
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));
const digitsOf = (value: number) => (String(value).split(".")[1] ?? "").length;

interface Computed {
  readonly table: string;
  readonly record: Record<string, any>;
}

/** Checks one computed record; returns false when no rule applies. */
type Rule = (c: Computed) => boolean;

const midpoint: Rule = ({ record }) => {
  if (!/value = midpoint of (the converted )?low–high/.test(record.computed)) return false;
  expect(record.value).toBeCloseTo((record.low + record.high) / 2, 2);
  return true;
};

const fx: Rule = ({ record }) => {
  if (!record.computed.startsWith("converted at 7.2 CNY/USD")) return false;
  const q = record.quoted;
  if (q.value !== null) expect(record.value).toBe(round(q.value / 7200, 2));
  else {
    expect(record.low).toBe(round(q.low / 7200, 2));
    expect(record.high).toBe(round(q.high / 7200, 2));
    expect(record.value).toBe(round((q.low + q.high) / 2 / 7200, 2));
  }
  return true;
};

const pounds: Rule = ({ record }) => {
  const m = /^([\d,]+) lb × 0\.4536 kg\/lb ≈ ([\d,]+) kg$/.exec(record.computed);
  if (!m) return false;
  expect(record.value).toBe(Math.round(num(m[1]) * 0.4536));
  expect(num(m[2])).toBe(record.value);
  return true;
};

/**
 * "270,000 ÷ 380,000 t REO (USGS MCS 2026, 2024) = 71.1%": both figures are production records, and the
 * percentage the text shows is the same ratio to one decimal.
 */
const shareOfProduction: Rule = ({ table, record }) => {
  const m = /^([\d,]+) ÷ ([\d,]+) t REO \((USGS MCS \d{4}), (\d{4})e?\) = ([\d.]+)%/.exec(
    record.computed
  );
  if (table !== "shares" || !m) return false;
  const rows = data.production.filter((p) => p.edition === m[3] && p.year === Number(m[4]));
  expect(rows.find((p) => p.country === record.country)?.value).toBe(num(m[1]));
  expect(rows.find((p) => p.country === "WORLD")?.value).toBe(num(m[2]));
  expect(record.value).toBe(round(num(m[1]) / num(m[2]), digitsOf(record.value)));
  expect(m[5]).toBe(((num(m[1]) / num(m[2])) * 100).toFixed(1));
  return true;
};

/** Σ(share %)² over an edition's listed 2024 producers, on the world total or on their own sum. */
const hhiOfProduction: Rule = ({ record }) => {
  const m = /listed in (USGS MCS \d{4}) for (\d{4}), shares = country ÷ ([\d,]+) t/.exec(
    record.computed
  );
  if (!m) return false;
  const rows = data.production.filter(
    (p) => p.edition === m[1] && p.year === Number(m[2]) && p.country !== "WORLD"
  );
  const listed = rows.reduce((sum, p) => sum + (p.value as number), 0);
  const denominator = num(m[3]);
  const world = data.production.find(
    (p) => p.edition === m[1] && p.year === Number(m[2]) && p.country === "WORLD"
  );
  expect([listed, world?.value]).toContain(denominator);
  const hhi = rows.reduce((sum, p) => sum + (((p.value as number) / denominator) * 100) ** 2, 0);
  expect(Math.abs(hhi - record.value)).toBeLessThan(10);
  return true;
};

/** "92² + 5² + 1² (…) = 8,490": the squares of the named shares. */
const sumOfSquares: Rule = ({ record }) => {
  const m = /^(\d+)² \+ (\d+)² \+ (\d+)² .* = ([\d,]+)/.exec(record.computed);
  if (!m) return false;
  const [a, b, c] = [m[1], m[2], m[3]].map(Number);
  const shares = data.shares.filter(
    (s) => s.stage === "separation" && s.year === 2023 && s.projection === undefined
  );
  expect(shares.map((s) => Math.round((s.value as number) * 100)).sort((x, y) => y - x)).toEqual([
    a,
    b,
    c,
  ]);
  expect(a * a + b * b + c * c).toBe(num(m[4]));
  expect(record.value).toBe(num(m[4]));
  return true;
};

/** Element factors from the atomic weights the record names and its oxide formula. */
const elementFactor: Rule = ({ table, record }) => {
  if (table !== "elements") return false;
  const formula = /^([A-Z][a-z]?)(\d*)O(\d*)$/.exec(record.oxideFormula);
  if (!formula) throw new Error(`unreadable oxide formula ${record.oxideFormula}`);
  const n = Number(formula[2] || 1);
  const m = Number(formula[3] || 1);
  const metal = n * record.atomicWeight;
  const factor = metal / (metal + m * 15.999);
  expect(record.metalPerOxide).toBeCloseTo(factor, 3);
  expect(record.oxidePerMetal).toBeCloseTo(1 / factor, 3);
  expect(record.computed).toContain(`A(${record.symbol}) = ${record.atomicWeight}`);
  return true;
};

/** The 75:25 NdPr blend of the Nd2O3 and Pr6O11 factors. */
const blendFactor: Rule = ({ record }) => {
  if (record.id !== "ndpr-oxide-metal-factor") return false;
  const factor = (symbol: string) =>
    data.elements.find((e) => e.symbol === symbol)?.metalPerOxide as number;
  const nd = data.indicators.find((i) => i.id === "nd-share-of-ndpr")?.value as number;
  const pr = data.indicators.find((i) => i.id === "pr-share-of-ndpr")?.value as number;
  expect(round(nd * factor("Nd") + pr * factor("Pr"), 2)).toBe(record.value);
  return true;
};

/** "A − B − C = ~D": a residual of shares. */
const residual: Rule = ({ record }) => {
  const m = /^top-3 share (\d+)% − China (\d+)% − Malaysia (\d+)% = ~(\d+)%/.exec(record.computed);
  if (!m) return false;
  expect(Number(m[1]) - Number(m[2]) - Number(m[3])).toBe(Number(m[4]));
  expect(record.value).toBe(Number(m[4]) / 100);
  return true;
};

/** Programme totals: "$620M (Vulcan) + $80M (ReElement) = $700M", each part a programme record. */
const programmeSum: Rule = ({ table, record }) => {
  if (table !== "programmes") return false;
  const parts = [...record.computed.matchAll(/\$(\d+)M \(/g)].map((m) => Number(m[1]));
  expect(parts.reduce((a, b) => a + b, 0)).toBe(record.value);
  for (const part of parts) expect(data.programmes.some((p) => p.value === part)).toBe(true);
  return true;
};

/** Per-unit intensities stated as "X t … ÷ Y units" or "X kg ÷ Y". */
const perUnit: Rule = ({ table, record }) => {
  if (table !== "demandIntensities") return false;
  if (record.id === "hdd") {
    const [tonnes, millions] = numbers(record.computed);
    expect(round((tonnes * 1000) / (millions * 1e6), 3)).toBe(record.value);
    return true;
  }
  if (record.id === "ev-motor") {
    const [tonnes, motors] = numbers(record.computed);
    expect(round((tonnes * 1000) / motors, 1)).toBe(record.value);
    // 2,000 t/yr for 1–1.5 million motors: 1.33–2.0 kg per motor
    expect(round(2_000_000 / 1_500_000, 1)).toBe(record.low);
    expect(round(2_000_000 / 1_000_000, 1)).toBe(record.high);
    return true;
  }
  return false;
};

/** The increment of a plant over the capacity it includes: "~10,000 … minus ~1,000". */
const increment: Rule = ({ table, record }) => {
  const m = /~([\d,]+) t\/yr total .* minus ~([\d,]+) t\/yr/.exec(record.computed);
  if (table !== "capacity" || !m) return false;
  const independence = data.capacity.find((c) => c.id === "mp-independence");
  expect(independence?.value).toBe(num(m[2]));
  expect(num(m[1]) - num(m[2])).toBe(record.value);
  return true;
};

/**
 * Lead-time cases derived from dated observations: a case is either a number the text names
 * ("low = 4: …"), a difference of two years ("base = 2025 − 2022 = ~3") or the median of the observed set.
 */
const leadTimeCases: Rule = ({ table, record }) => {
  if (table !== "leadTimes") return false;
  for (const c of ["low", "base", "high"] as const) {
    if (record[c] === null) continue;
    const difference = new RegExp(`${c} = (\\d{4}) − (\\d{4}) = ~?(\\d+)`).exec(record.computed);
    const median = new RegExp(`${c} = median of [^{]*\\{([\\d, ]+)\\} = (\\d+)`).exec(
      record.computed
    );
    const stated = new RegExp(`${c} = (\\d+(?:\\.\\d+)?)\\b`).exec(record.computed);
    const shortest = new RegExp(`${c} = shortest observed \\([^)]*~(\\d+) y`).exec(record.computed);
    const longest = new RegExp(`${c} = longest observed \\([^)]*~(\\d+) y`).exec(record.computed);
    if (difference) {
      expect(Number(difference[1]) - Number(difference[2])).toBe(Number(difference[3]));
      expect(Number(difference[3])).toBe(record[c]);
    } else if (median) {
      const set = median[1]
        .split(",")
        .map(Number)
        .sort((a, b) => a - b);
      expect(set[Math.floor(set.length / 2)]).toBe(Number(median[2]));
      expect(Number(median[2])).toBe(record[c]);
    } else if (shortest ?? longest) expect(Number((shortest ?? longest)?.[1])).toBe(record[c]);
    else if (stated) expect(Number(stated[1])).toBe(record[c]);
    else return false;
  }
  return true;
};

const RULES: readonly Rule[] = [
  fx,
  midpoint,
  pounds,
  shareOfProduction,
  hhiOfProduction,
  sumOfSquares,
  elementFactor,
  blendFactor,
  residual,
  programmeSum,
  perUnit,
  increment,
  leadTimeCases,
];

const computedRecords: Computed[] = Object.entries(data).flatMap(([table, rows]) =>
  Array.isArray(rows)
    ? (rows as Record<string, any>[])
        .filter((r) => typeof r.computed === "string")
        .map((record) => ({ table, record }))
    : []
);

describe("every computed value recomputes from its inputs", () => {
  test("there are computed records in most tables", () => {
    expect(new Set(computedRecords.map((c) => c.table)).size).toBeGreaterThanOrEqual(7);
  });

  test.each(
    computedRecords.map(
      (c) =>
        [
          c.table,
          c.record.id ??
            c.record.symbol ??
            (c.table === "leadTimes" ? `${c.record.stage} ${c.record.scope}` : undefined) ??
            `${c.record.product ?? c.record.country} ${c.record.date ?? c.record.year ?? ""}`,
          c,
        ] as const
    )
  )("%s %s", (_table, _label, c) => {
    expect(RULES.some((rule) => rule(c))).toBe(true);
  });
});
