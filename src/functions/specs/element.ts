import { elementField } from "../../core/elementField";
import { defineFunction } from "../spec";

export const ELEMENT = defineFunction({
  name: "ELEMENT",
  description:
    "One fact about a rare-earth element: name, atomic number, class, atomic weight, oxide formula or oxide/metal factors.",
  params: [
    { name: "element", kind: "text", description: 'Element symbol or name ("Nd", "Neodymium").' },
    {
      name: "field",
      kind: "text",
      description:
        "name, symbol, atomicNumber (z), group (class: light/heavy), chinaGroup, atomicWeight, oxideFormula (oxide), metalPerOxide (factor: t metal per t oxide) or oxidePerMetal.",
    },
  ],
  returns: "value",
  result: "Text or a number, depending on the field.",
  example: { formula: '=RE.ELEMENT("Nd", "factor")', shows: "0.8574", value: 0.8574 },
  sources:
    "elements table (IUPAC standard atomic weights; class per the EU CRM convention; China's grouping from MOFCOM).",
  compute: (data, [element, field]) => elementField(data, { element, field }),
});
