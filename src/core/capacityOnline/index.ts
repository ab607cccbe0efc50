import type { CapacityProject } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { basisOf, pooledBasis } from "../_lib/basis";
import { checkYear } from "../_lib/checks";
import {
  capacityExclusions,
  capacityProjectLabel,
  capacitySum,
  capacityTotalLabel,
} from "../_lib/messages";
import { unknownKeywordIn } from "../_lib/findKeyword";
import { memoisedOutcome, memoKey } from "../_lib/memo";
import { answer, type Basis, type Outcome } from "../_lib/outcome";
import { CANONICAL_PRODUCT, statusFilters } from "../_lib/vocabulary";
import { resolveRegion } from "../resolveRegion";
import { resolveStage } from "../resolveStage";
import { pipelineAtStage, type OwnProjectRows } from "../ownProjects";

export interface CapacityOnlineOptions {
  /** A region id or alias ("allied", "non-China") or a country ("US"). */
  readonly region: string;
  /** Stage keyword. */
  readonly stage: string;
  /** Calendar year: projects starting in or before it count. */
  readonly year: number;
  /** "all" (default), "operating", "committed", "planned" or a single status such as "construction". */
  readonly status?: string;
  /** The analyst's own projects for this call only (`ownProjects`): name, country, stage, t/yr, first year [, status]. */
  readonly projects?: OwnProjectRows;
}

/** Statuses that prove a project is running even when its records give no start year. */
const RUNNING = new Set<CapacityProject["status"]>(["operating", "ramping"]);

/**
 * @summary Capacity online at a stage in a region by a given year, in t/yr of the stage's product.
 *
 * @description
 * Sums the `capacity` table (the allied pipeline: company filings, government releases and trade press,
 * each record cited) over the projects that list the stage, lie in the region and pass the status filter,
 * and have started by `year`:
 * - Only the stage's canonical product is summed (mining "REO", separation "NdPr oxide", metal, magnet and
 *   recycling "NdFeB"); projects counting another product are named in the basis note, since unlike
 *   products do not add up.
 * - A project counts from its `startYear`. A running project (operating or ramping) whose records give no
 *   start year (Mountain Pass, Mt Weld, Silmet: running for years before the sources) counts in every
 *   year; other projects without a start year are left out and named.
 * - Projects without a capacity figure are left out and named.
 * - Status filters: "all" = every status but "unlikely"; "operating" = operating + ramping; "committed" =
 *   operating, ramping, commissioning, construction; "planned" = committed + planned + financing.
 * Figures are the projects' own (nameplate, target, design or actual output, as each record's `basis`
 * says); a region is a convention of the dataset (`regions` table). No project → 0 t/yr, said in the note.
 * The analyst's own projects (`projects`) join the pipeline for this call only and are cited as theirs.
 *
 * @param data - The indexed dataset.
 * @param args - Region, stage, year and status filter.
 * @returns t/yr; `invalid` for an unknown region, stage or status, `outOfRange` for an impossible year.
 *
 * @example
 * capacityOnline(data, { region: "US", stage: "magnet", year: 2025 })
 * //=> { ok: true, value: 6200, basis: [total, MP Independence 1,000, USA Rare Earth 1,200, …] }
 */
export function capacityOnline(data: IndexedDataset, args: CapacityOnlineOptions): Outcome<number> {
  return memoisedOutcome(
    data,
    memoKey(
      "capacityOnline",
      args.region,
      args.stage,
      args.year,
      args.status,
      args.projects && JSON.stringify(args.projects)
    ),
    () => computeCapacityOnline(data, args)
  );
}

function computeCapacityOnline(data: IndexedDataset, args: CapacityOnlineOptions): Outcome<number> {
  const region = resolveRegion(data, args.region);
  if (!region.ok) return region;
  const stage = resolveStage(data, args.stage);
  if (!stage.ok) return stage;
  const badYear = checkYear("year", args.year);
  if (badYear) return badYear;
  const status = statusFilters.find(args.status ?? "all");
  if (!status) return unknownKeywordIn(statusFilters, "status", args.status);

  const counted: CapacityProject[] = [];
  const otherProduct: CapacityProject[] = [];
  const undated: CapacityProject[] = [];
  const unsized: CapacityProject[] = [];
  const product = CANONICAL_PRODUCT[stage.value.id];
  let total = 0;
  const plants = pipelineAtStage(data, stage.value.id, args.projects);
  if (!plants.ok) return plants;
  for (const project of plants.value) {
    if (!region.value.includes(project.country) || !status.has(project.status)) continue;
    const start = startOf(project);
    if (project.product !== product) otherProduct.push(project);
    else if (start === undefined) undated.push(project);
    else if (start > args.year) continue;
    else if (project.value === null) unsized.push(project);
    else {
      counted.push(project);
      total += project.value;
    }
  }
  const context = {
    computed: capacitySum(
      counted.map((p) => p.value as number),
      total,
      product
    ),
    note: capacityExclusions({
      product,
      otherProduct,
      undated,
      unsized,
      assumedStart: counted.filter((p) => p.startYear === null),
      nothing: counted.length === 0,
    }),
  };
  const label = capacityTotalLabel(
    region.value.name,
    stage.value.id,
    args.year,
    args.status ?? "all"
  );
  const basis: Basis[] = [
    counted.length > 0 ? pooledBasis(counted, label, context) : emptyPipeline(data, label, context),
    ...counted.map((p) => basisOf(p, capacityProjectLabel(p))),
    ...region.basis,
  ];
  return answer(total, basis);
}

/** A project's first year online: its start year, or for a running project without one, any year. */
function startOf(project: CapacityProject): number | undefined {
  if (project.startYear !== null) return project.startYear;
  return RUNNING.has(project.status) ? -Infinity : undefined;
}

/** The basis of a zero: what the dataset's pipeline holds for the question, as of the dataset's date. */
function emptyPipeline(
  data: IndexedDataset,
  label: string,
  context: { computed: string; note: string }
): Basis {
  return basisOf(
    { sourceIds: [], asOf: data.dataset.meta.asOf, confidence: "low" },
    label,
    context
  );
}
