/**
 * The RE functions exactly as Excel gets them: the functions bundle's entry (src/functions/functions.ts)
 * run against the shim, and each implementation taken from what it associated. Named for the tests that
 * call them as Excel does (`share("China", "mining", 2024)`).
 */
import { associated } from "./custom-functions-shim";
import "../../src/functions/functions";

/** What the bundle associated under an id; throws when the id was never registered. */
export function registered(id: string): (...args: unknown[]) => unknown {
  const implementation = associated.get(id);
  if (!implementation) throw new Error(`functions.ts did not associate ${id}`);
  return implementation;
}

/**
 * A function mapped over ranges (an `acceptsRange` parameter) gives Excel a matrix, one value as a 1×1
 * matrix (Excel shows it in the one cell). The tests that hand it single values read that cell, after
 * checking that the answer is exactly one cell.
 */
function oneCell(implementation: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  return (...args) => {
    const result = implementation(...args);
    if (
      !Array.isArray(result) ||
      result.length !== 1 ||
      !Array.isArray(result[0]) ||
      result[0].length !== 1
    )
      throw new Error(`expected a 1×1 matrix, got ${JSON.stringify(result)}`);
    return (result[0] as unknown[])[0];
  };
}

export const capacity = oneCell(registered("CAPACITY"));
export const convert = registered("CONVERT");
export const dataset = registered("DATASET");
export const demand = registered("DEMAND");
export const dependency = registered("DEPENDENCY");
export const element = registered("ELEMENT");
export const exportcontrol = registered("EXPORTCONTROL");
export const gaps = registered("GAPS");
export const gapscore = registered("GAPSCORE");
export const hhi = oneCell(registered("HHI"));
export const independenceyear = registered("INDEPENDENCEYEAR");
export const indicator = registered("INDICATOR");
export const leadtime = oneCell(registered("LEADTIME"));
export const onlineyear = registered("ONLINEYEAR");
export const price = registered("PRICE");
export const share = oneCell(registered("SHARE"));
export const source = registered("SOURCE");
export const stockcover = registered("STOCKCOVER");
export const table = registered("TABLE");
