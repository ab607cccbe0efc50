import { SOURCE } from "../specs";
import { excelScalar } from "../errors";
import { run } from "../spec";

/**
 * The citation behind any RE function's result: runs the function with the same arguments and lists the records and sources its value rests on.
 * @customfunction SOURCE SOURCE
 * @supportSync
 * @helpurl https://localhost:3000/docs/functions.html#source
 * @param function_name The RE function to cite, with or without "RE." ("SHARE", "RE.CAPACITY").
 * @param [args] The function's arguments, exactly as you give them to it (values, cells or ranges); then "short" for a short citation (sources by publisher and address, dates and grades as ranges).
 * @returns Citation text: each record's label, its sources in full, as-of date, confidence, method and notes; or the function's own error.
 */
export function source(function_name: string, args?: any[][][]): string | CustomFunctions.Error {
  return excelScalar(run(SOURCE, [function_name, args]));
}
