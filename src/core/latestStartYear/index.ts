import type { IndexedDataset } from "../../data/store";
import { checkRange, YEAR_RANGE } from "../_lib/checks";
import { answer, type Outcome } from "../_lib/outcome";
import { leadTimeYears, type LeadTimeYearsOptions } from "../leadTimeYears";

export interface LatestStartYearOptions extends LeadTimeYearsOptions {
  /** The year the capacity must be online by: 1900-2200. */
  readonly onlineYear: number;
}

/**
 * @summary The latest year work can start for new capacity to be online by `onlineYear`.
 *
 * @description
 * The inverse of `onlineYear`: `onlineYear` minus `leadTimeYears` for the same stage or chain, scope and
 * case (the `leadTimes` records it rests on). Lead times are averages with fractional years, so the result
 * is not rounded; a start in the whole year before it is on the safe side.
 *
 * @param data - The indexed dataset.
 * @param args - The year to be online by and the lead-time arguments.
 * @returns A (fractional) calendar year; `outOfRange` when the online year is outside 1900-2200, and the
 * lead time's failures otherwise.
 *
 * @example
 * latestStartYear(data, { stage: "separation", onlineYear: 2030 })
 * //=> { ok: true, value: 2025, basis: [{ label: "Lead time, Separation / refining (any), base case: 5 years", ... }] }
 */
export function latestStartYear(
  data: IndexedDataset,
  args: LatestStartYearOptions
): Outcome<number> {
  const badYear = checkRange("online_year", args.onlineYear, YEAR_RANGE.min, YEAR_RANGE.max);
  if (badYear) return badYear;
  const lead = leadTimeYears(data, args);
  return lead.ok ? answer(args.onlineYear - lead.value, lead.basis) : lead;
}
