import { EXPORTCONTROL } from "../specs/exportcontrol";
import { excelScalar } from "../errors";
import { run } from "../spec";

/**
 * China's export-control status of a rare-earth element on a date, as text: licence required, suspended, or not controlled, with the measure and its dates.
 * @customfunction EXPORTCONTROL EXPORTCONTROL
 * @supportSync
 * @helpurl https://localhost:3000/docs/functions.html#exportcontrol
 * @param element Element symbol or name ("Dy", "Dysprosium").
 * @param [date] Date: an Excel date, a year, or text "YYYY-MM-DD", "YYYY-MM" or "YYYY"; default: today. After the dataset's as-of date the text says later decisions are not in the dataset.
 * @returns Status text naming the measure (MOFCOM/GAC announcement) and its dates.
 */
export function exportcontrol(element: string, date?: any): string | CustomFunctions.Error {
  return excelScalar(run(EXPORTCONTROL, [element, date]));
}
