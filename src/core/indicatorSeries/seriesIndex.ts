import type { StageId } from "../../data/schema";
import type { CitedRecord } from "../_lib/basis";
import { lazyIndex } from "../_lib/lazyIndex";
import { editionRank } from "../supplyShare/shareIndex";

/** One figure of a series: a year (null for a period the source names in words) and its record. */
export interface SeriesPoint {
  readonly year: number | null;
  readonly value: number | null;
  readonly unit: string;
  readonly name: string;
  readonly record: CitedRecord;
}

/** The figures of one measure for one country (and partner) on one material: the stages it covers. */
export interface IndicatorSeries {
  readonly stages: readonly StageId[];
  /** Latest year first; a point without a year last. */
  readonly points: readonly SeriesPoint[];
}

/** Key of the series map: a measure, a country and, for import sources, a partner. */
export function seriesKey(measure: string, country: string, partner?: string): string {
  return JSON.stringify([measure, country, partner ?? null]);
}

/**
 * Every series the functions can read by field: the indicators with a `measure` (records a later edition
 * supersedes left out), and mine production from the production table as the "production" of the mining
 * stage (the latest edition for each year, as USGS revises earlier years).
 */
export const seriesIndex = lazyIndex((dataset): ReadonlyMap<string, readonly IndicatorSeries[]> => {
  const grouped = new Map<string, Map<string, { stages: StageId[]; points: SeriesPoint[] }>>();
  const add = (key: string, stages: StageId[], point: SeriesPoint) => {
    const byStages =
      grouped.get(key) ?? new Map<string, { stages: StageId[]; points: SeriesPoint[] }>();
    grouped.set(key, byStages);
    const held = byStages.get(stages.join("+")) ?? { stages, points: [] };
    byStages.set(stages.join("+"), held);
    held.points.push(point);
  };
  for (const r of dataset.indicators) {
    if (r.measure === undefined || r.country === undefined || r.supersededBy !== undefined)
      continue;
    add(seriesKey(r.measure, r.country, r.partner), [...(r.stages ?? [])], {
      year: r.year,
      value: r.value,
      unit: r.unit,
      name: r.name,
      record: r,
    });
  }
  const names = new Map(dataset.countries.map((c) => [c.code, c.name]));
  const latestEdition = new Map<string, { rank: number; point: SeriesPoint; country: string }>();
  for (const r of dataset.production) {
    if (r.stage !== "mining" || r.country === "WORLD") continue;
    const rank = editionRank(r);
    const key = `${r.country}|${r.year}`;
    const held = latestEdition.get(key);
    if (held && held.rank >= rank) continue;
    latestEdition.set(key, {
      rank,
      country: r.country,
      point: {
        year: r.year,
        value: r.value,
        unit: r.unit,
        name: `${names.get(r.country) ?? r.country} mine production (${r.edition})`,
        record: r,
      },
    });
  }
  for (const { country, point } of latestEdition.values())
    add(seriesKey("production", country), ["mining"], point);
  const index = new Map<string, IndicatorSeries[]>();
  for (const [key, byStages] of grouped)
    index.set(
      key,
      [...byStages.values()].map((s) => ({
        stages: s.stages,
        points: s.points.sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity)),
      }))
    );
  return index;
});
