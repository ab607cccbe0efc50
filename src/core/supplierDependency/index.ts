import type { Country, Stage, StageId } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { basisOf, withNote } from "../_lib/basis";
import { checkYear } from "../_lib/checks";
import {
  dependencyProduct,
  importRelianceLabel,
  importSourceLabel,
  worstStageNote,
} from "../_lib/messages";
import { answer, fail, type Outcome } from "../_lib/outcome";
import { parseStageChain } from "../_lib/stageChain";
import { resolveCountry } from "../resolveCountry";
import { supplyShare } from "../supplyShare";
import { stageIndex } from "../resolveStage/stageIndex";
import { importIndex, importSourceKey } from "./importIndex";

export interface SupplierDependencyOptions {
  /** A stage, or a chain of stages ("separation>magnet"); default: the whole chain. */
  readonly stage?: string;
  /** The supplying country; default "CN". */
  readonly supplier?: string;
  /** The consuming country, or "WORLD" (default) for the world market. */
  readonly consumer?: string;
  /** Year; default: the latest with data (per stage for the world, the latest import reliance for a country). */
  readonly year?: number;
}

/**
 * Stages whose material is what USGS "net import reliance, rare-earth compounds and metals" measures:
 * separated compounds (oxides) and metals. Ore and concentrate, magnets and scrap are outside it, and
 * magnets imported inside finished goods are not counted at all (USGS-MCS25).
 */
const IMPORT_RELIANCE_STAGES: readonly StageId[] = ["separation", "metal"];

/**
 * @summary How much a consumer depends on a supplier at a stage of the chain, as a fraction 0-1.
 *
 * @description
 * - Consumer WORLD: the supplier's share of world output at the stage (`supplyShare`: USGS production
 *   ratio for mining, otherwise the reported share).
 * - Consumer a country: net import reliance × the supplier's share of the consumer's imports, from the
 *   `indicators` table (ids `<cc>-net-import-reliance-<year>` and `<cc>-import-source-<supplier>`; for the
 *   US, USGS MCS 2025: 80% reliance in 2024 × 70% of 2020–23 imports from China = 0.56). This covers the
 *   separation and metal stages only (compounds and metals); other stages are `notAvailable`.
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
 * //=> { ok: true, value: 0.56, basis: [US net import reliance 2024, US import sources: China] }
 */
export function supplierDependency(
  data: IndexedDataset,
  args: SupplierDependencyOptions
): Outcome<number> {
  const supplier = resolveCountry(data, args.supplier ?? "CN");
  if (!supplier.ok) return supplier;
  const consumer = resolveCountry(data, args.consumer ?? "WORLD");
  if (!consumer.ok) return consumer;
  if (supplier.value.code === consumer.value.code)
    return fail("invalid", "sameSupplierAndConsumer", { country: supplier.value.name });
  if (args.year !== undefined) {
    const badYear = checkYear("year", args.year);
    if (badYear) return badYear;
  }
  const stages =
    args.stage === undefined ? answer(stageIndex(data).chain) : parseStageChain(data, args.stage);
  if (!stages.ok) return stages;
  if (stages.value.length === 1)
    return dependencyAt(data, supplier.value, consumer.value, stages.value[0], args.year);
  return worstStage(data, supplier.value, consumer.value, stages.value, args.year);
}

function dependencyAt(
  data: IndexedDataset,
  supplier: Country,
  consumer: Country,
  stage: Stage,
  year: number | undefined
): Outcome<number> {
  if (consumer.code === "WORLD")
    return supplyShare(data, { country: supplier.code, stage: stage.id, year });
  if (!IMPORT_RELIANCE_STAGES.includes(stage.id))
    return fail("notAvailable", "importStageNotCovered", {
      consumer: consumer.name,
      stage: stage.id,
      covered: IMPORT_RELIANCE_STAGES,
    });
  const reliances = importIndex(data).importReliance.get(consumer.code);
  if (!reliances)
    return fail("notAvailable", "missingImportReliance", {
      consumer: consumer.name,
      supplier: supplier.name,
      stage: stage.id,
    });
  const reliance = year === undefined ? reliances[0] : reliances.find((r) => r.year === year);
  if (!reliance)
    return fail("notAvailable", "missingImportRelianceYear", {
      consumer: consumer.name,
      year: year as number,
      years: reliances.map((r) => r.year),
    });
  const source = importIndex(data).importSources.get(importSourceKey(consumer.code, supplier.code));
  if (!source)
    return fail("notAvailable", "missingImportSource", {
      consumer: consumer.name,
      supplier: supplier.name,
    });
  const r = reliance.value as number;
  const s = source.value as number;
  return answer(r * s, [
    basisOf(reliance, importRelianceLabel(reliance), { computed: dependencyProduct(r, s) }),
    basisOf(source, importSourceLabel(source)),
  ]);
}

/** The chain's dependency: its worst stage's, with the other stages named in the note. */
function worstStage(
  data: IndexedDataset,
  supplier: Country,
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
      supplier: supplier.name,
      stages: missing,
    });
  const note = worstStageNote(worst.stage.id, worst.outcome.value, others, missing);
  const [first, ...rest] = worst.outcome.basis;
  return answer(worst.outcome.value, [withNote(first, note), ...rest]);
}
