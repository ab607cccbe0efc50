import type { IndexedDataset } from "../../data/store";
import { checkPositive, checkRange, checkYear } from "../_lib/checks";
import { fail, type Failure } from "../_lib/outcome";
import { caseShift } from "../capacityScenario";
import { resolveStage } from "../resolveStage";
import type { IndependenceYearOptions } from ".";

/** The failure for an impossible demand, base year or growth, or undefined when all are possible. */
export function checkIndependenceArgs(args: IndependenceYearOptions): Failure | undefined {
  const growth = args.growth ?? 0;
  const bad =
    checkPositive("demand", args.demand) ??
    checkYear("baseYear", args.baseYear) ??
    checkRange("growth", growth, -Infinity, Infinity);
  if (bad) return bad;
  return growth <= -1 ? fail("outOfRange", "growthTooLow", { growth }) : undefined;
}

/**
 * The failure for a lead-time case that a stage cannot take (an unknown case, or a record without it),
 * or undefined: checked once before a search over years, which would otherwise read it as a year
 * without capacity.
 */
export function checkScenarioCase(
  data: IndexedDataset,
  stages: readonly string[],
  leadCase: string | undefined
): Failure | undefined {
  for (const keyword of stages) {
    const stage = resolveStage(data, keyword);
    if (!stage.ok) return stage;
    const shift = caseShift(data, stage.value, leadCase);
    if (!shift.ok) return shift;
  }
  return undefined;
}
