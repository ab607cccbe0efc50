import type { IndexedDataset } from "../../data/store";
import { basisOf } from "../_lib/basis";
import { checkAtLeast, finiteAnswer } from "../_lib/checks";
import { factorOf, FACTOR_IDS } from "../_lib/factors";
import { elementFactorLabel, factorLabel } from "../_lib/messages/demand";
import { unknownKeywordIn } from "../_lib/findKeyword";
import { answer, fail, type Basis, type Outcome } from "../_lib/outcome";
import { massForms, oxideBlends, type MassForm } from "../_lib/vocabulary";
import { elementIndex } from "../resolveElement/elementIndex";

export interface ConvertMassOptions {
  /** Mass to convert (any mass unit; the result is in the same unit); not negative. */
  readonly value: number;
  /** "oxide" (REO), "metal" (element, REE) or "NdFeB" (magnet). */
  readonly from: string;
  /** "oxide", "metal" or "NdFeB". */
  readonly to: string;
  /** Element symbol or name, or "NdPr"; needed whenever oxide is on either side. */
  readonly element?: string;
}

/** How one mass basis relates to metal, with the record the factors rest on. */
interface MetalFactors {
  /** Multiply a mass on this basis by it to get metal. */
  readonly toMetal: number;
  /** Multiply a metal mass by it to get this basis. */
  readonly fromMetal: number;
  readonly basis: Basis;
}

/**
 * @summary Converts a mass between oxide, metal and NdFeB-magnet bases.
 *
 * @description
 * The conversion goes through metal:
 * - oxide ↔ metal: × `metalPerOxide` (oxide → metal) or × `oxidePerMetal` (metal → oxide) of the element,
 *   from the `elements` table (computed from IUPAC standard atomic weights); "NdPr" uses the 75:25 Nd:Pr
 *   blend factor (indicator `ndpr-oxide-metal-factor`, ≈0.85);
 * - NdFeB ↔ metal: × or ÷ the REE share of NdFeB mass (indicator `ree-share-of-ndfeb-mass`, Heim23 ≈30%).
 * Process losses are ignored. Same `from` and `to` return the value unchanged.
 *
 * @param data - The indexed dataset.
 * @param args - Value, from, to and element.
 * @returns The converted mass in the unit of `value`; `invalid` for unknown keywords or a missing element,
 * `outOfRange` for a negative value, `notAvailable` when a cited factor is missing.
 *
 * @example
 * convertMass(data, { value: 100, from: "oxide", to: "metal", element: "Nd" })
 * //=> { ok: true, value: 85.74, basis: [Neodymium (Nd2O3): 0.8574 t metal per t oxide] }
 */
export function convertMass(data: IndexedDataset, args: ConvertMassOptions): Outcome<number> {
  const badValue = checkAtLeast("value", args.value, 0);
  if (badValue) return badValue;
  const from = massForms.find(args.from);
  if (!from) return unknownKeywordIn(massForms, "from", args.from);
  const to = massForms.find(args.to);
  if (!to) return unknownKeywordIn(massForms, "to", args.to);
  if (from === to) return answer(args.value);

  const source = factorsFor(data, from, to, args.element);
  if (!source.ok) return source;
  const target = factorsFor(data, to, from, args.element);
  if (!target.ok) return target;
  const basis: Basis[] = [];
  let value = args.value;
  if (source.value) {
    value *= source.value.toMetal;
    basis.push(source.value.basis);
  }
  if (target.value) {
    value *= target.value.fromMetal;
    basis.push(target.value.basis);
  }
  return finiteAnswer(value, basis);
}

/**
 * How `form` relates to metal (undefined for metal itself): the element's cited metal-per-oxide and
 * oxide-per-metal, the NdPr blend factor, or the REE share of NdFeB. `other` is the far side of the
 * conversion, named in failure messages.
 */
function factorsFor(
  data: IndexedDataset,
  form: MassForm,
  other: MassForm,
  elementKeyword: string | undefined
): Outcome<MetalFactors | undefined> {
  if (form === "metal") return answer(undefined);
  const factorId = form === "NdFeB" ? FACTOR_IDS.reeShareOfNdFeB : FACTOR_IDS.ndprMetalPerOxide;
  if (form === "oxide") {
    if (elementKeyword === undefined || elementKeyword.trim() === "")
      return fail("invalid", "elementRequired", { form, other });
    if (!oxideBlends.find(elementKeyword)) {
      const element = elementIndex(data).elements.find(elementKeyword);
      if (!element)
        return fail("invalid", "unknownKeyword", {
          what: "element",
          given: elementKeyword,
          accepted: [...oxideBlends.accepted, ...elementIndex(data).elements.accepted],
        });
      const basis = basisOf(element, elementFactorLabel(element));
      return answer({ toMetal: element.metalPerOxide, fromMetal: element.oxidePerMetal, basis });
    }
  }
  const factor = factorOf(data, factorId);
  if (!factor) {
    const what =
      form === "NdFeB" ? "the rare-earth share of NdFeB mass" : "the NdPr oxide-to-metal factor";
    return fail("notAvailable", "missingFactor", { what, from: form, to: other });
  }
  return answer({
    toMetal: factor.value,
    fromMetal: 1 / factor.value,
    basis: basisOf(factor, factorLabel(factor)),
  });
}
