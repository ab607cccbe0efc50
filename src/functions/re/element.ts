import { ELEMENT } from "../specs/element";
import { excelScalar } from "../errors";
import { run } from "../spec";

/**
 * One fact about a rare-earth element: name, atomic number, class, atomic weight, oxide formula or oxide/metal factors.
 * @customfunction ELEMENT ELEMENT
 * @supportSync
 * @helpurl https://localhost:3000/docs/functions.html#element
 * @param element Element symbol or name ("Nd", "Neodymium").
 * @param field name, symbol, atomicNumber (z), group (class: light/heavy), chinaGroup, atomicWeight, oxideFormula (oxide), metalPerOxide (factor: t metal per t oxide) or oxidePerMetal.
 * @returns Text or a number, depending on the field.
 */
export function element(element: string, field: string): number | string | CustomFunctions.Error {
  return excelScalar(run(ELEMENT, [element, field]));
}
