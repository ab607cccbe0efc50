/**
 * Texts of lead times: labels, fallbacks, and what is missing.
 */
import { num, type TextsOf } from "./texts";

/** What each failure code of this domain needs for its text (see failureText.ts). */
export interface LeadTimesFailures {
  readonly missingLeadTime: { stage: string; scope: string };
  readonly missingLeadTimeCase: {
    stage: string;
    scope: string;
    leadCase: string;
    given: readonly string[];
  };
}

export function leadTimeLabel(
  stage: string,
  scope: string,
  leadCase: string,
  years: number
): string {
  return `Lead time, ${stage} (${scope}), ${leadCase} case: ${num(years)} years`;
}

export function leadTimeFallbackNote(stage: string, scope: string): string {
  return `no lead time specific to "${scope}" for ${stage}; the general ("any") record is used`;
}

function missingLeadTime({ stage, scope }: LeadTimesFailures["missingLeadTime"]): string {
  return `No lead time for ${stage} in the dataset, neither for "${scope}" nor a general ("any") one.`;
}

function missingLeadTimeCase({
  stage,
  scope,
  leadCase,
  given,
}: LeadTimesFailures["missingLeadTimeCase"]): string {
  const cases =
    given.length > 0
      ? `It gives: ${given.join(", ")}.`
      : "It gives no case at all (a gap in the sources).";
  return `The ${stage} lead time (${scope}) has no ${leadCase} case: its sources give no figure for it. ${cases}`;
}

/** The texts of this domain's failure codes. */
export const leadTimesTexts: TextsOf<LeadTimesFailures> = {
  missingLeadTime,
  missingLeadTimeCase,
};
