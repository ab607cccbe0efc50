import { DEMAND } from "../specs/demand";
import { excelScalar } from "../errors";
import { run } from "../spec";

/**
 * Tonnes of rare-earth content (REE, the default for every application), NdFeB magnet or one element that a number of units of an application need: units × kg per unit ÷ 1,000, converted through cited magnet compositions.
 * @customfunction DEMAND DEMAND
 * @supportSync
 * @helpurl https://localhost:3000/docs/functions.html#demand
 * @param application Application: "EV motor", "wind" (per MW), "large wind turbine", "F-35", "DDG-51", "Virginia-class", "HDD", …; see RE.TABLE("demandIntensities").
 * @param units Number of units (motors, MW, aircraft, ships, … as the application counts them); not negative.
 * @param [material] REE (default: rare-earth content), NdFeB (magnet mass), NdPr, Nd, Pr, Dy or Tb. Magnet-basis figures convert through cited compositions (REE ≈30% of magnet mass, Nd+Pr 26–31%, Nd:Pr 75:25); platform figures given as REE content give REE only; Dy and Tb have no sourced share and are #N/A.
 * @returns Tonnes of the material asked for (rare-earth content by default).
 */
export function demand(
  application: string,
  units: number,
  material?: string
): number | CustomFunctions.Error {
  return excelScalar(run(DEMAND, [application, units, material]));
}
