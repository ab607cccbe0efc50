import type { IndexedDataset } from "../../data/store";
import { basisOf } from "../_lib/basis";
import { checkAtLeast, finiteAnswer } from "../_lib/checks";
import { factorOf, FACTOR_IDS } from "../_lib/factors";
import {
  demandComputation,
  disputedNote,
  factorLabel,
  intensityLabel,
  missingFactor,
  missingIntensity,
  unsupportedIntensityUnit,
} from "../_lib/messages";
import { unknownKeywordIn } from "../_lib/findKeyword";
import { fail, type Basis, type Outcome } from "../_lib/outcome";
import { materials } from "../_lib/vocabulary";
import { resolveApplication } from "../resolveApplication";

export interface MaterialDemandOptions {
  /** Application keyword ("EV motor", "wind", "F-35", ...). */
  readonly application: string;
  /** Number of units (motors, MW, aircraft, ... as the record's `per` says); not negative. */
  readonly units: number;
  /** "NdFeB" or "REE"; default: the material the record is expressed in. */
  readonly material?: string;
}

/** The mass unit intensities are recorded in (dataset convention "demand intensities in kg per unit"). */
const INTENSITY_UNIT = "kg";

/**
 * @summary Tonnes of NdFeB magnet or rare-earth material that a number of units of an application need.
 *
 * @description
 * tonnes = units × intensity (kg per unit) ÷ 1,000, from the `demandIntensities` table (EV motors from MP
 * Materials and Neo filings, wind generators from Heim & Vander Wal 2023, defence platforms from DoD News
 * 2024, ...). Asking for the other material converts with the cited REE share of NdFeB mass (indicator
 * `ree-share-of-ndfeb-mass`, Heim23: ≈30%): NdFeB × share = REE, REE ÷ share = NdFeB. A disputed figure
 * (the F-35's) carries the dispute in the basis note.
 *
 * @param data - The indexed dataset.
 * @param args - Application, units and material.
 * @returns Tonnes; `invalid` for an unknown application or material, `outOfRange` for negative units,
 * `notAvailable` when the intensity or the conversion factor is missing.
 *
 * @example
 * materialDemand(data, { application: "EV motor", units: 1_000_000, material: "REE" })
 * //=> { ok: true, value: 420, basis: [EV traction motor 1.4 kg NdFeB/motor, REE share of NdFeB 0.3] }
 */
export function materialDemand(data: IndexedDataset, args: MaterialDemandOptions): Outcome<number> {
  const application = resolveApplication(data, args.application);
  if (!application.ok) return application;
  const record = application.value;
  const badUnits = checkAtLeast("units", args.units, 0);
  if (badUnits) return badUnits;
  const material = materials.find(args.material ?? record.material);
  if (!material) return unknownKeywordIn(materials, "material", args.material);
  if (record.value === null)
    return fail("notAvailable", missingIntensity(record.application, record.material));
  if (record.unit !== INTENSITY_UNIT)
    return fail(
      "notAvailable",
      unsupportedIntensityUnit(record.application, record.unit, INTENSITY_UNIT)
    );

  let factor: number | undefined;
  const basis: Basis[] = [];
  if (material !== record.material) {
    const share = factorOf(data, FACTOR_IDS.reeShareOfNdFeB);
    if (!share)
      return fail(
        "notAvailable",
        missingFactor(FACTOR_IDS.reeShareOfNdFeB, record.material, material)
      );
    factor = material === "REE" ? share.value : 1 / share.value;
    basis.push(basisOf(share, factorLabel(share)));
  }
  const tonnes = ((args.units * record.value) / 1000) * (factor ?? 1);
  basis.unshift(
    basisOf(record, intensityLabel(record), {
      note: record.disputed === undefined ? undefined : disputedNote(record.disputed),
      computed: demandComputation(args.units, record, tonnes, material, factor),
    })
  );
  return finiteAnswer(tonnes, basis);
}
