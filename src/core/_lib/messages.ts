/**
 * Every text the core shows a user: failure messages, basis labels and notes, status texts. Keeping them
 * in one file keeps their wording consistent and lets them be reviewed (or translated) in one place.
 * Messages say what was wrong and what is accepted; notes say what a figure rests on. Failures stay data
 * (a code and its params) until `failureText`, at the end of this file, puts them in words.
 */
import type {
  CapacityOutput,
  CapacityProject,
  DemandIntensity,
  Element,
  ExportControl,
  Indicator,
  Price,
  Region,
  Stockpile,
} from "../../data/schema";
import type { Basis, Failure } from "./outcome";

/**
 * A figure in a text: at most four decimals, thousands separated by commas ("390,000", "0.8574").
 * Written by hand because basis texts are built on every first call with new arguments, and
 * `Intl.NumberFormat` costs about a microsecond per number, several times the rest of the calculation.
 */
function num(value: number, decimals = 4): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return String(value);
  const scale = 10 ** decimals;
  const rounded = Math.round(value * scale) / scale;
  const [whole, fraction] = String(Math.abs(rounded)).split(".");
  let grouped = whole;
  for (let i = whole.length - 3; i > 0; i -= 3)
    grouped = `${grouped.slice(0, i)},${grouped.slice(i)}`;
  return `${rounded < 0 ? "-" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

/** A fraction as a percent with one decimal ("69.2%"). */
function pct(fraction: number): string {
  return `${num(fraction * 100, 1)}%`;
}

/** "2023, 2024" or "none". */
function list(items: readonly (string | number | null)[]): string {
  const shown = items.filter((i) => i !== null);
  return shown.length > 0 ? shown.join(", ") : "none";
}

/**
 * What each failure code's text needs (read-only once in a failure): `fail` is checked against it, and so
 * is each renderer below. One entry per code; the codes are the renderers' names.
 */
export interface FailureParams {
  readonly unknownKeyword: { what: string; given: string; accepted: readonly string[] };
  readonly unknownScope: {
    given: string;
    classes: readonly string[];
    countries: readonly string[];
  };
  readonly unknownRegion: {
    given: string;
    regions: readonly string[];
    countries: readonly string[];
  };
  readonly emptyChainLink: { text: string };
  readonly emptyRegionListItem: { text: string };
  readonly notFiniteNumber: { what: string; value: number };
  readonly numberOutOfRange: { what: string; value: number; min: number; max: number };
  readonly numberBelow: { what: string; value: number; min: number };
  readonly numberNotPositive: { what: string; value: number };
  readonly notWholeNumber: { what: string; value: number };
  readonly resultNotFinite: NoParams;
  readonly wrongCount: { what: string; expected: number; got: number };
  readonly zeroWeights: NoParams;
  readonly invalidDate: { what: string; given: string };
  readonly growthTooLow: { growth: number };
  readonly sameSupplierAndConsumer: { country: string };
  readonly missingLeadTime: { stage: string; scope: string };
  readonly missingLeadTimeCase: {
    stage: string;
    scope: string;
    leadCase: string;
    given: readonly string[];
  };
  readonly missingStageData: { stage: string };
  readonly missingShare: MissingShare;
  readonly otherBases: OtherBases;
  readonly importStageNotCovered: { consumer: string; stage: string; covered: readonly string[] };
  readonly missingImportReliance: { consumer: string; supplier: string; stage: string };
  readonly missingImportRelianceYear: {
    consumer: string;
    year: number;
    years: readonly (number | null)[];
  };
  readonly missingImportSource: { consumer: string; supplier: string };
  readonly missingDependency: { consumer: string; supplier: string; stages: readonly string[] };
  readonly missingConcentration: {
    stage: string;
    year: number;
    years: readonly number[];
    projected: readonly number[];
  };
  readonly nothingCounted: NothingCounted;
  readonly notWithinHorizon: { base: number; horizon: number };
  readonly beyondHorizon: { year: number; horizon: number };
  readonly missingIntensity: { application: string; material: string };
  readonly unsupportedIntensityUnit: { application: string; unit: string; expected: string };
  readonly missingFactor: { what: string; from: string; to: string };
  readonly missingComposition: { material: string; record: Indicator | undefined };
  readonly notConvertible: { application: string; basis: string; material: string };
  readonly elementRequired: { form: string; other: string };
  readonly missingPrice: { product: string; form: string; available: readonly string[] };
  readonly missingPriceInMarket: {
    product: string;
    form: string;
    market: string;
    markets: readonly string[];
  };
  readonly missingPriceBefore: {
    product: string;
    form: string;
    date: string;
    quotes: readonly Price[];
    otherMarkets: readonly string[];
  };
  readonly stalePrice: { date: string; latest: Price; windowDays: number };
  readonly futurePriceDate: { date: string; latest: Price };
  readonly missingElementField: { element: string; field: string };
  readonly membershipNotPublished: { region: Region };
  readonly ownProjectTooShort: { row: number };
  readonly ownProjectBadKeyword: { row: number; column: "country" | "stage"; cause: Failure };
  readonly ownProjectBadCapacity: { row: number };
  readonly ownProjectBadFirstYear: { row: number; min: number; max: number };
  readonly ownProjectBadStatus: { row: number; accepted: readonly string[] };
  readonly historyEmpty: { fn: string; periods: readonly (string | number)[]; reason: string };
  readonly chainFactorMissing: { downstream: string; upstream: string };
  readonly chainNotWithinHorizon: { base: number; horizon: number; binding: readonly Binding[] };
  readonly scenarioCaseMissing: { stage: string; leadCase: string; given: readonly string[] };
  readonly notWhole: { what: string; value: number };
  readonly probabilityYearBeforeBase: { year: number; base: number };
  readonly probabilityNothingToCount: { stage: string; region: string };
  readonly oddsBadRow: { row: number; statuses: readonly string[] };
  readonly groupShareMissing: {
    group: string;
    stage: string;
    year: number;
    asked: string;
    missing: readonly string[];
    complement: boolean;
  };
  readonly groupWithoutMembers: { group: string };
  readonly missingGroupImportSources: {
    consumer: string;
    group: string;
    missing: readonly string[];
  };
  readonly groupAsConsumer: { group: string; withData: readonly string[] };
  readonly unknownStockHolder: { given: string; holders: readonly string[] };
  readonly unknownStockMaterial: { holder: string; material: string; materials: readonly string[] };
  readonly stockNotPublished: { stock: Stockpile; others: readonly Stockpile[] };
  readonly stockNotTonnes: { stock: Stockpile; others: readonly Stockpile[] };
  readonly stockMeasureMissing: {
    holder: string;
    material: string;
    measure: string;
    others: readonly Stockpile[];
  };
  readonly indicatorSeriesMissing: { measure: string; country: string; partner?: string };
  readonly indicatorStageMissing: {
    measure: string;
    country: string;
    stage: string;
    held: readonly string[];
  };
  readonly indicatorPointMissing: {
    measure: string;
    country: string;
    year: number;
    years: readonly (number | null)[];
  };
  readonly indicatorValueMissing: { name: string; year: number | null; note?: string };
}

/** The params of a code whose text needs none. */
type NoParams = Readonly<Record<never, never>>;

// ─── Arguments ──────────────────────────────────────────────────────────────────────────────────────

function unknownKeyword({ what, given, accepted }: FailureParams["unknownKeyword"]): string {
  const head = given.trim() === "" ? `Missing ${what}.` : `Unknown ${what} "${given.trim()}".`;
  return `${head} Use one of: ${accepted.join(", ")}.`;
}

function unknownScope({ given, classes, countries }: FailureParams["unknownScope"]): string {
  return `Unknown scope "${given.trim()}". Use one of: ${classes.join(", ")}, or a country: ${countries.join(", ")}.`;
}

function unknownRegion({ given, regions, countries }: FailureParams["unknownRegion"]): string {
  const head = given.trim() === "" ? "Missing region." : `Unknown region "${given.trim()}".`;
  return `${head} Use a region (${regions.join(", ")}) or a country (${countries.join(", ")}).`;
}

function emptyChainLink({ text }: FailureParams["emptyChainLink"]): string {
  return `The stage chain "${text}" has an empty link. Separate stages with ">", "→" or ",", e.g. "mine>separation>metal>magnet".`;
}

function notFiniteNumber({ what, value }: FailureParams["notFiniteNumber"]): string {
  return `${what} must be a finite number; got ${String(value)}.`;
}

function numberOutOfRange({ what, value, min, max }: FailureParams["numberOutOfRange"]): string {
  return `${what} must be between ${min} and ${max}; got ${value}.`;
}

function numberBelow({ what, value, min }: FailureParams["numberBelow"]): string {
  return `${what} must be at least ${min}; got ${value}.`;
}

function numberNotPositive({ what, value }: FailureParams["numberNotPositive"]): string {
  return `${what} must be greater than 0; got ${value}.`;
}

function notWholeNumber({ what, value }: FailureParams["notWholeNumber"]): string {
  return `${what} must be a whole year; got ${value}.`;
}

/** How a gap's score or weight is named in messages: "score 1 (Allied supply coordination)". */
export function gapArgument(kind: "score" | "weight", index: number, gap: string): string {
  return `${kind} ${index + 1} (${gap})`;
}

/** How a table's column is named in messages. */
export function columnOf(table: string): string {
  return `column of ${table}`;
}

function resultNotFinite(): string {
  return "The result is too large to represent: use smaller numbers (or other units).";
}

function wrongCount({ what, expected, got }: FailureParams["wrongCount"]): string {
  return `${what} needs exactly ${expected} numbers, one per gap in the order of RE.GAPS(); got ${got}.`;
}

function zeroWeights(): string {
  return "The weights are all zero: at least one gap needs a positive weight.";
}

function invalidDate({ what, given }: FailureParams["invalidDate"]): string {
  return `${what} "${given}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-06-30).`;
}

function growthTooLow({ growth }: FailureParams["growthTooLow"]): string {
  return `growth must be above -1 (a fall of 100% a year); got ${growth}.`;
}

function sameSupplierAndConsumer({ country }: FailureParams["sameSupplierAndConsumer"]): string {
  return `The supplier and the consumer are both ${country}: a country's dependency on itself is not defined.`;
}

// ─── Lead times ─────────────────────────────────────────────────────────────────────────────────────

export function leadTimeLabel(
  stage: string,
  scope: string,
  leadCase: string,
  years: number
): string {
  return `Lead time, ${stage} (${scope}), ${leadCase} case: ${num(years)} years`;
}

export function leadTimeFallbackNote(stage: string, scope: string): string {
  return `no lead time specific to "${scope}" for ${stage}; the general ("any") record is used`;
}

function missingLeadTime({ stage, scope }: FailureParams["missingLeadTime"]): string {
  return `No lead time for ${stage} in the dataset, neither for "${scope}" nor a general ("any") one.`;
}

function missingLeadTimeCase({
  stage,
  scope,
  leadCase,
  given,
}: FailureParams["missingLeadTimeCase"]): string {
  const cases =
    given.length > 0
      ? `It gives: ${given.join(", ")}.`
      : "It gives no case at all (a gap in the sources).";
  return `The ${stage} lead time (${scope}) has no ${leadCase} case: its sources give no figure for it. ${cases}`;
}

// ─── Shares and dependency ──────────────────────────────────────────────────────────────────────────

function missingStageData({ stage }: FailureParams["missingStageData"]): string {
  return `The dataset has no share data for the ${stage} stage.`;
}

export interface MissingShare {
  readonly country: string;
  readonly stage: string;
  readonly year: number;
  readonly countryYears: readonly number[];
  readonly stageYears: readonly number[];
  readonly projectionYears: readonly number[];
  readonly stageCountries: readonly string[];
}

function missingShare(m: FailureParams["missingShare"]): string {
  const head = `No share for ${m.country} at ${m.stage} in ${m.year}`;
  if (m.countryYears.length > 0)
    return `${head}: the dataset has ${m.country} at ${m.stage} for ${list(m.countryYears)}.`;
  if (m.stageCountries.length === 0)
    return `${head}: the dataset has no share at the ${m.stage} stage.`;
  const projections =
    m.projectionYears.length > 0 ? `, and projections for ${list(m.projectionYears)}` : "";
  return `${head}: at ${m.stage} the dataset has ${list(m.stageCountries)}, observed for ${list(m.stageYears)}${projections}.`;
}

export interface OtherBases {
  readonly country: string;
  readonly stage: string;
  readonly year: number;
  readonly asked: string;
  readonly available: readonly { basis: string; edition: string; projection?: string }[];
}

function otherBases(m: FailureParams["otherBases"]): string {
  const seen = new Set<string>();
  const options: string[] = [];
  for (const a of m.available) {
    const what =
      a.projection === undefined
        ? `observed, ${a.basis}, ${a.edition}`
        : `projection "${a.projection}", ${a.basis}`;
    const ask = a.projection ?? a.edition;
    const text = `${what} (ask with basis "${ask}")`;
    if (!seen.has(text)) options.push(text);
    seen.add(text);
  }
  return `No share for ${m.country} at ${m.stage} in ${m.year} on the basis asked (${m.asked}); the dataset has: ${options.join("; ")}. Shares of different bases are not one series.`;
}

export function productionLabel(
  country: string,
  stage: string,
  year: number,
  edition: string
): string {
  return `${country}, ${stage.toLowerCase()} output ${year} (${edition})`;
}

export function productionRatio(
  country: string,
  part: number,
  whole: number,
  unit: string
): string {
  return `${country} ${num(part)} ÷ world ${num(whole)} ${unit} = ${pct(part / whole)}`;
}

export function shareLabel(
  country: string,
  stage: string,
  year: number,
  basis: string,
  edition: string
): string {
  return `${country}, share of world ${stage.toLowerCase()} ${year} (${basis}; ${edition})`;
}

export function projectionNote(scenario: string): string {
  return `projection: ${scenario}`;
}

function importStageNotCovered({
  consumer,
  stage,
  covered,
}: FailureParams["importStageNotCovered"]): string {
  return (
    `No import data for ${consumer} at ${stage}: the dataset's net import reliance for ${consumer} ` +
    `covers the ${list(covered)} stages. A dependency at ${stage} would need ${consumer}'s import ` +
    `reliance and import sources for ${stage}-stage material.`
  );
}

function missingImportReliance({
  consumer,
  supplier,
  stage,
}: FailureParams["missingImportReliance"]): string {
  return (
    `No import data for ${consumer}: its dependency on ${supplier} at ${stage} needs ${consumer}'s net ` +
    `import reliance and ${supplier}'s share of its imports (net import reliance and import source ` +
    `figures of the indicators table). Use consumer "WORLD" for ${supplier}'s share of world output.`
  );
}

function missingImportRelianceYear({
  consumer,
  year,
  years,
}: FailureParams["missingImportRelianceYear"]): string {
  return `No net import reliance for ${consumer} in ${year} (the dataset has ${list(years)}).`;
}

function missingImportSource({ consumer, supplier }: FailureParams["missingImportSource"]): string {
  return `The dataset has no share of ${consumer}'s imports coming from ${supplier}.`;
}

function missingDependency({
  consumer,
  supplier,
  stages,
}: FailureParams["missingDependency"]): string {
  return `No dependency of ${consumer} on ${supplier} can be given for any stage asked (${list(stages)}): none has the data it needs.`;
}

export function dependencyProduct(reliance: number, share: number): string {
  return `net import reliance ${pct(reliance)} × share of imports ${pct(share)} = ${pct(reliance * share)}`;
}

export function importRelianceLabel(indicator: Indicator): string {
  return indicator.year === null ? indicator.name : `${indicator.name}, ${indicator.year}`;
}

export function importSourceLabel(indicator: Indicator): string {
  return indicator.name;
}

export function worstStageNote(
  stage: string,
  value: number,
  others: readonly { stage: string; value: number }[],
  missing: readonly string[]
): string {
  const rest =
    others.length > 0
      ? `; other stages: ${others.map((o) => `${o.stage} ${pct(o.value)}`).join(", ")}`
      : "";
  const gaps = missing.length > 0 ? `; no data for: ${missing.join(", ")}` : "";
  return `the chain's dependency is its worst stage, ${stage} (${pct(value)})${rest}${gaps}`;
}

// ─── Concentration ──────────────────────────────────────────────────────────────────────────────────

function missingConcentration({
  stage,
  year,
  years,
  projected,
}: FailureParams["missingConcentration"]): string {
  const projections = projected.length > 0 ? `; projections for ${list(projected)}` : "";
  return `No shares for ${stage} in ${year} to compute an HHI from (the dataset has ${list(years)}${projections}).`;
}

export function productionHhiLabel(
  stage: string,
  year: number,
  edition: string,
  producers: number
): string {
  return `HHI, ${stage.toLowerCase()} ${year}: ${producers} producers listed in ${edition}`;
}

export function shareHhiLabel(stage: string, year: number, shares: number): string {
  return `HHI, ${stage.toLowerCase()} ${year}: ${shares} reported ${shares === 1 ? "share" : "shares"}`;
}

export function hhiComputation(
  shares: readonly { country: string; share: number }[],
  hhi: number
): string {
  const terms = shares
    .map((s) => `${s.country} ${num(Math.round(s.share * 1000) / 10)}`)
    .join(", ");
  return `Σ(share %)² over ${terms} = ${num(Math.round(hhi))}`;
}

export function hhiCoverageNote(coverage: number, partial: boolean): string {
  if (partial)
    return `partial: unlisted producers omitted, a lower bound (listed shares cover ${pct(coverage)})`;
  return coverage > 1
    ? `listed shares cover ${pct(coverage)} of the rounded world total`
    : `listed shares cover ${pct(coverage)}`;
}

export function concentrationClass(
  threshold: string,
  value: number,
  isHigh: boolean,
  hhi: number
): string {
  const rounded = num(Math.round(hhi));
  if (isHigh) return `Highly concentrated: HHI ${rounded} > ${num(value)} (${threshold})`;
  return hhi >= value
    ? `Moderately concentrated: HHI ${rounded} ≥ ${num(value)} (${threshold})`
    : `Unconcentrated: HHI ${rounded} < ${num(value)} (${threshold})`;
}

// ─── Gaps ───────────────────────────────────────────────────────────────────────────────────────────

export const GAPS_HEADER = ["Gap", "Meaning", "Default weight", "Source"] as const;

export function gapsTableLabel(count: number): string {
  return `The ${count} policy gaps of the seed analysis`;
}

export function gapWeightsLabel(defaults: boolean): string {
  return defaults
    ? "Gap score, with the gaps' default weights"
    : "Gap score, with the weights given";
}

export function gapScoreComputation(
  scores: readonly number[],
  weights: readonly number[],
  scaleMax: number
): string {
  return `100 × Σ wᵢ(1 − sᵢ/${num(scaleMax)}) ÷ Σ wᵢ with s = ${scores.map(num).join(", ")} and w = ${weights.map(num).join(", ")}`;
}

// ─── Capacity ───────────────────────────────────────────────────────────────────────────────────────

export function capacityTotalLabel(
  region: string,
  stage: string,
  year: number,
  status: string,
  leadCase?: string
): string {
  const scenario = leadCase === undefined ? "" : `, ${leadCase} lead-time case`;
  return `Capacity: ${region}, ${stage}, in ${year} (status ${status}${scenario})`;
}

/** What a plant counts at: its capacity figure's basis, or the sourced output it is taken at. */
export function outputHow(output: CapacityOutput): string {
  return `${output.kind} output ${output.year}`;
}

export function capacityProjectLabel(project: CapacityProject, how: string): string {
  const start = project.startYear === null ? "start year not given" : `from ${project.startYear}`;
  return `${project.project} (${project.company}, ${project.country}): counted at ${how}, ${project.product}, ${start}, ${project.status} as of ${project.statusAsOf ?? project.asOf}`;
}

export function capacitySum(values: readonly number[], total: number, product: string): string {
  const terms = values.length > 1 ? `${values.map(num).join(" + ")} = ` : "";
  return `${terms}${num(total)} t/yr ${product}`;
}

export interface CapacityExclusions {
  readonly product: string;
  readonly otherProduct: readonly CapacityProject[];
  readonly undated: readonly CapacityProject[];
  readonly unsized: readonly CapacityProject[];
  /** Running plants counted in every year because no start year is given. */
  readonly assumedStart: readonly CapacityProject[];
}

function plantNames(projects: readonly CapacityProject[], withProduct = false): string {
  return projects
    .map((p) => `${p.project} (${p.company}${withProduct ? `, ${p.product}` : ""})`)
    .join(", ");
}

export function capacityExclusions(x: CapacityExclusions): string {
  const parts: string[] = [];
  if (x.unsized.length > 0)
    parts.push(
      `at least this much: not counted because their capacity or output is not in the sources: ${plantNames(x.unsized)}`
    );
  if (x.assumedStart.length > 0)
    parts.push(
      `counted in every year, operating before its sources with no start year given: ${plantNames(x.assumedStart)}`
    );
  if (x.otherProduct.length > 0)
    parts.push(
      `not added, counted in a product other than ${x.product}: ${plantNames(x.otherProduct, true)}`
    );
  if (x.undated.length > 0)
    parts.push(`not counted, no start year given: ${plantNames(x.undated)}`);
  return parts.join("; ");
}

export interface NothingCounted {
  readonly label: string;
  readonly product: string;
  readonly unsized: readonly CapacityProject[];
  readonly undated: readonly CapacityProject[];
  readonly otherProduct: readonly CapacityProject[];
}

function nothingCounted(x: FailureParams["nothingCounted"]): string {
  const unknown = [...x.unsized, ...x.undated];
  if (unknown.length > 0)
    return `${x.label}: no figure can be given, because the plants in question have no capacity, output or start year in the sources: ${plantNames(unknown)}.`;
  if (x.otherProduct.length > 0)
    return `${x.label}: the dataset's plants in question count other products than ${x.product} (${plantNames(x.otherProduct, true)}), which do not add up to it.`;
  return `${x.label}: the dataset records no plant with that status for this (not a recorded zero: the sources it was built from name none). A wider status ("committed" or "planned") counts plants not yet running.`;
}

function scenarioCaseMissing({
  stage,
  leadCase,
  given,
}: FailureParams["scenarioCaseMissing"]): string {
  const cases = given.length > 0 ? `it gives only ${given.join(", ")}` : "it gives no case at all";
  return `The ${stage} lead time has no ${leadCase} case (${cases}: a gap in the sources), so the ${leadCase} lead-time scenario cannot be computed at ${stage}. Use the base case, or a delay of your own.`;
}

/** The basis label of a lead-time case that moved plants: the record's case against its base. */
export function caseShiftLabel(
  stage: string,
  leadCase: string,
  years: number,
  base: number
): string {
  return `Lead-time case ${leadCase}, ${stage} (any): ${num(years + base)} years against the base ${num(base)}, so plants still to come online arrive ${num(Math.abs(years))} year${Math.abs(years) === 1 ? "" : "s"} ${years < 0 ? "earlier" : "later"} (never before the year after the as-of date)`;
}

export function caseShiftMoves(
  moves: readonly { name: string; from: number; to: number }[]
): string {
  return moves.length > 0
    ? `first years moved: ${moves.map((m) => `${m.name} ${m.from} → ${m.to}`).join(", ")}`
    : "no plant counted here is still to come online, so the case moves none";
}

export function independenceNote(year: number, capacity: number, need: number): string {
  return `in ${year} capacity ${num(capacity)} t/yr ≥ demand ${num(need)} t/yr`;
}

function notWithinHorizon({ base, horizon }: FailureParams["notWithinHorizon"]): string {
  return (
    `Capacity does not reach the demand within the data's horizon (${base}–${horizon}): ` +
    `no plant record in the dataset reaches past ${horizon}.`
  );
}

function beyondHorizon({ year, horizon }: FailureParams["beyondHorizon"]): string {
  return `${year} is past the data's horizon, ${horizon}: no plant record in the dataset reaches past it, so a figure for ${year} would only repeat ${horizon}.`;
}

// ─── Demand and conversions ─────────────────────────────────────────────────────────────────────────

function missingIntensity({ application, material }: FailureParams["missingIntensity"]): string {
  return `The dataset has no ${material} intensity for "${application}": its sources give no figure.`;
}

function unsupportedIntensityUnit({
  application,
  unit,
  expected,
}: FailureParams["unsupportedIntensityUnit"]): string {
  return `The intensity of "${application}" is recorded in ${unit}, not in ${expected} per unit, so it cannot be converted to tonnes.`;
}

export function disputedNote(dispute: string): string {
  return `disputed: ${dispute}`;
}

export function intensityLabel(record: DemandIntensity): string {
  const value = record.value === null ? "no figure" : `${num(record.value)} ${record.unit}`;
  return `${record.application}: ${value} ${record.material} per ${record.per}`;
}

export function demandComputation(
  units: number,
  record: DemandIntensity,
  tonnes: number,
  material: string,
  factor: number | undefined
): string {
  const conversion =
    factor === undefined ? "" : ` × ${num(factor)} (${record.material} → ${material})`;
  return `${num(units)} × ${num(record.value ?? 0)} ${record.unit} ÷ 1,000${conversion} = ${num(tonnes)} t ${material}`;
}

function missingFactor({ what, from, to }: FailureParams["missingFactor"]): string {
  return `Converting ${from} to ${to} needs a cited factor (${what}), which the dataset lacks.`;
}

function missingComposition({ material, record }: FailureParams["missingComposition"]): string {
  if (record === undefined)
    return `Converting NdFeB magnet mass to ${material} needs a cited composition, which the dataset lacks.`;
  const range =
    record.low !== undefined && record.high !== undefined
      ? ` The sources give only a range, ${num(record.low * 100, 1)}–${num(record.high * 100, 1)}% of magnet mass.`
      : "";
  return `The ${material} content of NdFeB magnets has no sourced point value, so ${material} demand cannot be given.${range} ${record.note ?? ""}`.trim();
}

function notConvertible({ application, basis, material }: FailureParams["notConvertible"]): string {
  return `The "${application}" figure is ${basis} content of the whole platform (magnets of several kinds and other parts), not NdFeB magnet mass, so it cannot be converted to ${material}: ask for ${basis}.`;
}

export function factorLabel(indicator: Indicator): string {
  return `${indicator.name}: ${num(indicator.value ?? 0)} ${indicator.unit}`;
}

function elementRequired({ form, other }: FailureParams["elementRequired"]): string {
  return `Converting between ${form} and ${other} needs an element: a symbol or name such as "Nd", or "NdPr" for the 75:25 blend.`;
}

export function elementFactorLabel(element: Element): string {
  return `${element.name} (${element.oxideFormula}): ${num(element.metalPerOxide)} t metal per t oxide, ${num(element.oxidePerMetal)} t oxide per t metal`;
}

// ─── Prices ─────────────────────────────────────────────────────────────────────────────────────────

function missingPrice({ product, form, available }: FailureParams["missingPrice"]): string {
  const has = available.map((key) => key.replace("|", " ")).join(", ");
  return `The dataset has no ${form} price for ${product} (it has: ${has}).`;
}

function missingPriceInMarket({
  product,
  form,
  market,
  markets,
}: FailureParams["missingPriceInMarket"]): string {
  const askable = markets.filter((m) => m !== "other");
  const others =
    askable.length > 0
      ? ` It has ${askable.join(", ")} quotes: ask with that market (4th argument); markets are never mixed.`
      : ' Its other quotes (company realisations, global averages) are in RE.TABLE("prices").';
  return `The dataset has no ${market} quote for ${product} ${form}.${others}`;
}

function missingPriceBefore({
  product,
  form,
  date,
  quotes,
  otherMarkets,
}: FailureParams["missingPriceBefore"]): string {
  const earliest = quotes.reduce((a, b) => (b.date < a.date ? b : a));
  const others =
    otherMarkets.length > 0 ? ` Other markets with quotes: ${otherMarkets.join(", ")}.` : "";
  return `No ${product} ${form} price on or before ${date} in this market (its earliest quote is ${earliest.date}, ${earliest.market}).${others}`;
}

function stalePrice({ date, latest, windowDays }: FailureParams["stalePrice"]): string {
  return `No ${latest.product} ${latest.form} quote within ${windowDays} days before ${date} in this market: its latest quote on or before that date is ${latest.date} (${latest.market}, ${num(latest.value ?? 0)} ${latest.unit}).`;
}

function futurePriceDate({ date, latest }: FailureParams["futurePriceDate"]): string {
  return `${date} is in the future, and no quote exists for it: the latest ${latest.product} ${latest.form} quote in this market is ${latest.date} (${latest.market}, ${num(latest.value ?? 0)} ${latest.unit}).`;
}

export function staleNote(quote: Price, date: string): string {
  return `the latest quote on or before ${date} is of ${quote.date}`;
}

export function priceLabel(price: Price): string {
  const basis = price.quoteBasis === undefined ? "" : ` (${price.quoteBasis})`;
  return `${price.product} ${price.form}, ${price.market}, ${price.date}: ${num(price.value ?? 0)} ${price.unit}${basis}`;
}

// ─── Export controls ────────────────────────────────────────────────────────────────────────────────

export function controlLicenceRequired(measure: string, since: string): string {
  return `Licence required: ${measure}, since ${since}`;
}

export function controlSuspended(
  measure: string,
  effective: string,
  from: string,
  until: string,
  tookEffect: boolean
): string {
  return tookEffect
    ? `Suspended until ${until}: ${measure} (licensing since ${effective}, suspended from ${from})`
    : `Suspended until ${until}: ${measure} (to take effect ${effective}, suspended from ${from} before it took effect, so never in force)`;
}

export function controlAnnounced(measure: string, announced: string, effective: string): string {
  return `Announced, not yet in force: ${measure} (announced ${announced}, to take effect ${effective})`;
}

export function controlUnknownAfter(measure: string, until: string, note: string): string {
  const verb = measure.includes(", ") ? "were" : "was";
  return `Unknown after ${until}: ${measure} ${verb} suspended until then. ${note}`.trim();
}

export function controlNotControlled(
  technology: readonly { name: string; since: string }[]
): string {
  if (technology.length === 0) return "Not controlled";
  return `Not controlled as an element (${technology.map((t) => `${t.name} since ${t.since}`).join("; ")})`;
}

export function suspensionLapsed(measure: string, until: string): string {
  return `the suspension of ${measure} lapsed ${until} per its terms`;
}

export function beyondKnowledge(asOf: string): string {
  return `decisions after ${asOf} are not in this dataset`;
}

/** A status followed by its qualifications, in one text. */
export function statusWithClauses(status: string, clauses: readonly string[]): string {
  return [status, ...clauses].join("; ");
}

export function noMeasureLabel(symbol: string, date: string): string {
  return `China's export-control measures in the dataset: none in force for ${symbol} on ${date}`;
}

export function exportControlLabel(measure: ExportControl): string {
  return `${measure.measure} (${measure.authority}), effective ${measure.effective}`;
}

// ─── Elements, regions, tables, dataset ─────────────────────────────────────────────────────────────

function missingElementField({ element, field }: FailureParams["missingElementField"]): string {
  return `The dataset gives no ${field} for ${element}: its sources give none.`;
}

export function elementFieldLabel(element: Element, field: string): string {
  return `${element.name} (${element.symbol}), ${field}`;
}

export function regionLabel(region: Region): string {
  const members = region.members === undefined ? "" : ` Members: ${region.members.join(", ")}.`;
  return `Group "${region.name}": ${region.definition}${members}`;
}

function membershipNotPublished({ region }: FailureParams["membershipNotPublished"]): string {
  return `The membership of ${region.name} is not published in the dataset's sources, so nothing can be summed over it: ${region.definition}`;
}

/** A nested value (a price's original quote) in one cell: "low: 439000; high: 442000; unit: CNY/t". */
export function objectCell(entries: readonly [string, string][]): string {
  return entries.map(([key, value]) => `${key}: ${value}`).join("; ");
}

export function tableLabel(table: string, records: number): string {
  return `Dataset table "${table}" (${records} records, each citing its own sources)`;
}

/** The citation of a dataset's own records (those that cite no source: countries). */
export function datasetCitation(title: string, version: string, asOf: string): string {
  return `${title}, version ${version} (as of ${asOf})`;
}

export function datasetOrigin(kind: string, url: string | undefined): string {
  return url === undefined ? kind : `${kind}: ${url}`;
}

// ─── Citations ──────────────────────────────────────────────────────────────────────────────────────

export function citationEntry(basis: Basis, citations: readonly string[]): string {
  const sources = citations.length > 0 ? ` — ${citations.join(" + ")}` : "";
  const computed = basis.computed === undefined ? "" : `; computed: ${basis.computed}`;
  const note = basis.note === undefined || basis.note.trim() === "" ? "" : `; note: ${basis.note}`;
  return `${basis.label}${sources} (as of ${basis.asOf}; confidence ${basis.confidence}${computed}${note})`;
}

/**
 * The short citation of a result (RE.SOURCE's "short" form, for sheets that show many): how many records, their
 * as-of dates and confidence grades as ranges, and each source once by publisher and address.
 */
export function shortCitation(
  records: number,
  asOf: { first: string; last: string },
  confidence: { weakest: string; strongest: string },
  sources: readonly string[]
): string {
  const span = (a: string, b: string) => (a === b ? a : `${a} to ${b}`);
  const count = records === 1 ? "1 record" : `${records} records`;
  return `${count}, as of ${span(asOf.first, asOf.last)}, confidence ${span(confidence.weakest, confidence.strongest)}. Sources: ${sources.join("; ")}`;
}

export function noBasis(): string {
  return "No dataset record is cited: the value comes from the arguments or the dataset's own metadata.";
}

// ─── The analyst's own regions, projects and histories ──────────────────────────────────────────────

function emptyRegionListItem({ text }: FailureParams["emptyRegionListItem"]): string {
  return `The region list "${text}" has an empty item. Join countries and groups with "+" or ",", e.g. "US+Japan+Korea" or "allied, Vietnam".`;
}

export function regionUnionLabel(name: string): string {
  return `Region of your own: ${name} (each country counted once)`;
}

export function regionUnionMembers(members: readonly string[]): string {
  return `members in this dataset: ${list(members)}`;
}

function ownProjectTooShort({ row }: FailureParams["ownProjectTooShort"]): string {
  return `Your projects, row ${row}: give name, country, stage, capacity (t/yr) and first year, then optionally a status.`;
}

function badCell(row: number, column: string, expected: string): string {
  return `Your projects, row ${row}, ${column}: ${expected.replace(/\.$/, "")}.`;
}

/** A country or stage the analyst's row names that the dataset does not know: the lookup's own failure. */
function ownProjectBadKeyword({
  row,
  column,
  cause,
}: FailureParams["ownProjectBadKeyword"]): string {
  return badCell(row, column, failureText(cause));
}

function ownProjectBadCapacity({ row }: FailureParams["ownProjectBadCapacity"]): string {
  return badCell(row, "capacity", "a number of t/yr above 0");
}

function ownProjectBadFirstYear({
  row,
  min,
  max,
}: FailureParams["ownProjectBadFirstYear"]): string {
  return badCell(row, "first year", `a whole year ${min}-${max}`);
}

function ownProjectBadStatus({ row, accepted }: FailureParams["ownProjectBadStatus"]): string {
  return badCell(row, "status", `one of ${accepted.join(", ")}`);
}

export function ownProjectCompany(): string {
  return "your own project";
}

export function ownProjectNote(): string {
  return "your own project, entered in the workbook for this calculation only; not a dataset record";
}

export function historyRowLabel(period: string | number, label: string): string {
  return `${period}: ${label}`;
}

function historyEmpty({ fn, periods, reason }: FailureParams["historyEmpty"]): string {
  const span =
    periods.length === 0 ? "no period" : `${periods[0]} to ${periods[periods.length - 1]}`;
  const why = reason === "" ? "" : ` For the last period: ${reason}`;
  return `${fn} has no value for any period the dataset has (${span}) with these arguments.${why}`;
}

// ─── Probability of independence ────────────────────────────────────────────────────────────────────

function notWhole({ what, value }: FailureParams["notWhole"]): string {
  return `${what} must be a whole number; got ${value}.`;
}

function probabilityYearBeforeBase({
  year,
  base,
}: FailureParams["probabilityYearBeforeBase"]): string {
  return `year must not be before baseYear: got ${year}, before ${base}.`;
}

function probabilityNothingToCount({
  stage,
  region,
}: FailureParams["probabilityNothingToCount"]): string {
  return `No plant at ${stage.toLowerCase()} in ${region} has a capacity figure, a first year and a chance above 0 of coming online, so the probability cannot be estimated (not a zero: the dataset and your projects name no such plant). Add your own projects, or odds for the statuses left out.`;
}

function oddsBadRow({ row, statuses }: FailureParams["oddsBadRow"]): string {
  return `Your odds, row ${row}: give a status (${statuses.join(", ")}) and a probability from 0 to 1.`;
}

export function oddsAssumptionLabel(odds: Readonly<Record<string, number>>): string {
  const pairs = Object.entries(odds).map(([status, chance]) => `${status} ${num(chance)}`);
  return `Chance that a plant comes online, by status: ${pairs.join(", ")}. An assumption of this add-in, not a sourced figure (no source in the dataset gives completion rates by status); give your own with the odds argument`;
}

export function oddsOverriddenNote(
  statuses: readonly string[],
  odds: Readonly<Record<string, number>>
): string {
  return `your own odds for ${statuses.map((s) => `${s} (${num(odds[s])})`).join(", ")}`;
}

export function triangleLabel(
  stage: string,
  triangle: { low: number; mode: number; high: number } | null
): string {
  if (!triangle)
    return `Lead time, ${stage} (any): no base case, so plants still to come online there keep their announced first years`;
  return `Lead time drawn for plants still to come online, ${stage} (any): triangular from ${num(triangle.low)} to ${num(triangle.high)} years, most likely ${num(triangle.mode)} (the record's low, high and base cases), first year moved by the draw minus ${num(triangle.mode)}`;
}

export function triangleNote(record: {
  readonly low: number | null;
  readonly high: number | null;
}): string | undefined {
  const missing = [record.low === null ? "low" : "", record.high === null ? "high" : ""].filter(
    (c) => c !== ""
  );
  return missing.length > 0
    ? `no ${missing.join(" or ")} case is sourced: no spread on that side, so the timing uncertainty of this stage is understated`
    : undefined;
}

export function plantChanceLabel(
  project: CapacityProject,
  chance: number,
  triangle: object | null
): string {
  const start =
    project.startYear === null ? "start year not given" : `first year ${project.startYear}`;
  const timing = triangle ? ", first year drawn" : "";
  const figure = project.value === null ? "sourced ramp" : `${num(project.value)} t/yr`;
  return `${project.project} (${project.company}, ${project.country}): ${figure} ${project.product}, ${start}, ${project.status}: chance ${num(chance)}${timing}`;
}

export function probabilityLabel(
  region: string,
  stage: string,
  demand: number,
  year: number,
  p: number
): string {
  return `Probability that ${region} covers ${num(demand)} t/yr at ${stage} by ${year}: ${num(p)}`;
}

export function probabilityMethod(x: {
  readonly covered: number;
  readonly trials: number;
  readonly seed: number;
  readonly base: number;
  readonly year: number;
}): string {
  const p = x.covered / x.trials;
  const error = Math.sqrt((p * (1 - p)) / x.trials);
  return `${num(x.covered)} of ${num(x.trials)} seeded trials (seed ${x.seed}) covered the demand at every stage in some year ${x.base}–${x.year}; standard error ${num(error)}`;
}

function chainFactorMissing({ downstream, upstream }: FailureParams["chainFactorMissing"]): string {
  return `No cited factor converts ${downstream} demand to ${upstream}: the dataset has none (the NdPr share of mined REO depends on the deposit), so the chain's independence cannot be given. Ask for the chain from separation on, or for mining with its own demand in t REO.`;
}

export function minedReoFactorNote(): string {
  return "applied here to all the mined REO the region counts, as if every mine's ore had Mountain Pass's distribution";
}

export function chainDemandLabel(
  stage: string,
  demand: number,
  product: string,
  base: number
): string {
  return `Chain demand at ${stage.toLowerCase()}: ${num(demand)} t/yr ${product} in ${base}`;
}

type Binding = { year: number; stage: string; capacity: number | null; need: number };

function bindingList(binding: readonly Binding[]): string {
  return binding
    .map(
      (b) =>
        `${b.year} ${b.stage.toLowerCase()} (${b.capacity === null ? "no figure" : `${num(b.capacity)} t/yr`} for ${num(b.need)} t/yr)`
    )
    .join(", ");
}

export function chainBindingNote(binding: readonly Binding[]): string {
  return `Binding stage by year: ${bindingList(binding)}`;
}

function chainNotWithinHorizon({
  base,
  horizon,
  binding,
}: FailureParams["chainNotWithinHorizon"]): string {
  return `The chain's capacity does not cover its demand at every stage within the data's horizon (${base}–${horizon}). Binding stage by year: ${bindingList(binding)}.`;
}

// Groups and lists of countries in RE.SHARE and RE.DEPENDENCY (issue 10).

export function groupShareLabel(
  group: string,
  stage: string,
  year: number,
  series: string
): string {
  return `Share of ${group}, ${stage.toLowerCase()} ${year}, summed over its members (${series})`;
}

export function groupShareSum(
  parts: readonly { name: string; value: number }[],
  total: number,
  complement: boolean
): string {
  const terms = parts.map((p) => `${p.name} ${pct(p.value)}`).join(" + ") || "none";
  return complement
    ? `100% − (${terms}) outside the group = ${pct(1 - total)}`
    : `${terms} = ${pct(total)}`;
}

function groupShareMissing(m: FailureParams["groupShareMissing"]): string {
  const who = m.complement ? "countries outside it" : "members";
  return `No share for ${m.group} at ${m.stage} in ${m.year} on the basis asked (${m.asked}): the dataset has no figure on one basis for these ${who}: ${list(m.missing)}. A group's share is the sum of its members' shares, and a member without a figure is not counted as 0.`;
}

function groupWithoutMembers({ group }: FailureParams["groupWithoutMembers"]): string {
  return `${group} has no member country in this dataset, so it has no share to sum.`;
}

export function netExporterDependency(consumer: string, stage: string): string {
  return `${consumer} was a net exporter of ${stage}-stage material (net import reliance zero or below), so it depended on no supplier's net imports: 0%`;
}

export function groupImportShare(
  parts: readonly { name: string; value: number }[],
  complement: boolean
): string {
  const terms = parts.map((p) => `${p.name} ${pct(p.value)}`).join(" + ") || "none";
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  return complement
    ? `share of imports from the group = 100% − (${terms}) from outside it = ${pct(1 - total)}`
    : `share of imports from the group = ${terms} = ${pct(total)}`;
}

function missingGroupImportSources({
  consumer,
  group,
  missing,
}: FailureParams["missingGroupImportSources"]): string {
  return `The dataset has no share of ${consumer}'s imports coming from ${list(missing)}, so the share of them coming from ${group} cannot be summed (a country without a figure is not counted as 0).`;
}

function groupAsConsumer({ group, withData }: FailureParams["groupAsConsumer"]): string {
  return `A group's dependency as consumer (${group}) is its combined net import reliance: its members' imports less exports over their apparent consumption, trade between members left out. The dataset has import figures for ${list(withData)} only, so it is not available; ask for each member, or use consumer "WORLD".`;
}

export function groupImportSourceLabel(consumer: string, group: string): string {
  return `Share of ${consumer}'s imports of rare-earth compounds and metals from ${group}`;
}

// Stockpiles and their coverage (issue 10).

export function stockpileLabel(s: Stockpile): string {
  return `${s.holder}, ${s.material}, ${s.measure} ${s.period}`;
}

export function stockCoverComputed(
  stock: { value: number; low?: number; high?: number },
  unit: string,
  demand: number,
  perYear: number,
  outUnit: string
): string {
  const range =
    stock.low !== undefined && stock.high !== undefined
      ? ` (range ${num(stock.low)}–${num(stock.high)} ${unit}: ${num((stock.low / demand) * perYear, 1)}–${num((stock.high / demand) * perYear, 1)} ${outUnit})`
      : "";
  const factor = perYear === 1 ? "" : ` × ${perYear}`;
  return `${num(stock.value)} ${unit} ÷ ${num(demand)} ${unit}/yr${factor} = ${num((stock.value / demand) * perYear, 1)} ${outUnit}${range}`;
}

export function stockMeasureNote(measure: string): string {
  return measure === "potential acquisitions"
    ? "the coverage the plan's quantity would give were it all bought"
    : `coverage of the ${measure} quantity`;
}

function unknownStockHolder({ given, holders }: FailureParams["unknownStockHolder"]): string {
  return `No stockpile record for "${given.trim()}". The dataset has stockpile records for: ${list(holders)} (a country, or a holder's name).`;
}

function unknownStockMaterial({
  holder,
  material,
  materials,
}: FailureParams["unknownStockMaterial"]): string {
  return `No stockpile record of ${holder} for "${material.trim()}". Its records are for: ${list(materials)}.`;
}

function stockNotPublished({ stock: s, others }: FailureParams["stockNotPublished"]): string {
  return `${s.holder}: the ${s.measure} quantity of ${s.material} (${s.period}) is not published${s.note ? ` (${s.note.replace(/\.$/, "")})` : ""}.${otherStockFigures(others)}`;
}

function stockNotTonnes({ stock: s, others }: FailureParams["stockNotTonnes"]): string {
  return `${s.holder}: the ${s.measure} figure for ${s.material} (${s.period}) is ${num(s.value as number)} ${s.unit} (${s.basis}), not a tonnage, so it gives no coverage of a demand in t/yr.${otherStockFigures(others)}`;
}

function stockMeasureMissing({
  holder,
  material,
  measure,
  others,
}: FailureParams["stockMeasureMissing"]): string {
  return `No ${measure} figure of ${holder} for ${material}.${otherStockFigures(others)}`;
}

function otherStockFigures(others: readonly Stockpile[]): string {
  if (others.length === 0) return "";
  // Only a tonnage of a stock held or planned gives a coverage, so only those are offered to ask for.
  const askable = (o: Stockpile) =>
    o.value !== null &&
    o.unit === "t" &&
    (o.measure === "held" || o.measure === "potential acquisitions");
  const shown = others.map(
    (o) =>
      `${o.measure} ${o.period}: ${o.value === null ? "not published" : `${num(o.value)} ${o.unit}`}${askable(o) ? ` (ask with measure "${o.measure}")` : ""}`
  );
  return ` The dataset has: ${shown.join("; ")}.`;
}

export function historySeriesLabel(
  series: string,
  leftOut: readonly { period: string | number; series: string }[]
): string {
  const out =
    leftOut.length === 0
      ? "no period left out"
      : `left out, being of another series: ${leftOut.map((l) => `${l.period} (${l.series})`).join(", ")}`;
  return `History on one series, ${series}; ${out}`;
}

// Indicator series (RE.INDICATOR).

export function indicatorLabel(name: string, year: number | null, unit: string): string {
  return `${name}${year === null ? "" : `, ${year}`} (${unit})`;
}

function indicatorSeriesMissing({
  measure,
  country,
  partner,
}: FailureParams["indicatorSeriesMissing"]): string {
  return `The dataset has no ${measure} figures for ${country}${partner ? ` from ${partner}` : ""}.`;
}

function indicatorStageMissing({
  measure,
  country,
  stage,
  held,
}: FailureParams["indicatorStageMissing"]): string {
  return `No ${measure} figures of ${country} for ${stage}-stage material; its series cover: ${list(held)}.`;
}

function indicatorPointMissing({
  measure,
  country,
  year,
  years,
}: FailureParams["indicatorPointMissing"]): string {
  return `No ${measure} figure of ${country} for ${year} (the series has ${list(years.map((y) => y ?? "a period without a single year"))}).`;
}

function indicatorValueMissing({
  name,
  year,
  note,
}: FailureParams["indicatorValueMissing"]): string {
  return `${name}${year === null ? "" : ` (${year})`}: not published${note ? ` (${note.replace(/\.$/, "")})` : ""}.`;
}

// ─── Failures ───────────────────────────────────────────────────────────────────────────────────────

/** One renderer per code, each typed by its code's params. */
type Renderers = { readonly [C in keyof FailureParams]: (params: FailureParams[C]) => string };

/**
 * The text of each failure code. A core failure carries its code and the data its text needs
 * (`fail("invalid", "unknownKeyword", { what, given, accepted })`); it becomes prose only here, in
 * `failureText`, when something shows it (the functions layer's error flag, RE.SOURCE, RE.HISTORY).
 */
const FAILURE_TEXT: Renderers = {
  unknownKeyword,
  unknownScope,
  unknownRegion,
  emptyChainLink,
  emptyRegionListItem,
  notFiniteNumber,
  numberOutOfRange,
  numberBelow,
  numberNotPositive,
  notWholeNumber,
  resultNotFinite,
  wrongCount,
  zeroWeights,
  invalidDate,
  growthTooLow,
  sameSupplierAndConsumer,
  missingLeadTime,
  missingLeadTimeCase,
  missingStageData,
  missingShare,
  otherBases,
  importStageNotCovered,
  missingImportReliance,
  missingImportRelianceYear,
  missingImportSource,
  missingDependency,
  missingConcentration,
  nothingCounted,
  notWithinHorizon,
  beyondHorizon,
  missingIntensity,
  unsupportedIntensityUnit,
  missingFactor,
  missingComposition,
  notConvertible,
  elementRequired,
  missingPrice,
  missingPriceInMarket,
  missingPriceBefore,
  stalePrice,
  futurePriceDate,
  missingElementField,
  membershipNotPublished,
  ownProjectTooShort,
  ownProjectBadKeyword,
  ownProjectBadCapacity,
  ownProjectBadFirstYear,
  ownProjectBadStatus,
  historyEmpty,
  chainFactorMissing,
  chainNotWithinHorizon,
  scenarioCaseMissing,
  notWhole,
  probabilityYearBeforeBase,
  probabilityNothingToCount,
  oddsBadRow,
  groupShareMissing,
  groupWithoutMembers,
  missingGroupImportSources,
  groupAsConsumer,
  unknownStockHolder,
  unknownStockMaterial,
  stockNotPublished,
  stockNotTonnes,
  stockMeasureMissing,
  indicatorSeriesMissing,
  indicatorStageMissing,
  indicatorPointMissing,
  indicatorValueMissing,
};

/** The prose a failure shows the user. */
export function failureText(failure: Failure): string {
  const text = FAILURE_TEXT[failure.code] as (params: Failure["params"]) => string;
  return text(failure.params);
}
