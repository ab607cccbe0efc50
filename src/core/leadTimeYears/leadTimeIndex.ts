import type { LeadTime, StageId } from "../../data/schema";
import { confidenceRank } from "../_lib/confidence";
import { lazyIndex } from "../_lib/lazyIndex";

/** Key of the lead-time map; `scope` is "any", "light", "heavy" or a country code. */
export function leadTimeKey(stage: StageId, scope: string): string {
  return `${stage}|${scope.toLowerCase()}`;
}

/**
 * The preferred lead-time record by `leadTimeKey(stage, scope)`. Several estimates of one stage and
 * scope: the most confident, then the most recent, is used.
 */
export const leadTimeIndex = lazyIndex((dataset) => {
  const leadTimes = new Map<string, LeadTime>();
  for (const record of dataset.leadTimes) {
    const key = leadTimeKey(record.stage, record.scope);
    const held = leadTimes.get(key);
    const better =
      !held ||
      confidenceRank(record.confidence) > confidenceRank(held.confidence) ||
      (record.confidence === held.confidence && record.asOf > held.asOf);
    if (better) leadTimes.set(key, record);
  }
  return leadTimes as ReadonlyMap<string, LeadTime>;
});
