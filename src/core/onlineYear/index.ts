import type { IndexedDataset } from "../../data/store";
import { checkRange, YEAR_RANGE } from "../_lib/checks";
import { answer, type Outcome } from "../_lib/outcome";
import { leadTimeYears, type LeadTimeYearsOptions } from "../leadTimeYears";

export interface OnlineYearOptions extends LeadTimeYearsOptions {
  /** Year the work starts (discovery, FID, construction, as the lead-time definition says): 1900-2200. */
  readonly startYear: number;
}

/**
 * @summary The year new capacity started in `startYear` would come online.
 *
 * @description
 * `startYear` plus `leadTimeYears` for the same stage or chain, scope and case (see `leadTimeYears` for
 * the `leadTimes` records it rests on). Lead times are averages with fractional years, so the result is
 * returned as it is, not rounded: format the cell to show whole years.
 *
 * @param data - The indexed dataset.
 * @param args - The start year and the lead-time arguments.
 * @returns A (fractional) calendar year; `outOfRange` when the start year is outside 1900-2200, and
 * the lead time's failures otherwise.
 *
 * @example
 * onlineYear(data, { stage: "separation", startYear: 2025 })
 * //=> { ok: true, value: 2030, basis: [{ label: "Lead time, Separation / refining (any), base case: 5 years", ... }] }
 */
export function onlineYear(data: IndexedDataset, args: OnlineYearOptions): Outcome<number> {
  const badYear = checkRange("start_year", args.startYear, YEAR_RANGE.min, YEAR_RANGE.max);
  if (badYear) return badYear;
  const lead = leadTimeYears(data, args);
  return lead.ok ? answer(args.startYear + lead.value, lead.basis) : lead;
}
