import type { CapacityOutput, CapacityProject } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { basisOf, pooledBasis } from "../_lib/basis";
import { checkYear } from "../_lib/checks";
import { checkHorizon } from "../_lib/horizon";
import {
  capacityExclusions,
  capacityProjectLabel,
  capacitySum,
  capacityTotalLabel,
  outputHow,
} from "../_lib/messages";
import { unknownKeywordIn } from "../_lib/findKeyword";
import { answer, fail, type Basis, type Outcome } from "../_lib/outcome";
import { CANONICAL_PRODUCT, DEFAULT_STATUS, statusFilters } from "../_lib/vocabulary";
import { resolveRegion } from "../resolveRegion";
import { resolveStage } from "../resolveStage";
import { delayedPlant, type CapacityScenario } from "../capacityScenario";
import { pipelineAtStage, type OwnProjectRows } from "../ownProjects";

export interface CapacityOnlineOptions extends CapacityScenario {
  /** A region id or alias ("allied", "non-China", "G7") or a country ("US"). */
  readonly region: string;
  /** Stage keyword. */
  readonly stage: string;
  /** Calendar year the capacity is counted at. */
  readonly year: number;
  /**
   * "running" (default: operating and ramping plants), "committed" (adds commissioning and construction),
   * "planned" (adds planned and financing; also "all") or a single status such as "construction".
   */
  readonly status?: string;
  /** The analyst's own projects for this call only (`ownProjects`): name, country, stage, t/yr, first year [, status]. */
  readonly projects?: OwnProjectRows;
}

/** How one plant counts at a year, or why it does not. */
type PlantCount =
  | { readonly counts: true; readonly value: number; readonly how: string }
  | { readonly counts: false; readonly why: "not yet" | "no figure" | "no start year" };

/**
 * @summary Capacity at a stage in a region at a given year, in t/yr of the stage's product.
 *
 * @description
 * Sums the `capacity` table (plants in the US and outside China from company filings, government releases
 * and trade press, each record cited) over the plants that list the stage, lie in the region and pass the
 * status filter (the status each record gives at its `statusAsOf` date):
 * - By default only what is running counts: operating plants at their capacity figure from their start
 *   year (or in every year when they ran before the sources), ramping plants at the output their sources
 *   give for that year or the latest before it (actual output, or the run-rate or target of their ramp),
 *   never at nameplate. A ramping plant without sourced output is named and not counted.
 * - A wider status ("committed", "planned") adds plants that are not running yet, at their capacity
 *   figure from their start year (or at their ramp where one is sourced); plants without a start year are
 *   named and left out.
 * - Only the stage's canonical product is summed (mining "REO", separation "NdPr oxide", metal, magnet
 *   and recycling "NdFeB"); plants counting another product are named, since unlike products do not add.
 * - Plants whose capacity is not disclosed are named: the total is then a lower bound, and says so.
 * - Nothing counted is never a zero: it is `notAvailable`, naming the plants that exist without a figure
 *   or saying that the dataset records no plant for the question.
 * - A year past the data's horizon (the last year any plant record reaches) is `notAvailable`.
 * - The analyst's own projects (`projects`) join the pipeline for this call only and are cited as theirs.
 * - A scenario (`delayedPlant`): `delay` moves every first year and ramp year after the as-of year by that
 *   many years; `utilisation` scales every counted figure.
 *
 * @param data - The indexed dataset.
 * @param args - Region, stage, year and status filter.
 * @returns t/yr; `invalid` for an unknown region, stage or status, `outOfRange` for an impossible year,
 * `notAvailable` when nothing can be counted or the year is past the horizon.
 *
 * @example
 * capacityOnline(data, { region: "US", stage: "magnet", year: 2026 })
 * //=> { ok: true, value: 4000, basis: [total (at least), Noveon 2,000, eVAC ramp target 2,000, …] }
 */
export function capacityOnline(data: IndexedDataset, args: CapacityOnlineOptions): Outcome<number> {
  const region = resolveRegion(data, args.region);
  if (!region.ok) return region;
  const stage = resolveStage(data, args.stage);
  if (!stage.ok) return stage;
  const badYear = checkYear("year", args.year) ?? checkHorizon(data, args.year);
  if (badYear) return badYear;
  const statusName = args.status ?? DEFAULT_STATUS;
  const status = statusFilters.find(statusName);
  if (!status) return unknownKeywordIn(statusFilters, "status", args.status);

  const counted: { project: CapacityProject; value: number; how: string }[] = [];
  const otherProduct: CapacityProject[] = [];
  const undated: CapacityProject[] = [];
  const unsized: CapacityProject[] = [];
  const product = CANONICAL_PRODUCT[stage.value.id];
  let total = 0;
  const plants = pipelineAtStage(data, stage.value.id, args.projects);
  if (!plants.ok) return plants;
  const delay = args.delay ?? 0;
  const utilisation = args.utilisation ?? 1;
  for (const listed of plants.value) {
    const project = delayedPlant(data, listed, delay);
    if (!region.value.includes(project.country) || !status.has(project.status)) continue;
    if (project.product !== product) {
      otherProduct.push(project);
      continue;
    }
    const count = plantAt(project, args.year);
    if (count.counts) {
      counted.push({ project, value: count.value * utilisation, how: count.how });
      total += count.value * utilisation;
    } else if (count.why === "no figure") unsized.push(project);
    else if (count.why === "no start year") undated.push(project);
  }
  const label = capacityTotalLabel(region.value.name, stage.value.id, args.year, statusName);
  if (counted.length === 0)
    return fail("notAvailable", "nothingCounted", {
      label,
      product,
      unsized,
      undated,
      otherProduct,
    });
  const context = {
    computed: capacitySum(
      counted.map((c) => c.value),
      total,
      product
    ),
    note: capacityExclusions({
      product,
      otherProduct,
      undated,
      unsized,
      assumedStart: counted.filter((c) => c.project.startYear === null).map((c) => c.project),
    }),
  };
  const basis: Basis[] = [
    pooledBasis(
      counted.map((c) => c.project),
      label,
      context
    ),
    ...counted.map((c) => basisOf(c.project, capacityProjectLabel(c.project, c.how))),
    ...region.basis,
  ];
  return answer(total, basis);
}

/**
 * What a plant counts at in a year: its sourced output for that year or the latest before it (a ramp
 * point), else, once it has started, its capacity figure; a ramping plant only ever at its output.
 */
function plantAt(project: CapacityProject, year: number): PlantCount {
  const ramp = (project.output ?? [])
    .filter((o) => o.year <= year && o.value !== null)
    .reduce<CapacityOutput | undefined>(
      (latest, o) => (latest && latest.year >= o.year ? latest : o),
      undefined
    );
  const started =
    project.startYear === null
      ? RUNNING_BEFORE_SOURCES.has(project.status)
        ? true
        : undefined
      : project.startYear <= year;
  if (ramp) return { counts: true, value: ramp.value as number, how: outputHow(ramp) };
  if (project.status === "ramping")
    return { counts: false, why: started === false ? "not yet" : "no figure" };
  if (started === undefined) return { counts: false, why: "no start year" };
  if (!started) return { counts: false, why: "not yet" };
  if (project.value === null) return { counts: false, why: "no figure" };
  return { counts: true, value: project.value, how: project.basis };
}

/** Statuses that show a plant was running before its sources, so that it counts with no start year. */
const RUNNING_BEFORE_SOURCES = new Set<CapacityProject["status"]>(["operating"]);
