import { GAPS } from "../specs/gaps";
import { excelMatrix } from "../errors";
import { run } from "../spec";

/**
 * The six policy gaps as a table that spills: a header row (Gap, Meaning, Default weight, Source), then one row per gap in RE.GAPSCORE's order.
 * @customfunction GAPS GAPS
 * @supportSync
 * @helpurl https://localhost:3000/docs/functions.html#gaps
 * @returns A 7 × 4 array.
 */
export function gaps(): any[][] {
  return excelMatrix(run(GAPS, []));
}
