import { materialDemand } from "../../core/materialDemand";
import { defineFunction } from "../spec";

export const DEMAND = defineFunction({
  name: "DEMAND",
  description:
    "Tonnes of rare-earth content (REE, the default for every application), NdFeB magnet or one element that a number of units of an application need: units × kg per unit ÷ 1,000, converted through cited magnet compositions.",
  params: [
    {
      name: "application",
      kind: "text",
      description:
        'Application: "EV motor", "wind" (per MW), "large wind turbine", "F-35", "DDG-51", "Virginia-class", "HDD", …; see RE.TABLE("demandIntensities").',
    },
    {
      name: "units",
      kind: "number",
      description:
        "Number of units (motors, MW, aircraft, ships, … as the application counts them); not negative.",
    },
    {
      name: "material",
      kind: "text",
      optional: true,
      description:
        "REE (default: rare-earth content), NdFeB (magnet mass), NdPr, Nd, Pr, Dy or Tb. Magnet-basis figures convert through cited compositions (REE ≈30% of magnet mass, Nd+Pr 26–31%, Nd:Pr 75:25); platform figures given as REE content give REE only; Dy and Tb have no sourced share and are #N/A.",
    },
  ],
  returns: "number",
  result: "Tonnes of the material asked for (rare-earth content by default).",
  example: {
    formula: '=RE.DEMAND("EV motor", 1000000)',
    shows: "420",
    value: ((1_000_000 * 1.4) / 1000) * 0.3,
  },
  sources:
    "demandIntensities table (MP Materials, Neo and POSCO figures, Heim & Vander Wal 2023, DoD News 2024, …), each with its material basis; the NdFeB compositions in the indicators table. Disputed figures say so in RE.SOURCE.",
  compute: (data, [application, units, material]) =>
    materialDemand(data, { application, units, material }),
});
