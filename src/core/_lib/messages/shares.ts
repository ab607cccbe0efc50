/**
 * Texts of supply shares and import dependency, for one country and for groups of countries.
 */
import type { Indicator } from "../../../data/schema";
import { num, pct, list, type TextsOf } from "./texts";

/** What each failure code of this domain needs for its text (see failureText.ts). */
export interface SharesFailures {
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
}

function missingStageData({ stage }: SharesFailures["missingStageData"]): string {
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

function missingShare(m: SharesFailures["missingShare"]): string {
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

function otherBases(m: SharesFailures["otherBases"]): string {
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
}: SharesFailures["importStageNotCovered"]): string {
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
}: SharesFailures["missingImportReliance"]): string {
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
}: SharesFailures["missingImportRelianceYear"]): string {
  return `No net import reliance for ${consumer} in ${year} (the dataset has ${list(years)}).`;
}

function missingImportSource({
  consumer,
  supplier,
}: SharesFailures["missingImportSource"]): string {
  return `The dataset has no share of ${consumer}'s imports coming from ${supplier}.`;
}

function missingDependency({
  consumer,
  supplier,
  stages,
}: SharesFailures["missingDependency"]): string {
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

// Groups and lists of countries (RE.SHARE, RE.DEPENDENCY).

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

function groupShareMissing(m: SharesFailures["groupShareMissing"]): string {
  const who = m.complement ? "countries outside it" : "members";
  return `No share for ${m.group} at ${m.stage} in ${m.year} on the basis asked (${m.asked}): the dataset has no figure on one basis for these ${who}: ${list(m.missing)}. A group's share is the sum of its members' shares, and a member without a figure is not counted as 0.`;
}

function groupWithoutMembers({ group }: SharesFailures["groupWithoutMembers"]): string {
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
}: SharesFailures["missingGroupImportSources"]): string {
  return `The dataset has no share of ${consumer}'s imports coming from ${list(missing)}, so the share of them coming from ${group} cannot be summed (a country without a figure is not counted as 0).`;
}

function groupAsConsumer({ group, withData }: SharesFailures["groupAsConsumer"]): string {
  return `A group's dependency as consumer (${group}) is its combined net import reliance: its members' imports less exports over their apparent consumption, trade between members left out. The dataset has import figures for ${list(withData)} only, so it is not available; ask for each member, or use consumer "WORLD".`;
}

export function groupImportSourceLabel(consumer: string, group: string): string {
  return `Share of ${consumer}'s imports of rare-earth compounds and metals from ${group}`;
}

/** The texts of this domain's failure codes. */
export const sharesTexts: TextsOf<SharesFailures> = {
  missingStageData,
  missingShare,
  otherBases,
  importStageNotCovered,
  missingImportReliance,
  missingImportRelianceYear,
  missingImportSource,
  missingDependency,
  groupShareMissing,
  groupWithoutMembers,
  missingGroupImportSources,
  groupAsConsumer,
};
