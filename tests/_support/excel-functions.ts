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

export const capacity = registered("CAPACITY");
export const convert = registered("CONVERT");
export const dataset = registered("DATASET");
export const demand = registered("DEMAND");
export const dependency = registered("DEPENDENCY");
export const element = registered("ELEMENT");
export const exportcontrol = registered("EXPORTCONTROL");
export const gaps = registered("GAPS");
export const gapscore = registered("GAPSCORE");
export const hhi = registered("HHI");
export const independenceyear = registered("INDEPENDENCEYEAR");
export const leadtime = registered("LEADTIME");
export const onlineyear = registered("ONLINEYEAR");
export const price = registered("PRICE");
export const share = registered("SHARE");
export const source = registered("SOURCE");
export const table = registered("TABLE");
