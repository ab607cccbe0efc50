/**
 * Texts of indicator series (RE.INDICATOR).
 */
import { list, type TextsOf } from "./texts";

/** What each failure code of this domain needs for its text (see failureText.ts). */
export interface IndicatorsFailures {
  readonly indicatorSeriesMissing: { measure: string; country: string; partner?: string };
  readonly indicatorStageMissing: {
    measure: string;
    country: string;
    stage: string;
    held: readonly string[];
  };
  readonly indicatorPointMissing: {
    measure: string;
    country: string;
    year: number;
    years: readonly (number | null)[];
  };
  readonly indicatorValueMissing: { name: string; year: number | null; note?: string };
}

export function indicatorLabel(name: string, year: number | null, unit: string): string {
  return `${name}${year === null ? "" : `, ${year}`} (${unit})`;
}

function indicatorSeriesMissing({
  measure,
  country,
  partner,
}: IndicatorsFailures["indicatorSeriesMissing"]): string {
  return `The dataset has no ${measure} figures for ${country}${partner ? ` from ${partner}` : ""}.`;
}

function indicatorStageMissing({
  measure,
  country,
  stage,
  held,
}: IndicatorsFailures["indicatorStageMissing"]): string {
  return `No ${measure} figures of ${country} for ${stage}-stage material; its series cover: ${list(held)}.`;
}

function indicatorPointMissing({
  measure,
  country,
  year,
  years,
}: IndicatorsFailures["indicatorPointMissing"]): string {
  return `No ${measure} figure of ${country} for ${year} (the series has ${list(years.map((y) => y ?? "a period without a single year"))}).`;
}

function indicatorValueMissing({
  name,
  year,
  note,
}: IndicatorsFailures["indicatorValueMissing"]): string {
  return `${name}${year === null ? "" : ` (${year})`}: not published${note ? ` (${note.replace(/\.$/, "")})` : ""}.`;
}

/** The texts of this domain's failure codes. */
export const indicatorsTexts: TextsOf<IndicatorsFailures> = {
  indicatorSeriesMissing,
  indicatorStageMissing,
  indicatorPointMissing,
  indicatorValueMissing,
};
