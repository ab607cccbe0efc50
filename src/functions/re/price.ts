import { PRICE } from "../specs/price";
import { excelScalar } from "../errors";
import { run } from "../spec";

/**
 * A reference price in USD/kg in one market (China domestic by default): its latest quote on or before a date, never another market's; a date more than 92 days past that market's latest quote, or in the future, is #N/A naming it.
 * @customfunction PRICE PRICE
 * @supportSync
 * @helpurl https://localhost:3000/docs/functions.html#price
 * @param element Element symbol or name ("Dy", "Terbium"), or "NdPr" (also "PrNd").
 * @param [form] oxide (default), metal, alloy or magnet.
 * @param [date] Latest quote date: an Excel date, a year, or text "YYYY-MM-DD", "YYYY-MM" or "YYYY"; default: the latest quote.
 * @param [market] China (default: China domestic), FOB China, Europe (CIF Europe, Rotterdam) or US (USGS annual averages of Argus free-on-board quotes).
 * @returns USD per kg; every market's quotes are in RE.TABLE("prices").
 */
export function price(
  element: string,
  form?: string,
  date?: any,
  market?: string
): number | CustomFunctions.Error {
  return excelScalar(run(PRICE, [element, form, date, market]));
}
