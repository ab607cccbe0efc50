import type { IndexedDataset } from "../../data/store";
import { withNote } from "../_lib/basis";
import { checkHorizon, dataHorizon } from "../_lib/horizon";
import { independenceNote } from "../_lib/messages/capacity";
import { answer, fail, type Failure, type Outcome } from "../_lib/outcome";
import { capacityOnline } from "../capacityOnline";
import type { CapacityScenario } from "../capacityScenario";
import type { OwnProjectRows } from "../ownProjects";
import { checkIndependenceArgs, checkScenarioCase } from "./independenceArgs";

export interface IndependenceYearOptions extends CapacityScenario {
  /** A region id or alias ("allied", "non-China") or a country ("US"). */
  readonly region: string;
  /** Stage keyword. */
  readonly stage: string;
  /** Demand in the base year, in t/yr of the stage's product (REO, NdPr oxide or NdFeB); above 0. */
  readonly demand: number;
  /** The year demand is given for and the search starts from; explicit, so a newer dataset does not move it. */
  readonly baseYear: number;
  /** Yearly demand growth as a fraction (0.08 = 8%/yr); default 0; above −1. */
  readonly growth?: number;
  /** Capacity status filter, as `capacityOnline` takes it; default "running". */
  readonly status?: string;
  /** The analyst's own projects for this call only, as `capacityOnline` takes them. */
  readonly projects?: OwnProjectRows;
}

/**
 * @summary The first year the region's capacity at a stage covers its (growing) demand.
 *
 * @description
 * The base year is the caller's, never the dataset's date, so that the same inputs give the same year
 * after a newer dataset is pulled unless the data themselves changed. For each year Y from the base year
 * on, the region's capacity (`capacityOnline`, the `capacity` table, with its status filter: by default
 * what is running) is compared with demand × (1 + growth)^(Y − base); the first year with
 * capacity ≥ demand is the answer. The search ends at the data's horizon (`dataHorizon`, the rule every
 * forward-looking function follows): after it capacity would stay flat only because the data stops, so a
 * year beyond it is not answered (`notAvailable`). A year in which capacity cannot be counted (no plant
 * with a figure yet) is taken as not covering demand. A lead-time case (`caseShift`) that a stage's
 * record cannot define fails before the search, rather than reading as a year without capacity.
 *
 * @param data - The indexed dataset.
 * @param args - Region, stage, demand, growth and status filter.
 * @returns A calendar year; `invalid` for unknown keywords, `outOfRange` for demand ≤ 0 or growth ≤ −1,
 * `notAvailable` when capacity does not catch up within the horizon.
 *
 * @example
 * independenceYear(data, { region: "US", stage: "magnet", demand: 4000, baseYear: 2025 })
 * //=> { ok: true, value: 2026, basis: [US magnet capacity 2026: 4,000 t/yr ≥ 4,000 t/yr, …] }
 */
export function independenceYear(
  data: IndexedDataset,
  args: IndependenceYearOptions
): Outcome<number> {
  const bad = checkIndependenceArgs(args);
  if (bad) return bad;
  const growth = args.growth ?? 0;

  const base = args.baseYear;
  const horizon = dataHorizon(data);
  if (base > horizon) return checkHorizon(data, base) as Failure;
  const badCase = checkScenarioCase(data, [args.stage], args.case);
  if (badCase) return badCase;
  const capacityArgs = {
    region: args.region,
    stage: args.stage,
    status: args.status,
    projects: args.projects,
    delay: args.delay,
    utilisation: args.utilisation,
    case: args.case,
  };
  let uncounted: Failure | undefined;
  let counted = false;
  for (let year = base; year <= horizon; year++) {
    const capacity = capacityOnline(data, { ...capacityArgs, year });
    if (!capacity.ok) {
      if (capacity.kind !== "notAvailable") return capacity;
      uncounted = capacity;
      continue;
    }
    counted = true;
    const need = args.demand * (1 + growth) ** (year - base);
    if (capacity.value >= need) {
      const [total, ...rest] = capacity.basis;
      return answer(year, [withNote(total, independenceNote(year, capacity.value, need)), ...rest]);
    }
  }
  // Capacity that could not be counted in any year says why, rather than that demand was not reached.
  if (!counted && uncounted) return uncounted;
  return fail("notAvailable", "notWithinHorizon", { base, horizon });
}
