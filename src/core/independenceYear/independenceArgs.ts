import { checkPositive, checkRange, checkYear } from "../_lib/checks";
import { fail, type Failure } from "../_lib/outcome";
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
