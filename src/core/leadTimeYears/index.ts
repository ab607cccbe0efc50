import type { LeadTime } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { basisOf } from "../_lib/basis";
import { leadTimeFallbackNote, leadTimeLabel } from "../_lib/messages/leadTimes";
import { unknownKeywordIn } from "../_lib/findKeyword";
import { answer, fail, type Basis, type Outcome } from "../_lib/outcome";
import { parseStageChain } from "../_lib/stageChain";
import { classScopes, leadTimeCases, type LeadTimeCase } from "../_lib/vocabulary";
import { countryIndex } from "../resolveCountry/countryIndex";
import { leadTimeIndex, leadTimeKey } from "./leadTimeIndex";

export interface LeadTimeYearsOptions {
  /** A stage keyword, or a chain of them separated by ">", "→" or "," ("mine>separation>magnet"). */
  readonly stage: string;
  /** "any" (default), "light", "heavy", or a country (name, alias or code). */
  readonly scope?: string;
  /** "low", "base" (default) or "high"; aliases min/optimistic, mid/central, max/pessimistic. */
  readonly case?: string;
}

const LEAD_TIME_CASES: readonly LeadTimeCase[] = ["low", "base", "high"];

/**
 * @summary Years needed to bring new capacity online at a stage, or along a chain of stages.
 *
 * @description
 * Reads the dataset's `leadTimes` table (discovery-to-production for mines from S&P Global and the IEA,
 * plant build times from the seed analysis and observed projects; each record's `definition` says what
 * it measures). The result is in years.
 *
 * Method: for each stage of the chain, the record for `stage|scope` gives the low, base or high figure;
 * a chain is built one stage after the other, so its lead time is the sum. When the exact scope has no
 * record the stage's "any" record is used and the basis note says so. When several records share a
 * stage and scope, the most confident, then the most recent, is used (the index picks it).
 *
 * @param data - The indexed dataset.
 * @param args - The stage or chain, the scope and the case.
 * @returns Years (fractional allowed); `invalid` for an unknown stage, scope or case, `notAvailable`
 * when a stage has no record or its sources give no figure for the case.
 *
 * @example
 * leadTimeYears(data, { stage: "mining", case: "base" })
 * //=> { ok: true, value: 15.7, basis: [{ label: "Lead time, Mining (any), base case: 15.7 years", ... }] }
 * leadTimeYears(data, { stage: "mine>separation>metal>magnet" })
 * //=> { ok: true, value: 25.7, basis: [mining 15.7, separation 5, metal 3, magnet 2] }
 */
export function leadTimeYears(data: IndexedDataset, args: LeadTimeYearsOptions): Outcome<number> {
  const chain = parseStageChain(data, args.stage);
  if (!chain.ok) return chain;
  const leadCase = leadTimeCases.find(args.case ?? "base");
  if (!leadCase) return unknownKeywordIn(leadTimeCases, "case", args.case);
  const scope = resolveScope(data, args.scope ?? "any");
  if (!scope)
    return fail("invalid", "unknownScope", {
      given: args.scope ?? "",
      classes: classScopes.accepted,
      countries: countryIndex(data).countries.accepted,
    });

  const leadTimes = leadTimeIndex(data);
  let years = 0;
  const basis: Basis[] = [];
  for (const stage of chain.value) {
    const exact = leadTimes.get(leadTimeKey(stage.id, scope));
    const record: LeadTime | undefined = exact ?? leadTimes.get(leadTimeKey(stage.id, "any"));
    if (!record) return fail("notAvailable", "missingLeadTime", { stage: stage.name, scope });
    const value = record[leadCase];
    if (value === null) {
      const given = LEAD_TIME_CASES.filter((c) => record[c] !== null);
      return fail("notAvailable", "missingLeadTimeCase", {
        stage: stage.name,
        scope: record.scope,
        leadCase,
        given,
      });
    }
    years += value;
    const label = leadTimeLabel(stage.name, record.scope, leadCase, value);
    basis.push(
      basisOf(record, label, exact ? undefined : { note: leadTimeFallbackNote(stage.name, scope) })
    );
  }
  return answer(years, basis);
}

/** The lead-time scope a keyword names: an element class, or a country's code. */
function resolveScope(data: IndexedDataset, keyword: string): string | undefined {
  return classScopes.find(keyword) ?? countryIndex(data).countries.find(keyword)?.code;
}
