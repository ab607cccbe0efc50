/**
 * Texts of market concentration (HHI): labels, computations, coverage.
 */
import { num, pct, list, type TextsOf } from "./texts";

/** What each failure code of this domain needs for its text (see failureText.ts). */
export interface ConcentrationFailures {
  readonly missingConcentration: {
    stage: string;
    year: number;
    years: readonly number[];
    projected: readonly number[];
  };
}

function missingConcentration({
  stage,
  year,
  years,
  projected,
}: ConcentrationFailures["missingConcentration"]): string {
  const projections = projected.length > 0 ? `; projections for ${list(projected)}` : "";
  return `No shares for ${stage} in ${year} to compute an HHI from (the dataset has ${list(years)}${projections}).`;
}

export function productionHhiLabel(
  stage: string,
  year: number,
  edition: string,
  producers: number
): string {
  return `HHI, ${stage.toLowerCase()} ${year}: ${producers} producers listed in ${edition}`;
}

export function shareHhiLabel(stage: string, year: number, shares: number): string {
  return `HHI, ${stage.toLowerCase()} ${year}: ${shares} reported ${shares === 1 ? "share" : "shares"}`;
}

export function hhiComputation(
  shares: readonly { country: string; share: number }[],
  hhi: number
): string {
  const terms = shares
    .map((s) => `${s.country} ${num(Math.round(s.share * 1000) / 10)}`)
    .join(", ");
  return `Σ(share %)² over ${terms} = ${num(Math.round(hhi))}`;
}

export function hhiCoverageNote(coverage: number, partial: boolean): string {
  if (partial)
    return `partial: unlisted producers omitted, a lower bound (listed shares cover ${pct(coverage)})`;
  return coverage > 1
    ? `listed shares cover ${pct(coverage)} of the rounded world total`
    : `listed shares cover ${pct(coverage)}`;
}

export function concentrationClass(
  threshold: string,
  value: number,
  isHigh: boolean,
  hhi: number
): string {
  const rounded = num(Math.round(hhi));
  if (isHigh) return `Highly concentrated: HHI ${rounded} > ${num(value)} (${threshold})`;
  return hhi >= value
    ? `Moderately concentrated: HHI ${rounded} ≥ ${num(value)} (${threshold})`
    : `Unconcentrated: HHI ${rounded} < ${num(value)} (${threshold})`;
}

/** The texts of this domain's failure codes. */
export const concentrationTexts: TextsOf<ConcentrationFailures> = {
  missingConcentration,
};
