/**
 * Texts of histories: one series over the periods the dataset has.
 */
import type { TextsOf } from "./texts";

/** What each failure code of this domain needs for its text (see failureText.ts). */
export interface HistoriesFailures {
  readonly historyEmpty: { fn: string; periods: readonly (string | number)[]; reason: string };
}

export function historyRowLabel(period: string | number, label: string): string {
  return `${period}: ${label}`;
}

function historyEmpty({ fn, periods, reason }: HistoriesFailures["historyEmpty"]): string {
  const span =
    periods.length === 0 ? "no period" : `${periods[0]} to ${periods[periods.length - 1]}`;
  const why = reason === "" ? "" : ` For the last period: ${reason}`;
  return `${fn} has no value for any period the dataset has (${span}) with these arguments.${why}`;
}

export function historySeriesLabel(
  series: string,
  leftOut: readonly { period: string | number; series: string }[]
): string {
  const out =
    leftOut.length === 0
      ? "no period left out"
      : `left out, being of another series: ${leftOut.map((l) => `${l.period} (${l.series})`).join(", ")}`;
  return `History on one series, ${series}; ${out}`;
}

/** The texts of this domain's failure codes. */
export const historiesTexts: TextsOf<HistoriesFailures> = {
  historyEmpty,
};
