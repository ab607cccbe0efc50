import type { IndexedDataset } from "../../data/store";
import { basisOf } from "../_lib/basis";
import { checkAtLeast, finiteAnswer } from "../_lib/checks";
import { magnetShare } from "../_lib/factors";
import { demandComputation, disputedNote, intensityLabel } from "../_lib/messages/demand";
import { unknownKeywordIn } from "../_lib/findKeyword";
import { fail, type Basis, type Outcome } from "../_lib/outcome";
import { DEFAULT_DEMAND_MATERIAL, materials } from "../_lib/vocabulary";
import { resolveApplication } from "../resolveApplication";

export interface MaterialDemandOptions {
  /** Application keyword ("EV motor", "wind", "F-35", ...). */
  readonly application: string;
  /** Number of units (motors, MW, aircraft, ... as the record's `per` says); not negative. */
  readonly units: number;
  /** "REE" (default: rare-earth content), "NdFeB" (magnet mass), or "NdPr", "Nd", "Pr", "Dy", "Tb". */
  readonly material?: string;
}

/** The mass unit intensities are recorded in (dataset convention "demand intensities in kg per unit"). */
const INTENSITY_UNIT = "kg";

/**
 * @summary Tonnes of rare-earth content, NdFeB magnet or one element that a number of units of an application need.
 *
 * @description
 * tonnes = units × intensity (kg per unit) ÷ 1,000, from the `demandIntensities` table (EV motors from MP
 * Materials, Neo and POSCO figures, wind generators from Heim & Vander Wal 2023, defence platforms from DoD
 * News 2024, ...), in one material for every application: rare-earth content (REE) unless another is asked
 * for. Each intensity names its own basis (`material`): NdFeB-basis figures convert to REE, NdPr, Nd, Pr, Dy
 * or Tb through the cited magnet compositions (indicators: REE ≈ 30% of magnet mass, Nd + Pr 26–31%, NdPr
 * 75:25 Nd:Pr); REE-basis figures (the defence platforms) are rare-earth content of all their parts, not
 * magnet mass, so they give REE only. Dy and Tb have no sourced point share of magnet mass (grade-dependent),
 * so they are `notAvailable`, saying why. A disputed figure (the F-35's) carries the dispute in the basis.
 *
 * @param data - The indexed dataset.
 * @param args - Application, units and material.
 * @returns Tonnes; `invalid` for an unknown application or material, `outOfRange` for negative units,
 * `notAvailable` when the intensity or a composition is missing or the conversion does not apply.
 *
 * @example
 * materialDemand(data, { application: "EV motor", units: 1_000_000 })
 * //=> { ok: true, value: 420, basis: [EV traction motor 1.4 kg NdFeB/motor, REE share of NdFeB 0.3] }
 */
export function materialDemand(data: IndexedDataset, args: MaterialDemandOptions): Outcome<number> {
  const application = resolveApplication(data, args.application);
  if (!application.ok) return application;
  const record = application.value;
  const badUnits = checkAtLeast("units", args.units, 0);
  if (badUnits) return badUnits;
  const material = materials.find(args.material ?? DEFAULT_DEMAND_MATERIAL);
  if (!material) return unknownKeywordIn(materials, "material", args.material);
  if (record.value === null)
    return fail("notAvailable", "missingIntensity", {
      application: record.application,
      material: record.material,
    });
  if (record.unit !== INTENSITY_UNIT)
    return fail("notAvailable", "unsupportedIntensityUnit", {
      application: record.application,
      unit: record.unit,
      expected: INTENSITY_UNIT,
    });

  let factor = 1;
  const basis: Basis[] = [];
  if (material !== record.material) {
    if (record.material !== "NdFeB")
      return fail("notAvailable", "notConvertible", {
        application: record.application,
        basis: record.material,
        material,
      });
    const composition = magnetShare(data, material, "demand");
    if (!composition.ok) return composition;
    factor = composition.value.share;
    basis.push(...composition.value.basis);
  }
  const tonnes = ((args.units * record.value) / 1000) * factor;
  basis.unshift(
    basisOf(record, intensityLabel(record), {
      note: record.disputed === undefined ? undefined : disputedNote(record.disputed),
      computed: demandComputation(
        args.units,
        record,
        tonnes,
        material,
        material === record.material ? undefined : factor
      ),
    })
  );
  return finiteAnswer(tonnes, basis);
}
