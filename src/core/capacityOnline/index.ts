import type { CapacityProject } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { basisOf, pooledBasis } from "../_lib/basis";
import { checkYear } from "../_lib/checks";
import { checkHorizon } from "../_lib/horizon";
import {
  capacityExclusions,
  capacityProjectLabel,
  capacitySum,
  capacityTotalLabel,
  caseShiftLabel,
  caseShiftMoves,
} from "../_lib/messages/capacity";
import { unknownKeywordIn } from "../_lib/findKeyword";
import { answer, fail, type Basis, type Outcome } from "../_lib/outcome";
import { CANONICAL_PRODUCT, DEFAULT_STATUS, statusFilters } from "../_lib/vocabulary";
import { resolveRegion } from "../resolveRegion";
import { resolveStage } from "../resolveStage";
import {
  caseShift,
  delayedPlant,
  isPending,
  shiftedPlant,
  type CapacityScenario,
} from "../capacityScenario";
import { plantAt } from "./plantAt";
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
 *   many years; `utilisation` scales every counted figure; a lead-time `case` other than base moves each
 *   plant still to come online by the stage's case lead time minus its base (`caseShift`), and cites
 *   the lead-time record with the first years it moved.
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
  const shift = caseShift(data, stage.value, args.case);
  if (!shift.ok) return shift;
  const delay = args.delay ?? 0;
  const utilisation = args.utilisation ?? 1;
  const moves: { name: string; from: number; to: number }[] = [];
  for (const listed of plants.value) {
    if (!region.value.includes(listed.country) || !status.has(listed.status)) continue;
    if (listed.product !== product) {
      otherProduct.push(listed);
      continue;
    }
    let project = listed;
    if (shift.value && isPending(data, listed)) {
      project = shiftedPlant(data, listed, shift.value.years);
      moves.push({
        name: listed.project,
        from: listed.startYear as number,
        to: project.startYear as number,
      });
    }
    project = delayedPlant(data, project, delay);
    const count = plantAt(project, args.year);
    if (count.counts) {
      counted.push({ project, value: count.value * utilisation, how: count.how });
      total += count.value * utilisation;
    } else if (count.why === "no figure") unsized.push(project);
    else if (count.why === "no start year") undated.push(project);
  }
  const label = capacityTotalLabel(
    region.value.name,
    stage.value.id,
    args.year,
    statusName,
    shift.value?.leadCase
  );
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
  if (shift.value) {
    const { record, years, leadCase } = shift.value;
    const caseLabel = caseShiftLabel(stage.value.name, leadCase, years, record.base as number);
    basis.push(basisOf(record, caseLabel, { note: caseShiftMoves(moves) }));
  }
  return answer(total, basis);
}
