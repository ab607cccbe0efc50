import type { Production, Share, StageId, ValidatedDataset } from "../../data/schema";
import { confidenceRank } from "../_lib/confidence";
import { compareDates } from "../_lib/dates";
import { lazyIndex, pushTo } from "../_lib/lazyIndex";

/** One edition's figures for a stage and year: the world total and each country's. */
export interface ProductionEdition {
  readonly edition: string;
  readonly world?: Production;
  readonly byCountry: ReadonlyMap<string, Production>;
}

/** The shares one report gives for a stage and year (same sources, same scenario). */
export interface ShareReport {
  readonly projection?: string;
  readonly shares: readonly Share[];
  /** Sum of the reported country shares (fraction): below 1 means producers are missing. */
  readonly coverage: number;
}

/** Years with data for a stage: observed ones and projection years. Both ascending. */
export interface StageYears {
  readonly observed: readonly number[];
  readonly projected: readonly number[];
}

/** What share and concentration questions look up: production editions, share records and their years. */
export interface ShareIndex {
  /** Production editions by `stageYearKey(stage, year)`, latest edition first. */
  readonly production: ReadonlyMap<string, readonly ProductionEdition[]>;
  /**
   * Share records by `shareKey(stage, country, year)`: observed before projections, then the most
   * confident, then the latest.
   */
  readonly shares: ReadonlyMap<string, readonly Share[]>;
  /** Share reports by `stageYearKey(stage, year)`: observed first, then the widest coverage. */
  readonly shareReports: ReadonlyMap<string, readonly ShareReport[]>;
  /** Years with a share (computed from production or reported) per stage. */
  readonly stageYears: ReadonlyMap<StageId, StageYears>;
  /** Years with a share per `stageCountryKey(stage, country)`, ascending. */
  readonly countryYears: ReadonlyMap<string, readonly number[]>;
  /** Countries with a share at a stage, in the order first met. */
  readonly stageCountries: ReadonlyMap<StageId, readonly string[]>;
  /**
   * Each stage's default basis: the basis of its observed shares with the most years (production counts as
   * "total REO mined"), so that a column of years is one series unless the caller asks for another.
   */
  readonly defaultBasis: ReadonlyMap<StageId, string>;
  /** Every basis, edition and scenario a share can be asked for by (the `basis` argument's vocabulary). */
  readonly bases: readonly string[];
}

/** The basis of every production-derived share (USGS mine production is total rare-earth oxide mined). */
export const PRODUCTION_BASIS = "total REO mined";

/** What a share record counts, "unstated basis" for records of datasets older than 2.0.0. */
export function basisOfShare(share: Share): string {
  return share.basis ?? "unstated basis";
}

/** Key of the production and share-report maps: a stage and a year. */
export function stageYearKey(stage: StageId, year: number): string {
  return `${stage}|${year}`;
}

/** Key of the share map. */
export function shareKey(stage: StageId, country: string, year: number): string {
  return `${stage}|${country}|${year}`;
}

/** Key of the country-years map. */
export function stageCountryKey(stage: StageId, country: string): string {
  return `${stage}|${country}`;
}

/**
 * Latest publication year named in an edition ("USGS MCS 2025" → 2025); editions without a year
 * rank by the record's asOf year.
 */
const EDITION_YEAR = /(?:19|20)\d\d/g;

export function editionRank(record: Production): number {
  const years = record.edition.match(EDITION_YEAR);
  return years ? Math.max(...years.map(Number)) : Number(record.asOf.slice(0, 4));
}

function addYear(map: Map<string, Set<number>>, key: string, year: number): void {
  const set = map.get(key);
  if (set) set.add(year);
  else map.set(key, new Set([year]));
}

const ascending = (a: number, b: number) => a - b;

function indexProduction(dataset: ValidatedDataset) {
  const grouped = new Map<string, Map<string, { rank: number; records: Production[] }>>();
  for (const record of dataset.production) {
    const key = stageYearKey(record.stage, record.year);
    const editions = grouped.get(key) ?? new Map<string, { rank: number; records: Production[] }>();
    grouped.set(key, editions);
    const edition = editions.get(record.edition) ?? { rank: editionRank(record), records: [] };
    editions.set(record.edition, edition);
    edition.records.push(record);
  }
  const production = new Map<string, ProductionEdition[]>();
  for (const [key, editions] of grouped) {
    const ordered = [...editions.entries()]
      .sort(([, a], [, b]) => b.rank - a.rank)
      .map(([edition, { records }]) => {
        const byCountry = new Map<string, Production>();
        for (const r of records)
          if (r.country !== "WORLD" && r.value !== null) byCountry.set(r.country, r);
        const world = records.find((r) => r.country === "WORLD" && r.value !== null && r.value > 0);
        return world ? { edition, world, byCountry } : { edition, byCountry };
      });
    production.set(key, ordered);
  }
  return production;
}

function indexShares(dataset: ValidatedDataset) {
  const shares = new Map<string, Share[]>();
  const reports = new Map<string, Map<string, Share[]>>();
  for (const s of dataset.shares) {
    if (s.value === null) continue;
    pushTo(shares, shareKey(s.stage, s.country, s.year), s);
    if (s.country === "WORLD") continue;
    const key = stageYearKey(s.stage, s.year);
    const byReport = reports.get(key) ?? new Map<string, Share[]>();
    reports.set(key, byReport);
    pushTo(byReport, `${s.projection ?? ""}|${s.sourceIds.join(",")}`, s);
  }
  for (const list of shares.values())
    list.sort(
      (a, b) =>
        Number(a.projection !== undefined) - Number(b.projection !== undefined) ||
        confidenceRank(b.confidence) - confidenceRank(a.confidence) ||
        compareDates(b.asOf, a.asOf)
    );
  const shareReports = new Map<string, ShareReport[]>();
  for (const [key, byReport] of reports) {
    const list = [...byReport.values()].map((group): ShareReport => {
      const coverage = group.reduce((sum, s) => sum + (s.value ?? 0), 0);
      const projection = group[0].projection;
      return projection === undefined
        ? { shares: group, coverage }
        : { projection, shares: group, coverage };
    });
    list.sort(
      (a, b) =>
        Number(a.projection !== undefined) - Number(b.projection !== undefined) ||
        b.shares.length - a.shares.length ||
        b.coverage - a.coverage
    );
    shareReports.set(key, list);
  }
  return { shares, shareReports };
}

/** Years and countries for which a share can be given, from production (mining) and share records. */
function indexShareCoverage(
  dataset: ValidatedDataset,
  production: ReadonlyMap<string, readonly ProductionEdition[]>
) {
  const observed = new Map<string, Set<number>>();
  const projected = new Map<string, Set<number>>();
  const byCountry = new Map<string, Set<number>>();
  const countries = new Map<StageId, Set<string>>();
  const note = (stage: StageId, country: string, year: number, projection: boolean) => {
    addYear(projection ? projected : observed, stage, year);
    addYear(byCountry, stageCountryKey(stage, country), year);
    const set = countries.get(stage) ?? new Set<string>();
    countries.set(stage, set);
    set.add(country);
  };
  for (const [key, editions] of production) {
    const [stage, year] = key.split("|") as [StageId, string];
    for (const e of editions)
      if (e.world)
        for (const country of e.byCountry.keys()) note(stage, country, Number(year), false);
  }
  for (const s of dataset.shares)
    if (s.value !== null) note(s.stage, s.country, s.year, s.projection !== undefined);
  const sorted = (set: Set<number> | undefined) => [...(set ?? [])].sort(ascending);
  const stageYears = new Map<StageId, StageYears>();
  const stageCountries = new Map<StageId, string[]>();
  for (const stage of dataset.stages) {
    const seen = observed.get(stage.id);
    stageYears.set(stage.id, {
      observed: sorted(seen),
      projected: sorted(projected.get(stage.id)).filter((y) => !seen?.has(y)),
    });
    stageCountries.set(stage.id, [...(countries.get(stage.id) ?? [])]);
  }
  const countryYears = new Map<string, number[]>();
  for (const [key, years] of byCountry) countryYears.set(key, sorted(years));
  return { stageYears, countryYears, stageCountries };
}

/** The basis with the most observed years per stage; ties go to the basis with the latest year. */
function indexBases(
  dataset: ValidatedDataset,
  production: ReadonlyMap<string, readonly ProductionEdition[]>
) {
  const years = new Map<string, Set<number>>();
  for (const [key, editions] of production)
    if (editions.some((e) => e.world))
      addYear(years, `${key.split("|")[0]}|${PRODUCTION_BASIS}`, Number(key.split("|")[1]));
  const vocabulary = new Set<string>([PRODUCTION_BASIS]);
  for (const editions of production.values()) for (const e of editions) vocabulary.add(e.edition);
  for (const s of dataset.shares) {
    vocabulary.add(basisOfShare(s));
    if (s.edition) vocabulary.add(s.edition);
    if (s.projection) vocabulary.add(s.projection);
    if (s.value !== null && s.projection === undefined)
      addYear(years, `${s.stage}|${basisOfShare(s)}`, s.year);
  }
  const defaultBasis = new Map<StageId, string>();
  const best = new Map<StageId, { count: number; latest: number }>();
  for (const [key, set] of years) {
    const [stage, basis] = key.split("|") as [StageId, string];
    const score = { count: set.size, latest: Math.max(...set) };
    const held = best.get(stage);
    if (
      !held ||
      score.count > held.count ||
      (score.count === held.count && score.latest > held.latest)
    ) {
      best.set(stage, score);
      defaultBasis.set(stage, basis);
    }
  }
  return { defaultBasis, bases: [...vocabulary] };
}

export const shareIndex = lazyIndex((dataset): ShareIndex => {
  const production = indexProduction(dataset);
  return {
    production,
    ...indexShares(dataset),
    ...indexShareCoverage(dataset, production),
    ...indexBases(dataset, production),
  };
});
