import type { Country, Stage } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { basisOf, withNote } from "../_lib/basis";
import { checkYear } from "../_lib/checks";
import {
  dependencyProduct,
  groupImportShare,
  groupImportSourceLabel,
  importRelianceLabel,
  importSourceLabel,
  netExporterDependency,
  worstStageNote,
} from "../_lib/messages/shares";
import { answer, fail, type Basis, type Outcome } from "../_lib/outcome";
import { inSeries, seriesOf } from "../_lib/series";
import { parseStageChain } from "../_lib/stageChain";
import { resolveCountryOrGroup, type CountryOrGroup } from "../countryGroup";
import { supplyShare } from "../supplyShare";
import { stageIndex } from "../resolveStage/stageIndex";
import { importIndex, importSourceKey, relianceKey } from "./importIndex";

export interface SupplierDependencyOptions {
  /** A stage, or a chain of stages ("separation>magnet"); default: the whole chain. */
  readonly stage?: string;
  /** The supplying country, group or list of countries ("China+Myanmar"); default "CN". */
  readonly supplier?: string;
  /** The consuming country, or "WORLD" (default) for the world market. */
  readonly consumer?: string;
  /** Year; default: the latest with data (per stage for the world, the latest import reliance for a country). */
  readonly year?: number;
}

/** The series of a country's dependency: what its value counts, whatever the supplier. */
const IMPORT_SERIES = "net import reliance × share of imports";

/**
 * @summary How much a consumer depends on a supplier at a stage of the chain, as a fraction 0-1.
 *
 * @description
 * - Consumer WORLD: the supplier's share of world output at the stage (`supplyShare`: USGS production
 *   ratio for mining, otherwise the reported share).
 * - Consumer a country: net import reliance at the stage × the supplier's share of the consumer's
 *   imports, from the `indicators` table's series (`measure` net import reliance and import source share,
 *   by `country`, `partner` and the `stages` whose material they cover; for the US, USGS MCS 2026:
 *   compounds and metals for separation and metal, 67% reliance in 2025 × 71% of 2021–24 imports from
 *   China = 0.4757). A net exporter at the stage (USGS "E": US mineral concentrates) depends on no
 *   supplier's net imports: 0, cited. Stages without reliance figures are `notAvailable`.
 * - A group or list as supplier ("China+Myanmar", "allied"): for WORLD the group's share of world output;
 *   for a country, reliance × the sum of the members' shares of its imports (each once, the consumer
 *   itself left out; a member without an import-source figure makes it `notAvailable`, never 0; a
 *   "world minus" group is 100% less the shares of the countries outside it).
 * - A group as consumer would be its combined net import reliance (members' imports less exports over
 *   their apparent consumption, trade between members left out); the dataset has no such figures, so it
 *   is `notAvailable` saying so. A list of one country is that country.
 * - No stage, or a chain: the dependency of the chain is that of its worst stage, the maximum over the
 *   stages with a value; the basis names that stage and lists the stages without data.
 *
 * @param data - The indexed dataset.
 * @param args - Stage (or chain), supplier, consumer and year.
 * @returns A fraction 0-1; `invalid` for unknown keywords, `outOfRange` for an impossible year,
 * `notAvailable` naming the data that would be needed.
 *
 * @example
 * supplierDependency(data, { stage: "separation", supplier: "China", consumer: "US" })
 * //=> { ok: true, value: 0.4757, basis: [US net import reliance 2025, US import sources: China] }
 */
export function supplierDependency(
  data: IndexedDataset,
  args: SupplierDependencyOptions
): Outcome<number> {
  const supplier = resolveCountryOrGroup(data, args.supplier ?? "CN");
  if (!supplier.ok) return supplier;
  const consumerArg = resolveCountryOrGroup(data, args.consumer ?? "WORLD");
  if (!consumerArg.ok) return consumerArg;
  const consumer = singleCountry(consumerArg.value);
  if (!consumer)
    return fail("notAvailable", "groupAsConsumer", {
      group: nameOf(consumerArg.value),
      withData: withImportData(data),
    });
  if (supplier.value.kind === "country" && supplier.value.country.code === consumer.code)
    return fail("invalid", "sameSupplierAndConsumer", { country: consumer.name });
  if (args.year !== undefined) {
    const badYear = checkYear("year", args.year);
    if (badYear) return badYear;
  }
  const stages =
    args.stage === undefined ? answer(stageIndex(data).chain) : parseStageChain(data, args.stage);
  if (!stages.ok) return stages;
  const from: Supplier = {
    keyword:
      supplier.value.kind === "country" ? supplier.value.country.code : (args.supplier ?? ""),
    who: supplier.value,
    membership: supplier.basis,
  };
  if (stages.value.length === 1)
    return dependencyAt(data, from, consumer, stages.value[0], args.year);
  return worstStage(data, from, consumer, stages.value, args.year);
}

/** The supplier as asked (for a world share) and as resolved (for import shares). */
interface Supplier {
  readonly keyword: string;
  readonly who: CountryOrGroup;
  readonly membership: readonly Basis[];
}

function nameOf(who: CountryOrGroup): string {
  return who.kind === "country" ? who.country.name : who.group.name;
}

/** The one country a consumer stands for: a country, or a list that names only one. */
function singleCountry(who: CountryOrGroup): Country | undefined {
  if (who.kind === "country") return who.country;
  const { members, outside } = who.group;
  return outside === undefined && members.length === 1 ? members[0] : undefined;
}

/** The countries the dataset has net import reliance for. */
function withImportData(data: IndexedDataset): string[] {
  const codes = new Set([...importIndex(data).importReliance.keys()].map((k) => k.split("|")[0]));
  return data.dataset.countries.filter((c) => codes.has(c.code)).map((c) => c.name);
}

function dependencyAt(
  data: IndexedDataset,
  supplier: Supplier,
  consumer: Country,
  stage: Stage,
  year: number | undefined
): Outcome<number> {
  if (consumer.code === "WORLD")
    return supplyShare(data, { country: supplier.keyword, stage: stage.id, year });
  const imports = importIndex(data);
  const reliances = imports.importReliance.get(relianceKey(consumer.code, stage.id));
  if (!reliances) {
    const covered = data.dataset.stages
      .filter((s) => imports.importReliance.has(relianceKey(consumer.code, s.id)))
      .map((s) => s.id);
    return covered.length > 0
      ? fail("notAvailable", "importStageNotCovered", {
          consumer: consumer.name,
          stage: stage.id,
          covered,
        })
      : fail("notAvailable", "missingImportReliance", {
          consumer: consumer.name,
          supplier: nameOf(supplier.who),
          stage: stage.id,
        });
  }
  const reliance = year === undefined ? reliances[0] : reliances.find((r) => r.year === year);
  if (!reliance)
    return fail("notAvailable", "missingImportRelianceYear", {
      consumer: consumer.name,
      year: year as number,
      years: reliances.map((r) => r.year),
    });
  const r = reliance.value as number;
  if (r <= 0)
    return inSeries(
      answer(0, [
        basisOf(reliance, importRelianceLabel(reliance), {
          computed: netExporterDependency(consumer.name, stage.id),
        }),
      ]),
      IMPORT_SERIES
    );
  const share = importShare(data, supplier, consumer, stage);
  if (!share.ok) return share;
  const s = share.value;
  return inSeries(
    answer(r * s, [
      basisOf(reliance, importRelianceLabel(reliance), { computed: dependencyProduct(r, s) }),
      ...share.basis,
    ]),
    IMPORT_SERIES
  );
}

/** The supplier's share of the consumer's imports: its figure, or the sum over a group's members. */
function importShare(
  data: IndexedDataset,
  supplier: Supplier,
  consumer: Country,
  stage: Stage
): Outcome<number> {
  const sources = importIndex(data).importSources;
  const figure = (c: Country) => sources.get(importSourceKey(consumer.code, c.code, stage.id));
  if (supplier.who.kind === "country") {
    const source = figure(supplier.who.country);
    if (!source)
      return fail("notAvailable", "missingImportSource", {
        consumer: consumer.name,
        supplier: supplier.who.country.name,
      });
    return answer(source.value as number, [basisOf(source, importSourceLabel(source))]);
  }
  const group = supplier.who.group;
  const complement = group.outside !== undefined;
  // The consumer's imports come from others: it is left out of a group it belongs to.
  const counted = (group.outside ?? group.members).filter((c) => c.code !== consumer.code);
  if (counted.length === 0 && !complement)
    return fail("invalid", "sameSupplierAndConsumer", { country: consumer.name });
  const missing = counted.filter((c) => !figure(c)).map((c) => c.name);
  if (missing.length > 0)
    return fail("notAvailable", "missingGroupImportSources", {
      consumer: consumer.name,
      group: group.name,
      missing,
    });
  const records = counted.map((c) => figure(c)!);
  const parts = counted.map((c, i) => ({ name: c.name, value: records[i].value as number }));
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  const summary = basisOf(
    { sourceIds: [], asOf: data.dataset.meta.asOf, confidence: "high" },
    groupImportSourceLabel(consumer.name, group.name),
    { computed: groupImportShare(parts, complement) }
  );
  return answer(complement ? 1 - total : total, [
    summary,
    ...supplier.membership,
    ...records.map((r) => basisOf(r, importSourceLabel(r))),
  ]);
}

/** The chain's dependency: its worst stage's, with the other stages named in the note. */
function worstStage(
  data: IndexedDataset,
  supplier: Supplier,
  consumer: Country,
  stages: readonly Stage[],
  year: number | undefined
): Outcome<number> {
  let worst: { stage: Stage; outcome: Outcome<number> & { ok: true } } | undefined;
  const others: { stage: string; value: number }[] = [];
  const missing: string[] = [];
  for (const stage of stages) {
    const outcome = dependencyAt(data, supplier, consumer, stage, year);
    if (!outcome.ok) {
      missing.push(stage.id);
    } else if (!worst || outcome.value > worst.outcome.value) {
      if (worst) others.push({ stage: worst.stage.id, value: worst.outcome.value });
      worst = { stage, outcome };
    } else {
      others.push({ stage: stage.id, value: outcome.value });
    }
  }
  if (!worst)
    return fail("notAvailable", "missingDependency", {
      consumer: consumer.name,
      supplier: nameOf(supplier.who),
      stages: missing,
    });
  const note = worstStageNote(worst.stage.id, worst.outcome.value, others, missing);
  const [first, ...rest] = worst.outcome.basis;
  // A chain's history keeps to one worst stage on one basis: another stage is another series.
  const series = `${worst.stage.id}: ${seriesOf(worst.outcome) ?? "unstated basis"}`;
  return inSeries(answer(worst.outcome.value, [withNote(first, note), ...rest]), series);
}
