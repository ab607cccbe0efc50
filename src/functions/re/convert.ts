import { CONVERT } from "../specs/convert";
import { excelScalar } from "../errors";
import { run } from "../spec";

/**
 * Converts a mass between oxide, metal and NdFeB-magnet bases, with the element's oxide/metal factor and the cited REE share of NdFeB mass.
 * @customfunction CONVERT CONVERT
 * @supportSync
 * @helpurl https://localhost:3000/docs/functions.html#convert
 * @param value Mass to convert, in any mass unit (the result is in the same unit); not negative.
 * @param from Basis of value: oxide (or REO), metal (or element, REE) or NdFeB (or magnet).
 * @param to Basis of the result: oxide (or REO), metal (or element, REE) or NdFeB (or magnet).
 * @param [element] Element symbol or name, or "NdPr"; needed whenever oxide is on either side.
 * @returns The converted mass, in the unit of value.
 */
export function convert(
  value: number,
  from: string,
  to: string,
  element?: string
): number | CustomFunctions.Error {
  return excelScalar(run(CONVERT, [value, from, to, element]));
}
