import type { Stage } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { basisOf } from "../_lib/basis";
import { FACTOR_IDS, factorOf } from "../_lib/factors";
import { checkHorizon, dataHorizon } from "../_lib/horizon";
import { chainBindingNote, chainDemandLabel, minedReoFactorNote } from "../_lib/messages/chain";
import { answer, fail, type Basis, type Failure, type Outcome } from "../_lib/outcome";
import { parseStageChain } from "../_lib/stageChain";
import { CANONICAL_PRODUCT } from "../_lib/vocabulary";
import { capacityOnline } from "../capacityOnline";
import type { IndependenceYearOptions } from "../independenceYear";
import { checkIndependenceArgs, checkScenarioCase } from "../independenceYear/independenceArgs";

/** One stage of the chain: its demand in the base year, in t/yr of its own product, and what that rests on. */
export interface StageDemand {
  readonly stage: Stage;
  readonly demand: number;
  readonly basis: readonly Basis[];
}

/**
 * Tonnes of `upstream` product per tonne of `downstream` product, from the cited composition factors:
 * NdFeB → NdPr oxide is the NdPr share of magnet mass ÷ NdPr metal per oxide; NdPr oxide → mined REO is
 * 1 ÷ the NdPr share of the Mountain Pass ore's REO (the one deposit with a cited distribution, applied
 * to all the region's mined REO, which the basis says); like products are 1 (no process yield is
 * counted, as none is sourced).
 */
function upstreamFactor(
  data: IndexedDataset,
  downstream: string,
  upstream: string
): Outcome<number> {
  if (downstream === upstream) return answer(1);
  if (downstream === "NdFeB" && upstream === "NdPr oxide") {
    const share = factorOf(data, FACTOR_IDS.ndprShareOfNdFeB);
    const metal = factorOf(data, FACTOR_IDS.ndprMetalPerOxide);
    if (!share || !metal)
      return fail("notAvailable", "chainFactorMissing", { downstream, upstream });
    return answer(share.value / metal.value, [
      basisOf(share, share.name),
      basisOf(metal, metal.name),
    ]);
  }
  if (downstream === "NdPr oxide" && upstream === "REO") {
    const share = factorOf(data, FACTOR_IDS.ndprOxideShareOfReo);
    if (!share) return fail("notAvailable", "chainFactorMissing", { downstream, upstream });
    return answer(1 / share.value, [basisOf(share, share.name, { note: minedReoFactorNote() })]);
  }
  const viaOxide = upstreamFactor(data, downstream, "NdPr oxide");
  if (!viaOxide.ok) return viaOxide;
  const rest = upstreamFactor(data, "NdPr oxide", upstream);
  return rest.ok ? answer(viaOxide.value * rest.value, [...viaOxide.basis, ...rest.basis]) : rest;
}

/** Each stage's base-year demand, from the last stage's demand converted upstream link by link. */
export function stageDemands(
  data: IndexedDataset,
  stages: readonly Stage[],
  demand: number
): Outcome<readonly StageDemand[]> {
  const last = stages[stages.length - 1];
  const product = CANONICAL_PRODUCT[last.id];
  const demands: StageDemand[] = [];
  for (const stage of stages) {
    const factor = upstreamFactor(data, product, CANONICAL_PRODUCT[stage.id]);
    if (!factor.ok) return factor;
    demands.push({ stage, demand: demand * factor.value, basis: factor.basis });
  }
  return answer(demands);
}

/** What each stage's demand is and the factors it was converted through, each factor cited once. */
export function stageDemandBasis(
  data: IndexedDataset,
  demands: readonly StageDemand[],
  base: number
): Basis[] {
  const demandBasis = demands.map((d) =>
    basisOf(
      { sourceIds: [], asOf: data.dataset.meta.asOf, confidence: "high" },
      chainDemandLabel(d.stage.name, d.demand, CANONICAL_PRODUCT[d.stage.id], base)
    )
  );
  const factors = new Map(demands.flatMap((d) => d.basis).map((b) => [b.label, b]));
  return [...demandBasis, ...factors.values()];
}

/**
 * @summary The first year every stage of a chain covers its demand: whole-chain independence.
 *
 * @description
 * The demand is given in the last stage's product (magnet or metal: NdFeB; separation: NdPr oxide) and
 * converted upstream through the cited composition factors (`ndpr-share-of-ndfeb-mass`,
 * `ndpr-oxide-metal-factor`): 1 t NdFeB needs 0.285 ÷ 0.85 ≈ 0.335 t NdPr oxide, and 1 t NdPr oxide
 * needs 1 ÷ 0.157 ≈ 6.37 t mined REO (`ndpr-oxide-share-of-reo-mountain-pass`: the NdPr share of the
 * Mountain Pass ore, MP Materials' 2021 10-K; one deposit, applied to the region's whole mined REO and
 * said so in the basis; without it a chain through mining is `notAvailable`). For each year from the base year to the
 * data's horizon, each stage's capacity (`capacityOnline`, with the same status, own projects and scenario)
 * is compared with its demand × (1 + growth)^(Y − base); the answer is the first year in which every
 * stage covers its own, so it is never earlier than any stage's own independence year. The basis names
 * the binding stage (the lowest capacity ÷ demand) in each year searched.
 *
 * @param data - The indexed dataset.
 * @param args - As `independenceYear`, with `stage` a chain ("separation>metal>magnet").
 * @returns A calendar year; the failures of `independenceYear`, and `notAvailable` for a missing factor.
 *
 * @example
 * chainIndependenceYear(data, { region: "US", stage: "separation>metal>magnet", demand: 1000, baseYear: 2025 })
 * //=> { ok: true, value: 2026, basis: [binding stage by year: 2025 metal …, …] }
 */
export function chainIndependenceYear(
  data: IndexedDataset,
  args: IndependenceYearOptions
): Outcome<number> {
  const bad = checkIndependenceArgs(args);
  if (bad) return bad;
  const growth = args.growth ?? 0;
  const chain = parseStageChain(data, args.stage);
  if (!chain.ok) return chain;
  const demands = stageDemands(data, chain.value, args.demand);
  if (!demands.ok) return demands;

  const base = args.baseYear;
  const horizon = dataHorizon(data);
  if (base > horizon) return checkHorizon(data, base) as Failure;
  const badCase = checkScenarioCase(
    data,
    chain.value.map((s) => s.id),
    args.case
  );
  if (badCase) return badCase;
  const binding: { year: number; stage: string; capacity: number | null; need: number }[] = [];
  for (let year = base; year <= horizon; year++) {
    const grown = (1 + growth) ** (year - base);
    let worst: { stage: string; ratio: number; capacity: number | null; need: number } | undefined;
    const totals: Basis[] = [];
    for (const { stage, demand } of demands.value) {
      const need = demand * grown;
      const capacity = capacityOnline(data, {
        region: args.region,
        stage: stage.id,
        year,
        status: args.status,
        projects: args.projects,
        delay: args.delay,
        utilisation: args.utilisation,
        case: args.case,
      });
      if (!capacity.ok && capacity.kind !== "notAvailable") return capacity;
      const value = capacity.ok ? capacity.value : null;
      const ratio = value === null ? 0 : value / need;
      if (!worst || ratio < worst.ratio)
        worst = { stage: stage.name, ratio, capacity: value, need };
      if (capacity.ok) totals.push(capacity.basis[0]);
    }
    if (!worst) break;
    binding.push({ year, stage: worst.stage, capacity: worst.capacity, need: worst.need });
    if (worst.ratio >= 1) {
      const note = basisOf(
        { sourceIds: [], asOf: data.dataset.meta.asOf, confidence: "high" },
        chainBindingNote(binding)
      );
      return answer(year, [note, ...stageDemandBasis(data, demands.value, base), ...totals]);
    }
  }
  return fail("notAvailable", "chainNotWithinHorizon", { base, horizon, binding });
}
