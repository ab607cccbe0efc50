import type { Answer, Outcome } from "./outcome";

/** An answer that says which series it belongs to: what its value counts (a share's basis, ...). */
export type SeriesAnswer<T> = Answer<T> & { readonly series?: string };

/**
 * The answer marked with its series, so that a history of the function keeps to one series: values of
 * different bases never sit in one column of periods.
 */
export function inSeries<T>(outcome: Outcome<T>, series: string): Outcome<T> {
  if (!outcome.ok) return outcome;
  const marked: SeriesAnswer<T> = { ...outcome, series };
  return marked;
}

/** The series an answer belongs to, if its function names one. */
export function seriesOf(outcome: Answer<unknown>): string | undefined {
  return (outcome as SeriesAnswer<unknown>).series;
}
