import type { IndexedDataset } from "../../data/store";
import { withNote } from "../_lib/basis";
import { checkPositive, checkRange } from "../_lib/checks";
import { yearOf } from "../_lib/dates";
import { growthTooLow, independenceNote, notWithinHorizon } from "../_lib/messages";
import { memoisedOutcome, memoKey } from "../_lib/memo";
import { answer, fail, type Outcome } from "../_lib/outcome";
import { capacityOnline } from "../capacityOnline";
import { capacityIndex } from "../capacityOnline/capacityIndex";
import type { OwnProjectRows } from "../ownProjects";

export interface IndependenceYearOptions {
  /** A region id or alias ("allied", "non-China") or a country ("US"). */
  readonly region: string;
  /** Stage keyword. */
  readonly stage: string;
  /** Demand in the base year, in t/yr of the stage's product (REO, NdPr oxide or NdFeB); above 0. */
  readonly demand: number;
  /** Yearly demand growth as a fraction (0.08 = 8%/yr); default 0; above −1. */
  readonly growth?: number;
  /** Capacity status filter, as `capacityOnline` takes it; default "all". */
  readonly status?: string;
  /** The analyst's own projects for this call only, as `capacityOnline` takes them. */
  readonly projects?: OwnProjectRows;
}

/**
 * @summary The first year the region's capacity at a stage covers its (growing) demand.
 *
 * @description
 * The base year is the year of the dataset's `meta.asOf`. For each year Y from the base year on, the
 * region's capacity online (`capacityOnline`, the `capacity` table) is compared with
 * demand × (1 + growth)^(Y − base); the first year with capacity ≥ demand is the answer. The pipeline
 * ends at the latest start year in the `capacity` table (the horizon): after it capacity would stay flat
 * only because the data stops, so a year beyond it is not answered (`notAvailable`).
 *
 * @param data - The indexed dataset.
 * @param args - Region, stage, demand, growth and status filter.
 * @returns A calendar year; `invalid` for unknown keywords, `outOfRange` for demand ≤ 0 or growth ≤ −1,
 * `notAvailable` when capacity does not catch up within the horizon.
 *
 * @example
 * independenceYear(data, { region: "US", stage: "magnet", demand: 8000 })
 * //=> { ok: true, value: 2028, basis: [US magnet capacity 2028: 16,200 t/yr ≥ 8,000 t/yr, …] }
 */
export function independenceYear(
  data: IndexedDataset,
  args: IndependenceYearOptions
): Outcome<number> {
  return memoisedOutcome(
    data,
    memoKey(
      "independenceYear",
      args.region,
      args.stage,
      args.demand,
      args.growth,
      memoKey("own", args.status, args.projects && JSON.stringify(args.projects))
    ),
    () => computeIndependenceYear(data, args)
  );
}

function computeIndependenceYear(
  data: IndexedDataset,
  args: IndependenceYearOptions
): Outcome<number> {
  const growth = args.growth ?? 0;
  const bad =
    checkPositive("demand", args.demand) ?? checkRange("growth", growth, -Infinity, Infinity);
  if (bad) return bad;
  if (growth <= -1) return fail("outOfRange", growthTooLow(growth));

  const base = yearOf(data.dataset.meta.asOf);
  const horizon = Math.max(base, capacityIndex(data).horizon ?? base);
  for (let year = base; year <= horizon; year++) {
    const capacity = capacityOnline(data, { ...args, year });
    if (!capacity.ok) return capacity;
    const need = args.demand * (1 + growth) ** (year - base);
    if (capacity.value >= need) {
      const [total, ...rest] = capacity.basis;
      return answer(year, [withNote(total, independenceNote(year, capacity.value, need)), ...rest]);
    }
  }
  return fail("notAvailable", notWithinHorizon(base, horizon));
}
