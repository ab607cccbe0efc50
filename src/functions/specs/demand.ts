import { materialDemand } from "../../core/materialDemand";
import { defineFunction } from "../spec";

export const DEMAND = defineFunction({
  name: "DEMAND",
  description:
    "Tonnes of NdFeB magnet or rare-earth material (REE) that a number of units of an application need: units × kg per unit ÷ 1,000.",
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
        "NdFeB or REE; default: the material the figure is given in. Converting uses the cited REE share of NdFeB mass (≈30%).",
    },
  ],
  returns: "number",
  result: "Tonnes of the material.",
  example: {
    formula: '=RE.DEMAND("EV motor", 1000000, "REE")',
    shows: "420",
    value: ((1_000_000 * 1.4) / 1000) * 0.3,
  },
  sources:
    "demandIntensities table (MP Materials and Neo filings, Heim & Vander Wal 2023, DoD News 2024, …); indicator ree-share-of-ndfeb-mass (Heim23). Disputed figures say so in RE.SOURCE.",
  compute: (data, [application, units, material]) =>
    materialDemand(data, { application, units, material }),
});
