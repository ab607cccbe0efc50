import { confidenceRank } from "../core/_lib/confidence";
import { KeywordMap } from "../core/_lib/keywordMap";
import { marketRank } from "../core/_lib/markets";
import { normaliseKeyword } from "../core/_lib/normalise";
import { tableColumns, tableNames } from "./tables";
import type {
  CapacityProject,
  Country,
  DemandIntensity,
  Element,
  ExportControl,
  Gap,
  Indicator,
  LeadTime,
  Price,
  Production,
  Region,
  Share,
  Source,
  Stage,
  StageId,
  TableName,
  ValidatedDataset,
} from "./schema";

/** A country or a named group of countries, as capacity and dependency questions take them. */
export interface Territory {
  readonly kind: "country" | "region";
  /** Country code or region id. */
  readonly id: string;
  readonly name: string;
  /** The region record, for citing the membership convention; absent for a country. */
  readonly region?: Region;
  /** Whether a country code belongs to the territory. */
  includes(code: string): boolean;
}

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

/** Lookup maps built once per dataset so that no calculation scans a table. */
export interface DatasetIndex {
  readonly sources: ReadonlyMap<string, Source>;
  /** Stage by id, name or alias. */
  readonly stages: KeywordMap<Stage>;
  /** Stages in chain order (mining first). */
  readonly chain: readonly Stage[];
  /** Country by code, name or alias. */
  readonly countries: KeywordMap<Country>;
  readonly countriesByCode: ReadonlyMap<string, Country>;
  /** Regions (by id, name, alias) and countries (by code, name, alias); regions win a shared keyword. */
  readonly territories: KeywordMap<Territory>;
  readonly regionKeywords: readonly string[];
  /** Element by symbol or name. */
  readonly elements: KeywordMap<Element>;
  readonly elementsBySymbol: ReadonlyMap<string, Element>;
  /** Demand intensity by id, application name or alias. */
  readonly applications: KeywordMap<DemandIntensity>;
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
  /** The preferred lead-time record by `leadTimeKey(stage, scope)`. */
  readonly leadTimes: ReadonlyMap<string, LeadTime>;
  /** Capacity projects listing each stage. */
  readonly capacity: ReadonlyMap<StageId, readonly CapacityProject[]>;
  /** Latest non-null start year in the capacity table: after it the pipeline is flat. */
  readonly capacityHorizon: number | null;
  /** Price product ("Nd", "NdPr", ...) by symbol, element name or product name. */
  readonly products: KeywordMap<string>;
  /** Prices by `priceKey(product, form)`: preferred market first, then latest date first. */
  readonly prices: ReadonlyMap<string, readonly Price[]>;
  /** Measures naming each element symbol, by effective date. */
  readonly exportControls: ReadonlyMap<string, readonly ExportControl[]>;
  /**
   * Rare-earth measures naming no element (technology bans, extraterritorial rules), by effective date;
   * measures of the same packages about other materials (superhard materials, battery items) are left out.
   */
  readonly technologyControls: readonly ExportControl[];
  /** Net import reliance by consumer country code, latest year first (ids `<cc>-net-import-reliance-<year>`). */
  readonly importReliance: ReadonlyMap<string, readonly Indicator[]>;
  /** Supplier's share of a consumer's imports by `importSourceKey` (ids `<cc>-import-source-<supplier>`). */
  readonly importSources: ReadonlyMap<string, Indicator>;
  readonly indicators: ReadonlyMap<string, Indicator>;
  /** The six gaps in their order. */
  readonly gaps: readonly Gap[];
  /** Table by name or alias ("pipeline" = capacity, "controls" = exportControls, ...). */
  readonly tables: KeywordMap<TableName>;
  /** Columns of each table in schema order. */
  readonly columns: ReadonlyMap<TableName, readonly string[]>;
  /** Number of records over all tables. */
  readonly recordCount: number;
  /**
   * Results the core has computed on this dataset, by function and arguments (see `memoised`): a cache,
   * not data. It lives here so that it is dropped with the snapshot it was computed from.
   */
  readonly memo: Map<string, unknown>;
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

/** Key of the lead-time map; `scope` is "any", "light", "heavy" or a country code. */
export function leadTimeKey(stage: StageId, scope: string): string {
  return `${stage}|${scope.toLowerCase()}`;
}

/** Key of the price map. */
export function priceKey(product: string, form: Price["form"]): string {
  return `${product}|${form}`;
}

/** Key of the import-source map. */
export function importSourceKey(consumer: string, supplier: string): string {
  return `${consumer}|${supplier}`;
}

/** Other names users give the tables: the task pane's and the docs' words for them. */
const TABLE_ALIASES: Readonly<Partial<Record<TableName, readonly string[]>>> = {
  sources: ["citations", "references"],
  elements: ["ree", "rare earths"],
  production: ["mine production", "mining"],
  shares: ["market shares"],
  leadTimes: ["lead times", "lead"],
  programmes: ["programs", "funding"],
  exportControls: ["controls", "export controls"],
  prices: ["price"],
  demandIntensities: ["demand", "intensities"],
  capacity: ["pipeline", "projects"],
};

/**
 * Latest publication year named in an edition ("USGS MCS 2025" → 2025); editions without a year
 * rank by the record's asOf year.
 */
const EDITION_YEAR = /(?:19|20)\d\d/g;

function editionRank(record: Production): number {
  const years = record.edition.match(EDITION_YEAR);
  return years ? Math.max(...years.map(Number)) : Number(record.asOf.slice(0, 4));
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addYear(map: Map<string, Set<number>>, key: string, year: number): void {
  const set = map.get(key);
  if (set) set.add(year);
  else map.set(key, new Set([year]));
}

const ascending = (a: number, b: number) => a - b;

function territoryOfCountry(country: Country): Territory {
  const code = country.code;
  return {
    kind: "country",
    id: code,
    name: country.name,
    includes: code === "WORLD" ? () => true : (other) => other === code,
  };
}

function territoryOfRegion(region: Region): Territory {
  const members = region.members ? new Set(region.members) : undefined;
  const excluded = new Set(region.excludes ?? []);
  return {
    kind: "region",
    id: region.id,
    name: region.name,
    region,
    includes: members
      ? (code) => members.has(code)
      : (code) => code !== "WORLD" && !excluded.has(code),
  };
}

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
        b.asOf.localeCompare(a.asOf)
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

/** Several estimates of one stage and scope: the most confident, then the most recent, is used. */
function indexLeadTimes(dataset: ValidatedDataset) {
  const leadTimes = new Map<string, LeadTime>();
  for (const record of dataset.leadTimes) {
    const key = leadTimeKey(record.stage, record.scope);
    const held = leadTimes.get(key);
    const better =
      !held ||
      confidenceRank(record.confidence) > confidenceRank(held.confidence) ||
      (record.confidence === held.confidence && record.asOf > held.asOf);
    if (better) leadTimes.set(key, record);
  }
  return leadTimes;
}

const SYMBOL = /[A-Z][a-z]?/g;

function indexProducts(dataset: ValidatedDataset, elements: ReadonlyMap<string, Element>) {
  const products = new KeywordMap<string>();
  for (const e of dataset.elements) products.add(e.symbol, [e.symbol, e.name]);
  for (const p of new Set(dataset.prices.map((price) => price.product))) {
    const symbols = p.match(SYMBOL) ?? [];
    const isBlend =
      symbols.length === 2 && symbols.join("") === p && symbols.every((s) => elements.has(s));
    // "NdPr" and "PrNd" name the same didymium oxide: trade sources use both orders.
    products.add(p, isBlend ? [p, symbols[1] + symbols[0]] : [p]);
  }
  return products;
}

function indexPrices(dataset: ValidatedDataset) {
  const prices = new Map<string, Price[]>();
  for (const p of dataset.prices)
    if (p.value !== null) pushTo(prices, priceKey(p.product, p.form), p);
  for (const list of prices.values())
    list.sort(
      (a, b) => marketRank(a.market) - marketRank(b.market) || b.date.localeCompare(a.date)
    );
  return prices;
}

/** Whether a measure's own words put it on rare earths (and do not say it is about something else). */
function concernsRareEarths(measure: ExportControl): boolean {
  const text = normaliseKeyword(`${measure.measure} ${measure.scope}`);
  return text.includes("rareearth") && !text.includes("notrareearth");
}

function indexExportControls(dataset: ValidatedDataset) {
  const byEffective = [...dataset.exportControls].sort((a, b) =>
    a.effective.localeCompare(b.effective)
  );
  const byElement = new Map<string, ExportControl[]>();
  for (const m of byEffective) for (const symbol of m.elements) pushTo(byElement, symbol, m);
  const technology = byEffective.filter((m) => m.elements.length === 0 && concernsRareEarths(m));
  return { byElement, technology };
}

const RELIANCE_ID = /^([a-z]{2})-net-import-reliance-(\d{4})$/;
const IMPORT_SOURCE_ID = /^([a-z]{2})-import-source-([a-z]{2})$/;

/** Import-dependency indicators, found by the id convention of the `indicators` table. */
function indexImports(dataset: ValidatedDataset) {
  const importReliance = new Map<string, Indicator[]>();
  const importSources = new Map<string, Indicator>();
  for (const indicator of dataset.indicators) {
    if (indicator.value === null) continue;
    const reliance = RELIANCE_ID.exec(indicator.id);
    if (reliance) pushTo(importReliance, reliance[1].toUpperCase(), indicator);
    const source = IMPORT_SOURCE_ID.exec(indicator.id);
    if (source)
      importSources.set(
        importSourceKey(source[1].toUpperCase(), source[2].toUpperCase()),
        indicator
      );
  }
  for (const list of importReliance.values()) list.sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
  return { importReliance, importSources };
}

function indexTables() {
  const tables = new KeywordMap<TableName>();
  const columns = new Map<TableName, readonly string[]>();
  for (const name of tableNames) {
    tables.add(name, [name, ...(TABLE_ALIASES[name] ?? [])]);
    columns.set(name, tableColumns(name));
  }
  return { tables, columns };
}

/** Builds every lookup the core needs, once per validated dataset. */
export function buildIndex(dataset: ValidatedDataset): DatasetIndex {
  const chain = [...dataset.stages].sort((a, b) => a.order - b.order);
  const stages = new KeywordMap<Stage>();
  for (const s of chain) stages.add(s, [s.id, s.name, ...s.aliases]);

  const countries = new KeywordMap<Country>();
  const territories = new KeywordMap<Territory>();
  for (const r of dataset.regions)
    territories.add(territoryOfRegion(r), [r.id, r.name, ...r.aliases]);
  for (const c of dataset.countries) {
    countries.add(c, [c.code, c.name, ...c.aliases]);
    territories.add(territoryOfCountry(c), [c.code, c.name, ...c.aliases]);
  }

  const elements = new KeywordMap<Element>();
  for (const e of dataset.elements) elements.add(e, [e.symbol, e.name]);
  const elementsBySymbol = new Map(dataset.elements.map((e) => [e.symbol, e]));

  const applications = new KeywordMap<DemandIntensity>();
  for (const d of dataset.demandIntensities)
    applications.add(d, [d.id, d.application, ...d.aliases]);

  const production = indexProduction(dataset);
  const { shares, shareReports } = indexShares(dataset);
  const coverage = indexShareCoverage(dataset, production);

  const capacity = new Map<StageId, CapacityProject[]>();
  for (const p of dataset.capacity)
    for (const stage of new Set(p.stages)) pushTo(capacity, stage, p);
  const starts = dataset.capacity.flatMap((p) => (p.startYear === null ? [] : [p.startYear]));

  const controls = indexExportControls(dataset);
  const { tables, columns } = indexTables();

  return {
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    stages,
    chain,
    countries,
    countriesByCode: new Map(dataset.countries.map((c) => [c.code, c])),
    territories,
    regionKeywords: dataset.regions.map((r) => r.id),
    elements,
    elementsBySymbol,
    applications,
    production,
    shares,
    shareReports,
    ...coverage,
    leadTimes: indexLeadTimes(dataset),
    capacity,
    capacityHorizon: starts.length > 0 ? Math.max(...starts) : null,
    products: indexProducts(dataset, elementsBySymbol),
    prices: indexPrices(dataset),
    exportControls: controls.byElement,
    technologyControls: controls.technology,
    ...indexImports(dataset),
    indicators: new Map(dataset.indicators.map((i) => [i.id, i])),
    gaps: [...dataset.gaps].sort((a, b) => a.order - b.order),
    tables,
    columns,
    recordCount: tableNames.reduce((n, t) => n + dataset[t].length, 0),
    memo: new Map(),
  };
}
