import { DEMAND } from "../specs/demand";
import { excelScalar } from "../errors";
import { run } from "../spec";

/**
 * Tonnes of NdFeB magnet or rare-earth material (REE) that a number of units of an application need: units × kg per unit ÷ 1,000.
 * @customfunction DEMAND DEMAND
 * @supportSync
 * @helpurl https://localhost:3000/docs/functions.html#demand
 * @param application Application: "EV motor", "wind" (per MW), "large wind turbine", "F-35", "DDG-51", "Virginia-class", "HDD", …; see RE.TABLE("demandIntensities").
 * @param units Number of units (motors, MW, aircraft, ships, … as the application counts them); not negative.
 * @param [material] NdFeB or REE; default: the material the figure is given in. Converting uses the cited REE share of NdFeB mass (≈30%).
 * @returns Tonnes of the material.
 */
export function demand(
  application: string,
  units: number,
  material?: string
): number | CustomFunctions.Error {
  return excelScalar(run(DEMAND, [application, units, material]));
}
