import { PRICE } from "../specs/price";
import { excelScalar } from "../errors";
import { run } from "../spec";

/**
 * A reference price in USD/kg: the latest quote on or before a date, China's markets first, then global averages, then Europe.
 * @customfunction PRICE PRICE
 * @supportSync
 * @helpurl https://localhost:3000/docs/functions.html#price
 * @param element Element symbol or name ("Dy", "Terbium"), or "NdPr" (also "PrNd").
 * @param [form] oxide (default), metal, alloy or magnet.
 * @param [date] Latest quote date: an Excel date, a year, or text "YYYY-MM-DD", "YYYY-MM" or "YYYY"; default: the latest quote.
 * @returns USD per kg; every market's quotes are in RE.TABLE("prices").
 */
export function price(element: string, form?: string, date?: any): number | CustomFunctions.Error {
  return excelScalar(run(PRICE, [element, form, date]));
}
