import { convertMass } from "../../core/convertMass";
import { defineFunction } from "../spec";

const BASIS = "oxide (or REO), metal (or element, REE) or NdFeB (or magnet).";

export const CONVERT = defineFunction({
  name: "CONVERT",
  description:
    "Converts a mass between oxide, metal and NdFeB-magnet bases, with the element's oxide/metal factor and the cited share of the element (or of all rare earths) in NdFeB magnet mass.",
  params: [
    {
      name: "value",
      kind: "number",
      description:
        "Mass to convert, in any mass unit (the result is in the same unit); not negative.",
    },
    { name: "from", kind: "text", description: `Basis of value: ${BASIS}` },
    { name: "to", kind: "text", description: `Basis of the result: ${BASIS}` },
    {
      name: "element",
      kind: "text",
      optional: true,
      description:
        'Element symbol or name, or "NdPr"; needed whenever oxide is on either side. With NdFeB, the magnet\'s share of that element (NdPr, Nd, Pr); left blank, all its rare earths as metal.',
    },
  ],
  returns: "number",
  result: "The converted mass, in the unit of value.",
  example: {
    formula: '=RE.CONVERT(100, "oxide", "metal", "Nd")',
    shows: "85.74",
    value: 100 * 0.8574,
  },
  sources:
    "elements table (metal per oxide from IUPAC standard atomic weights); indicators ndpr-oxide-metal-factor, ndpr-share-of-ndfeb-mass, nd-share-of-ndpr, pr-share-of-ndpr and ree-share-of-ndfeb-mass (Heim23).",
  compute: (data, [value, from, to, element]) => convertMass(data, { value, from, to, element }),
});
