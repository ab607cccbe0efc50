import type { CapacityProject, LeadTime, Stage } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { basisOf, pooledBasis } from "../_lib/basis";
import { checkRange, checkYear } from "../_lib/checks";
import { yearOf } from "../_lib/dates";
import { checkHorizon, dataHorizon } from "../_lib/horizon";
import {
  oddsAssumptionLabel,
  oddsOverriddenNote,
  plantChanceLabel,
  probabilityLabel,
  probabilityMethod,
  triangleLabel,
  triangleNote,
} from "../_lib/messages/probability";
import { answer, fail, type Basis, type Failure, type Outcome } from "../_lib/outcome";
import { parseStageChain } from "../_lib/stageChain";
import { CANONICAL_PRODUCT } from "../_lib/vocabulary";
import { plantAt } from "../capacityOnline/plantAt";
import {
  delayedPlant,
  isPending,
  shiftedPlant,
  shiftedStart,
  stageLeadTime,
  type CapacityScenario,
} from "../capacityScenario";
import { stageDemandBasis, stageDemands } from "../chainIndependence";
import { checkIndependenceArgs } from "../independenceYear/independenceArgs";
import { pipelineAtStage, type OwnProjectRows } from "../ownProjects";
import { resolveRegion } from "../resolveRegion";
import { onlineOdds } from "./onlineOdds";
import { plantStream, triangularQuantile, type Draw, type Triangle } from "./plantDraws";

export interface IndependenceProbabilityOptions extends Omit<CapacityScenario, "case"> {
  /** A region, a country or the analyst's own list ("US+Japan"), as `capacityOnline` takes it. */
  readonly region: string;
  /** A stage or a chain ("separation>metal>magnet"), as `independenceYear` and `chainIndependenceYear` take it. */
  readonly stage: string;
  /** Demand in the base year, in t/yr of the (last) stage's product; above 0. */
  readonly demand: number;
  /** The year demand is given for and the search starts from. */
  readonly baseYear: number;
  /** The year by which demand must be covered; from the base year to the data's horizon. */
  readonly year: number;
  /** Yearly demand growth as a fraction; default 0; above −1. */
  readonly growth?: number;
  /** The analyst's own projects for this call only, as `capacityOnline` takes them. */
  readonly projects?: OwnProjectRows;
  /** The analyst's chances of coming online by status (`onlineOdds`); default the assumed odds. */
  readonly odds?: OwnProjectRows;
  /** Monte Carlo trials, a whole number; default 10,000. */
  readonly trials?: number;
  /** Seed of the draws, a whole number; default 1. Same inputs and seed, same answer. */
  readonly seed?: number;
}

export const DEFAULT_TRIALS = 10_000;
export const DEFAULT_SEED = 1;
/** Enough trials for a standard error of at most 0.05, few enough to answer within a second. */
const TRIALS = { min: 100, max: 100_000 } as const;
/** A 32-bit seed, as the generator takes it. */
const SEEDS = { min: 0, max: 2 ** 32 - 1 } as const;

/** A whole number within bounds, or the failure saying what it must be. */
function checkWhole(
  what: string,
  value: number,
  bounds: { readonly min: number; readonly max: number }
): Failure | undefined {
  const failure = checkRange(what, value, bounds.min, bounds.max);
  if (failure) return failure;
  return Number.isInteger(value) ? undefined : fail("outOfRange", "notWhole", { what, value });
}

/** A plant at one stage: its chance of coming online, its lead-time triangle, its capacity by first-year move. */
interface PlantAtStage {
  readonly project: CapacityProject;
  /** Index of the plant's stream: a plant listed at several stages draws once per trial. */
  readonly stream: number;
  readonly chance: number;
  readonly triangle: Triangle | null;
  /** Capacity (t/yr, after utilisation) in each year base..year, by whole years its first year moved. */
  readonly byMove: Map<number, Float64Array>;
}

/**
 * @summary The probability that a region covers its demand at a stage (or at every stage of a chain) by a year.
 *
 * @description
 * A seeded Monte Carlo estimate over what is uncertain in the pipeline: whether each plant comes online
 * at all, and when. In each trial every plant that lists the stage, lies in the region and counts the
 * stage's product (the dataset's and the analyst's own, as `capacityOnline` sees them):
 * 1. comes online with the chance of its status (`onlineOdds`: an explicit, overridable assumption,
 *    graded low, since no source gives completion rates by status; running plants 1);
 * 2. if still to come online (first year after the as-of year), draws its stage's lead time L from a
 *    triangular distribution with the lead-time record's low and high cases as ends and its base case as
 *    mode (an assumption about the shape: the records give a shortest, a central and a longest case), and
 *    arrives at its announced first year moved by L − base as the lead-time case does (`shiftedPlant`:
 *    rounded to the nearest whole year, never before the year after the as-of date). A missing low or
 *    high case is no spread on that side, which the basis names;
 * 3. counts, from then on, as `capacityOnline` counts it (its figure, or its sourced ramp), after the
 *    scenario's delay and utilisation.
 * A trial covers demand by the year when in some year from the base year to it every stage's capacity is
 * at least its demand × (1 + growth)^(Y − base) (the event "RE.INDEPENDENCEYEAR ≤ year"). The answer is
 * the share of trials that do. Each plant draws from its own stream (`plantStream`, seeded from the
 * seed and its id), so the same inputs give the same answer, and more capacity, a shorter delay or a
 * later year never lower it, trial by trial. The standard error √(p(1 − p)/trials) is in the basis.
 *
 * @param data - The indexed dataset.
 * @param args - Region, stage or chain, demand, base year, year, scenario, odds, trials and seed.
 * @returns A probability 0-1; the failures of `chainIndependenceYear` for bad arguments, `outOfRange`
 * for a year before the base year, `notAvailable` past the horizon or when a stage has no plant that
 * could count.
 *
 * @example
 * independenceProbability(data, { region: "US", stage: "magnet", demand: 15000, baseYear: 2025, year: 2029 })
 * //=> { ok: true, value: 0.6232, basis: [probability … 6,232 of 10,000 trials, chance by status (assumption), lead time magnet 2–3 years, …] }
 */
export function independenceProbability(
  data: IndexedDataset,
  args: IndependenceProbabilityOptions
): Outcome<number> {
  const bad = checkIndependenceArgs(args) ?? checkYear("year", args.year);
  if (bad) return bad;
  if (args.year < args.baseYear)
    return fail("outOfRange", "probabilityYearBeforeBase", {
      year: args.year,
      base: args.baseYear,
    });
  const horizon = dataHorizon(data);
  if (args.year > horizon) return checkHorizon(data, args.year) as Failure;
  const chain = parseStageChain(data, args.stage);
  if (!chain.ok) return chain;
  const demands = stageDemands(data, chain.value, args.demand);
  if (!demands.ok) return demands;
  const region = resolveRegion(data, args.region);
  if (!region.ok) return region;
  const odds = onlineOdds(args.odds);
  if (!odds.ok) return odds;
  const trials = args.trials ?? DEFAULT_TRIALS;
  const seed = args.seed ?? DEFAULT_SEED;
  const badRun = checkWhole("trials", trials, TRIALS) ?? checkWhole("seed", seed, SEEDS);
  if (badRun) return badRun;

  const years = args.year - args.baseYear + 1;
  const streams: Draw[] = [];
  const streamIndex = new Map<string, number>();
  const streamOf = (id: string): number => {
    const known = streamIndex.get(id);
    if (known !== undefined) return known;
    streams.push(plantStream(seed, id));
    streamIndex.set(id, streams.length - 1);
    return streams.length - 1;
  };
  const stages: { stage: Stage; plants: PlantAtStage[]; lead: LeadTime | undefined }[] = [];
  for (const { stage } of demands.value) {
    const listed = pipelineAtStage(data, stage.id, args.projects);
    if (!listed.ok) return listed;
    const lead = stageLeadTime(data, stage);
    const triangle = lead.ok ? triangleOf(lead.value) : null;
    const plants = listed.value
      .filter(
        (p) =>
          region.value.includes(p.country) &&
          p.product === CANONICAL_PRODUCT[stage.id] &&
          odds.value.byStatus[p.status] > 0
      )
      .map((project) => ({
        project,
        stream: streamOf(project.id),
        chance: odds.value.byStatus[project.status],
        triangle: isPending(data, project) ? triangle : null,
        byMove: new Map<number, Float64Array>(),
      }))
      .filter((plant) => countsEver(data, plant));
    if (plants.length === 0)
      return fail("notAvailable", "probabilityNothingToCount", {
        stage: stage.name,
        region: region.value.name,
      });
    stages.push({ stage, plants, lead: lead.ok ? lead.value : undefined });
  }

  const needs = demands.value.map((d) =>
    Float64Array.from({ length: years }, (_, i) => d.demand * (1 + (args.growth ?? 0)) ** i)
  );
  const covered = coveringTrials(data, args, { stages, needs, streams, trials, years });

  const p = covered / trials;
  const assumption = basisOf(
    { sourceIds: [], asOf: data.dataset.meta.asOf, confidence: "low" },
    oddsAssumptionLabel(odds.value.byStatus),
    odds.value.overridden.length > 0
      ? { note: oddsOverriddenNote(odds.value.overridden, odds.value.byStatus) }
      : undefined
  );
  const plants = stages.flatMap((s) => s.plants);
  const leadRecords = stages.flatMap((s) => (s.lead ? [s.lead] : []));
  const headline = pooledBasis(
    [...plants.map((x) => x.project), ...leadRecords, assumption],
    probabilityLabel(region.value.name, args.stage, args.demand, args.year, p),
    { computed: probabilityMethod({ covered, trials, seed, base: args.baseYear, year: args.year }) }
  );
  const basis: Basis[] = [
    headline,
    assumption,
    ...stages.flatMap(({ stage, lead }) =>
      lead
        ? [basisOf(lead, triangleLabel(stage.name, triangleOf(lead)), { note: triangleNote(lead) })]
        : []
    ),
    ...(chain.value.length > 1 ? stageDemandBasis(data, demands.value, args.baseYear) : []),
    ...plants.map((x) => basisOf(x.project, plantChanceLabel(x.project, x.chance, x.triangle))),
    ...region.basis,
  ];
  return answer(p, basis);
}

/** What the trials run over: the stages' plants, their demands by year, the plants' streams. */
interface TrialPlan {
  readonly stages: readonly { readonly plants: readonly PlantAtStage[] }[];
  /** Each stage's demand in each year base..year. */
  readonly needs: readonly Float64Array[];
  readonly streams: readonly Draw[];
  readonly trials: number;
  readonly years: number;
}

/** How many trials cover the demand at every stage in some year: each plant draws whether and when it comes online. */
function coveringTrials(
  data: IndexedDataset,
  args: IndependenceProbabilityOptions,
  { stages, needs, streams, trials, years }: TrialPlan
): number {
  const asOf = yearOf(data.dataset.meta.asOf);
  const online = new Float64Array(streams.length);
  const lead = new Float64Array(streams.length);
  const totals = stages.map(() => new Float64Array(years));
  let covered = 0;
  for (let t = 0; t < trials; t++) {
    for (let i = 0; i < streams.length; i++) {
      online[i] = streams[i]();
      lead[i] = streams[i]();
    }
    for (let s = 0; s < stages.length; s++) {
      const total = totals[s].fill(0);
      for (const plant of stages[s].plants) {
        if (online[plant.stream] >= plant.chance) continue;
        const move = moveOf(asOf, plant, lead[plant.stream]);
        const capacity = capacityByYear(data, plant, move, args, years);
        for (let y = 0; y < years; y++) total[y] += capacity[y];
      }
    }
    if (coversInSomeYear(totals, needs, years)) covered++;
  }
  return covered;
}

/** Whether in some year every stage's capacity is at least its demand. */
function coversInSomeYear(
  totals: readonly Float64Array[],
  needs: readonly Float64Array[],
  years: number
): boolean {
  for (let y = 0; y < years; y++) {
    let all = true;
    for (let s = 0; s < totals.length && all; s++) all = totals[s][y] >= needs[s][y];
    if (all) return true;
  }
  return false;
}

/** A lead-time record as a triangle: low and high cases as ends, base as mode; a missing case is no spread. */
function triangleOf(record: LeadTime): Triangle | null {
  if (record.base === null) return null;
  return { low: record.low ?? record.base, mode: record.base, high: record.high ?? record.base };
}

/** The whole years a plant's first year moves for a lead-time draw `u` (0 for plants already running). */
function moveOf(asOfYear: number, plant: PlantAtStage, u: number): number {
  if (!plant.triangle) return 0;
  const start = plant.project.startYear as number;
  const years = triangularQuantile(plant.triangle, u) - plant.triangle.mode;
  return shiftedStart(asOfYear, start, years) - start;
}

/** The plant's capacity in each year base..year when its first year moves by `move`, computed once per move. */
function capacityByYear(
  data: IndexedDataset,
  plant: PlantAtStage,
  move: number,
  args: IndependenceProbabilityOptions,
  years: number
): Float64Array {
  const known = plant.byMove.get(move);
  if (known) return known;
  const moved = delayedPlant(data, shiftedPlant(data, plant.project, move), args.delay ?? 0);
  const capacity = Float64Array.from({ length: years }, (_, i) => {
    const count = plantAt(moved, args.baseYear + i);
    return count.counts ? count.value * (args.utilisation ?? 1) : 0;
  });
  plant.byMove.set(move, capacity);
  return capacity;
}

/**
 * Whether a plant can count at all, in some year however late: it has a figure (or a sourced ramp) and
 * a first year. One that cannot come online by the year asked is still counted in: it makes the
 * probability 0, a computed answer, where a stage with no plant at all is unknown.
 */
function countsEver(data: IndexedDataset, plant: PlantAtStage): boolean {
  const earliest = shiftedPlant(
    data,
    plant.project,
    moveOf(yearOf(data.dataset.meta.asOf), plant, 0)
  );
  return plantAt(earliest, Number.MAX_SAFE_INTEGER).counts;
}
