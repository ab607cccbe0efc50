import type { IndexedDataset } from "../../data/store";
import { basisOf } from "../_lib/basis";
import { elementFieldLabel } from "../_lib/messages/reference";
import { unknownKeywordIn } from "../_lib/findKeyword";
import { answer, fail, type Outcome } from "../_lib/outcome";
import { elementFields } from "../_lib/vocabulary";
import { resolveElement } from "../resolveElement";

export interface ElementFieldOptions {
  /** Element symbol or name. */
  readonly element: string;
  /**
   * name, symbol, atomicNumber ("z"), group ("class"), chinaGroup, atomicWeight, oxideFormula ("oxide"),
   * metalPerOxide ("factor") or oxidePerMetal.
   */
  readonly field: string;
}

/**
 * @summary One fact about a rare-earth element.
 *
 * @description
 * Reads the dataset's `elements` table: names and symbols, atomic numbers and standard atomic weights
 * (IUPAC), the light/heavy class under the convention in `meta.conventions.elementClass` (EU CRM
 * assessments), China's own grouping where MOFCOM gives one, the commercial oxide formula and the
 * oxide/metal mass factors computed from the atomic weights (t metal per t oxide, and its inverse).
 *
 * @param data - The indexed dataset.
 * @param args - Element and field.
 * @returns Text or a number; `invalid` for an unknown element or field (listing the fields),
 * `notAvailable` when the element has no value for the field (China's grouping of most elements).
 *
 * @example
 * elementField(data, { element: "Nd", field: "factor" })
 * //=> { ok: true, value: 0.8574, basis: [{ label: "Neodymium (Nd), metalPerOxide", ... }] }
 */
export function elementField(
  data: IndexedDataset,
  args: ElementFieldOptions
): Outcome<string | number> {
  const element = resolveElement(data, args.element);
  if (!element.ok) return element;
  const field = elementFields.find(args.field);
  if (!field) return unknownKeywordIn(elementFields, "field", args.field);
  const value = element.value[field];
  if (value === undefined)
    return fail("notAvailable", "missingElementField", { element: element.value.name, field });
  return answer(value, [basisOf(element.value, elementFieldLabel(element.value, field))]);
}
