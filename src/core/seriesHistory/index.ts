import type { IndexedDataset } from "../../data/store";
import { yearOf } from "../_lib/dates";
import { lazyIndex } from "../_lib/lazyIndex";
import { failureText } from "../_lib/messages/failureText";
import { historyRowLabel, historySeriesLabel } from "../_lib/messages/histories";
import { answer, fail, type Answer, type Basis, type Outcome } from "../_lib/outcome";
import { seriesOf } from "../_lib/series";

/** Whether a function's period is a calendar year or a date. */
export type PeriodKind = "year" | "date";

/** One period of a history: a year (number) or a date (YYYY, YYYY-MM or YYYY-MM-DD text). */
export type Period = number | string;

/** One row of a history: the period, the value, the source ids of the records behind it. */
export interface HistoryRow {
  readonly period: Period;
  readonly value: number | string | boolean;
  readonly sources: string;
}

interface DatasetPeriods {
  /** Every year from the earliest year any record names to the latest, ascending. */
  readonly years: readonly number[];
  /** Every date a price quote or an export-control measure carries, ascending. */
  readonly dates: readonly string[];
}

const datasetPeriods = lazyIndex((dataset): DatasetPeriods => {
  const named = [
    ...dataset.production.map((r) => r.year),
    ...dataset.shares.map((r) => r.year),
    ...dataset.indicators.flatMap((r) => (r.year === null ? [] : [r.year])),
    ...dataset.capacity.flatMap((r) => (r.startYear === null ? [] : [r.startYear])),
    ...dataset.prices.map((r) => yearOf(r.date)),
  ];
  const first = Math.min(...named);
  const last = Math.max(...named);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const dates = new Set<string>(dataset.prices.map((r) => r.date));
  for (const control of dataset.exportControls) {
    dates.add(control.announced);
    if (control.effective) dates.add(control.effective);
  }
  return { years, dates: [...dates].sort() };
});

/**
 * @summary The periods a history runs over: what the dataset has, up to an end.
 *
 * @description
 * Years run from the earliest year any record names (production, shares, indicators, plant start years,
 * quotes) to `end`; dates are every date a price quote or an export-control measure carries, up to `end`.
 * The default end is the dataset's as-of date: a history is what has been observed, never a projection;
 * a later end asks for the function's forward years too, under its own horizon rule.
 *
 * @param data - The indexed dataset.
 * @param kind - Whether the function's period is a year or a date.
 * @param end - The last period, or undefined for the dataset's as-of date.
 * @returns The periods, ascending.
 *
 * @example
 * historyPeriods(data, "year", 2024).slice(-2)
 * //=> [2023, 2024]
 */
export function historyPeriods(
  data: IndexedDataset,
  kind: PeriodKind,
  end: Period | undefined
): readonly Period[] {
  const asOf = data.dataset.meta.asOf;
  const periods = datasetPeriods(data);
  if (kind === "year") {
    const last = end === undefined ? yearOf(asOf) : typeof end === "number" ? end : yearOf(end);
    return periods.years.filter((y) => y <= last);
  }
  const last = end === undefined ? asOf : String(end);
  return periods.dates.filter((d) => d.slice(0, last.length) <= last);
}

/**
 * The function's answer at one period, or why it has none: a core failure, or a refusal the functions
 * layer has already put in words (RE.HISTORY runs each period through the runner).
 */
export type PeriodOutcome =
  Outcome<number | string | boolean> | { readonly ok: false; readonly message: string };

/**
 * @summary A function's values over periods, as a Bloomberg BDH-style history, on one series.
 *
 * @description
 * Evaluates the function at each period, ascending, and keeps the periods it answers. One history is one
 * series: where the function's answers name the series they belong to (what the value counts: a share's
 * basis, an HHI's, an indicator's measure), the history keeps the series with the most periods (ties go to
 * the one with the latest period), the same rule that picks a stage's default basis, and leaves the rows
 * of every other series out; the basis says which periods were left out and on what. A `basis` argument
 * of the function passes through to every period, so asking for one basis gives its history. A period
 * whose answer rests on exactly the records of the row before it, with the same value, is that row carried
 * forward (a quote asked on a later date), not a new observation, and is left out. The basis holds every
 * row's records, each labelled with its period, so the citation covers every row.
 *
 * @param periods - The periods, ascending (`historyPeriods`).
 * @param evaluate - The function at one period.
 * @param fn - The function's name, for the message when no period answers.
 * @returns The rows, or `notAvailable` with the last period's reason when no period has a value.
 *
 * @example
 * seriesHistory([2020, 2023, 2024], (year) => concentrationIndex(data, { stage: "mining", year }), "RE.HHI")
 * //=> { ok: true, value: [{ period: 2023, … }, { period: 2024, … }], … } // 2020 (BIS shares) left out
 */
export function seriesHistory(
  periods: readonly Period[],
  evaluate: (period: Period) => PeriodOutcome,
  fn: string
): Outcome<readonly HistoryRow[]> {
  const answered: { period: Period; outcome: Answer<number | string | boolean> }[] = [];
  let reason = "";
  for (const period of periods) {
    const outcome = evaluate(period);
    if (outcome.ok) answered.push({ period, outcome });
    else reason = "message" in outcome ? outcome.message : failureText(outcome);
  }
  const series = historySeries(answered.map((a) => seriesOf(a.outcome)));
  const rows: HistoryRow[] = [];
  const basis: Basis[] = [];
  const leftOut: { period: Period; series: string }[] = [];
  let previous = "";
  for (const { period, outcome } of answered) {
    const own = seriesOf(outcome);
    if (own !== series) {
      leftOut.push({ period, series: own ?? "unstated basis" });
      continue;
    }
    const records = JSON.stringify([outcome.value, outcome.basis.map((b) => b.label)]);
    if (records === previous) continue;
    previous = records;
    const sources = [...new Set(outcome.basis.flatMap((b) => b.sourceIds))].join(", ");
    rows.push({ period, value: outcome.value, sources });
    basis.push(...outcome.basis.map((b) => ({ ...b, label: historyRowLabel(period, b.label) })));
  }
  if (rows.length === 0) return fail("notAvailable", "historyEmpty", { fn, periods, reason });
  if (series === undefined) return answer(rows, basis);
  const own = {
    label: historySeriesLabel(series, leftOut),
    sourceIds: [],
    asOf: answered[answered.length - 1].outcome.basis[0]?.asOf ?? "",
    confidence: "high" as const,
  };
  return answer(rows, [own, ...basis]);
}

/** The series with the most periods, ties to the latest; undefined when the function names none. */
function historySeries(series: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string | undefined, number>();
  for (const s of series) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best: string | undefined;
  let most = 0;
  for (const s of series) {
    const count = counts.get(s) ?? 0;
    if (count >= most) {
      most = count;
      best = s;
    }
  }
  return best;
}
