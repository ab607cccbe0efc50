import { excerpt } from "./excerpt";
import type { DatasetShape } from "./schema";
import { stageIds, TABLES } from "./tables";

/**
 * The cross-record rules: what a per-record schema cannot see. Each has a name that every issue it raises
 * carries, so that a refused dataset says which rule it broke.
 */
export type RuleName =
  | "sources-resolve"
  | "unique-keys"
  | "one-record-per-stage"
  | "unique-order"
  | "countries-resolve"
  | "elements-resolve"
  | "ranges-ordered"
  | "cases-ordered"
  | "shares-within-whole"
  | "links-resolve";

export interface RuleIssue {
  readonly rule: RuleName;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * The field that identifies a record, for every table whose registry key is one field (stages are left to
 * one-record-per-stage, which says more).
 */
const keyOf = new Map(
  TABLES.filter((t) => t.key.length === 1 && t.name !== "stages").map((t) => [t.name, t.key[0]])
);

/** Tables whose records carry `sourceIds`. */
const citedTables = TABLES.filter((t) => t.cited).map((t) => t.name);

const rangedTables = [
  "production",
  "reserves",
  "programmes",
  "prices",
  "demandIntensities",
  "capacity",
  "indicators",
  "shares",
  "stockpiles",
] as const;

/**
 * @summary Every cross-record rule the dataset breaks, in rule order.
 *
 * @description
 * sources-resolve: every `sourceIds` entry names a `sources[].id`. unique-keys: no two records of a table
 * share their id (code, symbol). one-record-per-stage: each stage of the chain appears exactly once.
 * unique-order: no two stages or gaps share a position. countries-resolve, elements-resolve: country codes
 * and element symbols name known records. ranges-ordered: low ≤ high. cases-ordered: lead-time cases
 * low ≤ base ≤ high. shares-within-whole: the shares of one stage, year, scenario and source add up to at
 * most 100% (0.01 points of rounding allowed). links-resolve: a group's membership gives a source for
 * exactly its members, a replacing group exists, and a suspension names measures that exist (or a measure
 * named in words), and an indicator's later edition exists. An indicator series has one current figure per
 * period (unique-keys). Source ids nested in memberships, plant output and suspension ends resolve as well.
 *
 * @param data - A dataset that passed the per-record schema.
 * @returns The issues, each naming its rule; empty when every rule holds.
 *
 * @example
 * crossRecordIssues(dataset)
 * //=> []
 */
export function crossRecordIssues(data: DatasetShape): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const raise = (rule: RuleName, path: (string | number)[], message: string) =>
    issues.push({ rule, path, message });
  const quoted = (value: unknown) => `"${excerpt(String(value))}"`;

  const sourceSet = new Set(data.sources.map((s) => s.id));
  for (const table of citedTables) {
    (data[table] as { sourceIds: string[] }[]).forEach((record, i) =>
      record.sourceIds.forEach((id, j) => {
        if (!sourceSet.has(id))
          raise("sources-resolve", [table, i, "sourceIds", j], `unknown source id ${quoted(id)}`);
      })
    );
  }

  for (const [table, key] of keyOf) {
    const seen = new Set<string>();
    (data[table] as Record<string, unknown>[]).forEach((record, i) => {
      const id = String(record[key]);
      if (seen.has(id)) raise("unique-keys", [table, i, key], `duplicate ${key} ${quoted(id)}`);
      seen.add(id);
    });
  }

  const nested: [(string | number)[], readonly string[]][] = [
    ...data.regions.flatMap((r, i) =>
      (r.membership ?? []).map((m, j): [(string | number)[], readonly string[]] => [
        ["regions", i, "membership", j, "sourceIds"],
        m.sourceIds,
      ])
    ),
    ...data.capacity.flatMap((p, i) =>
      (p.output ?? []).map((o, j): [(string | number)[], readonly string[]] => [
        ["capacity", i, "output", j, "sourceIds"],
        o.sourceIds,
      ])
    ),
    ...data.exportControls.flatMap((m, i): [(string | number)[], readonly string[]][] =>
      m.afterSuspension
        ? [[["exportControls", i, "afterSuspension", "sourceIds"], m.afterSuspension.sourceIds]]
        : []
    ),
  ];
  for (const [path, ids] of nested)
    ids.forEach((id, j) => {
      if (!sourceSet.has(id))
        raise("sources-resolve", [...path, j], `unknown source id ${quoted(id)}`);
    });

  const regionIds = new Set(data.regions.map((r) => r.id));
  data.regions.forEach((r, i) => {
    if (r.supersededBy !== undefined && !regionIds.has(r.supersededBy))
      raise(
        "links-resolve",
        ["regions", i, "supersededBy"],
        `unknown region id ${quoted(r.supersededBy)}`
      );
    if (r.membership === undefined) return;
    const listed = [...(r.members ?? [])].sort().join(",");
    const sourced = r.membership
      .map((m) => m.code)
      .sort()
      .join(",");
    if (listed !== sourced)
      raise(
        "links-resolve",
        ["regions", i, "membership"],
        "membership must give a source for exactly the codes in members"
      );
  });
  const measureIds = new Set(data.exportControls.map((m) => m.id));
  data.exportControls.forEach((m, i) => {
    if (m.suspendedBy !== undefined && !measureIds.has(m.suspendedBy))
      raise(
        "links-resolve",
        ["exportControls", i, "suspendedBy"],
        `unknown measure id ${quoted(m.suspendedBy)}`
      );
    // A suspended measure is a record of this table (by id) or a measure named in words.
    (m.suspends ?? []).forEach((s, j) => {
      if (!measureIds.has(s.measure) && !s.measure.includes(" "))
        raise(
          "links-resolve",
          ["exportControls", i, "suspends", j, "measure"],
          `unknown measure id ${quoted(s.measure)}`
        );
    });
  });

  const indicatorIds = new Set(data.indicators.map((r) => r.id));
  const seriesPoints = new Map<string, string>();
  data.indicators.forEach((r, i) => {
    if (r.supersededBy !== undefined && !indicatorIds.has(r.supersededBy))
      raise(
        "links-resolve",
        ["indicators", i, "supersededBy"],
        `unknown indicator id ${quoted(r.supersededBy)}`
      );
    if (r.measure === undefined || r.supersededBy !== undefined) return;
    // One current figure per point of a series, or a function would have to choose between two.
    const point = JSON.stringify([r.measure, r.country, r.partner, r.stages, r.year]);
    const held = seriesPoints.get(point);
    // A copy under the same id is the duplicate id reported above, not a second figure.
    if (held !== undefined && held !== r.id)
      raise(
        "unique-keys",
        ["indicators", i],
        `a second current ${r.measure} figure for one period`
      );
    seriesPoints.set(point, r.id);
  });

  const stagesSeen = new Set<string>();
  data.stages.forEach((s, i) => {
    if (stagesSeen.has(s.id))
      raise("one-record-per-stage", ["stages", i, "id"], `a second record for stage "${s.id}"`);
    stagesSeen.add(s.id);
  });
  for (const id of stageIds)
    if (!stagesSeen.has(id))
      raise("one-record-per-stage", ["stages"], `no record for stage "${id}"`);

  for (const table of ["stages", "gaps"] as const) {
    const orders = new Set<number>();
    data[table].forEach((record, i) => {
      if (orders.has(record.order))
        raise("unique-order", [table, i, "order"], `a second record at position ${record.order}`);
      orders.add(record.order);
    });
  }

  const countrySet = new Set(data.countries.map((c) => c.code));
  for (const table of ["production", "reserves", "shares", "capacity"] as const) {
    data[table].forEach((record, i) => {
      if (!countrySet.has(record.country))
        raise(
          "countries-resolve",
          [table, i, "country"],
          `unknown country code ${quoted(record.country)}`
        );
    });
  }
  data.indicators.forEach((r, i) =>
    (["country", "partner"] as const).forEach((field) => {
      const code = r[field];
      if (code !== undefined && !countrySet.has(code))
        raise(
          "countries-resolve",
          ["indicators", i, field],
          `unknown country code ${quoted(code)}`
        );
    })
  );
  data.stockpiles.forEach((r, i) => {
    if (!countrySet.has(r.country) && !regionIds.has(r.country))
      raise(
        "countries-resolve",
        ["stockpiles", i, "country"],
        `unknown country code or region id ${quoted(r.country)}`
      );
  });
  data.regions.forEach((r, i) =>
    [...(r.members ?? []), ...(r.excludes ?? [])].forEach((code) => {
      if (!countrySet.has(code))
        raise(
          "countries-resolve",
          ["regions", i, "members"],
          `unknown country code ${quoted(code)}`
        );
    })
  );

  const symbolSet = new Set(data.elements.map((e) => e.symbol));
  data.exportControls.forEach((m, i) =>
    m.elements.forEach((symbol, j) => {
      if (!symbolSet.has(symbol))
        raise(
          "elements-resolve",
          ["exportControls", i, "elements", j],
          `unknown element symbol ${quoted(symbol)}`
        );
    })
  );

  for (const table of rangedTables) {
    (data[table] as { low?: number; high?: number }[]).forEach((r, i) => {
      if (r.low !== undefined && r.high !== undefined && r.low > r.high)
        raise("ranges-ordered", [table, i, "low"], "low is above high");
    });
  }
  data.leadTimes.forEach((t, i) => {
    const cases = [t.low, t.base, t.high].filter((v): v is number => v !== null);
    if (cases.some((v, k) => k > 0 && v < cases[k - 1]))
      raise("cases-ordered", ["leadTimes", i], "cases must be ordered low <= base <= high");
  });

  const shareTotals = new Map<string, { total: number; label: string }>();
  for (const s of data.shares) {
    if (s.country === "WORLD" || s.value === null) continue;
    // JSON of the parts is a collision-free key: no separator inside a part can fake another group.
    const key = JSON.stringify([s.stage, s.year, s.projection ?? null, s.sourceIds]);
    const label = `${s.stage} ${s.year}${s.projection ? ` (${excerpt(s.projection)})` : ""}`;
    const group = shareTotals.get(key) ?? { total: 0, label };
    group.total += s.value;
    shareTotals.set(key, group);
  }
  for (const { total, label } of shareTotals.values()) {
    if (total > 1.0001)
      raise(
        "shares-within-whole",
        ["shares"],
        `shares for ${label} from one source add up to ${(total * 100).toFixed(1)}%, more than the whole`
      );
  }
  return issues;
}
