import type { Element } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { basisOf } from "../_lib/basis";
import { checkAtLeast, finiteAnswer } from "../_lib/checks";
import {
  factorOf,
  FACTOR_IDS,
  isMagnetMaterial,
  MAGNET_COMPOSITION,
  magnetShare,
} from "../_lib/factors";
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
  readonly basis: readonly Basis[];
}

/**
 * @summary Converts a mass between oxide, metal and NdFeB-magnet bases.
 *
 * @description
 * The conversion goes through metal:
 * - oxide ↔ metal: × `metalPerOxide` (oxide → metal) or × `oxidePerMetal` (metal → oxide) of the element,
 *   from the `elements` table (computed from IUPAC standard atomic weights); "NdPr" uses the 75:25 Nd:Pr
 *   blend factor (indicator `ndpr-oxide-metal-factor`, ≈0.85);
 * - NdFeB ↔ metal: × or ÷ the named element's share of NdFeB mass, from the cited magnet compositions
 *   (NdPr: `ndpr-share-of-ndfeb-mass`, 28.5%, 26–31%; Nd and Pr through the 75:25 split; Dy and Tb have no
 *   point value), or with no element named the share of all its rare earths (`ree-share-of-ndfeb-mass`,
 *   Heim23 ≈30%): a magnet's NdPr is not all its rare earths.
 * Process losses are ignored. Same `from` and `to` return the value unchanged.
 *
 * @param data - The indexed dataset.
 * @param args - Value, from, to and element.
 * @returns The converted mass in the unit of `value`; `invalid` for unknown keywords or a missing element,
 * `outOfRange` for a negative value, `notAvailable` when a cited factor or magnet share is missing.
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

  const element = args.element?.trim() ? elementOrBlend(data, args.element) : undefined;
  if (element && !element.ok) return element;
  const source = factorsFor(data, from, to, element?.value);
  if (!source.ok) return source;
  const target = factorsFor(data, to, from, element?.value);
  if (!target.ok) return target;
  const basis: Basis[] = [];
  let value = args.value;
  if (source.value) {
    value *= source.value.toMetal;
    basis.push(...source.value.basis);
  }
  if (target.value) {
    value *= target.value.fromMetal;
    basis.push(...target.value.basis);
  }
  return finiteAnswer(value, basis);
}

/**
 * How `form` relates to metal (undefined for metal itself). Oxide: the element's cited metal-per-oxide
 * and oxide-per-metal, or the NdPr blend factor. NdFeB: the share of magnet mass of the element asked
 * for (its cited composition: Nd + Pr, then Nd or Pr through the 75:25 split), or of all its rare earths
 * when no element is named. `other` is the far side of the conversion, named in failure messages.
 */
function factorsFor(
  data: IndexedDataset,
  form: MassForm,
  other: MassForm,
  element: Element | typeof NDPR | undefined
): Outcome<MetalFactors | undefined> {
  if (form === "metal") return answer(undefined);
  if (form === "NdFeB")
    return element === undefined ? reeInMagnet(data, other) : magnetFactors(data, element);
  if (element === undefined) return fail("invalid", "elementRequired", { form, other });
  if (element !== NDPR) {
    const basis = [basisOf(element, elementFactorLabel(element))];
    return answer({ toMetal: element.metalPerOxide, fromMetal: element.oxidePerMetal, basis });
  }
  const factor = factorOf(data, FACTOR_IDS.ndprMetalPerOxide);
  if (!factor)
    return fail("notAvailable", "missingFactor", {
      what: "the NdPr oxide-to-metal factor",
      from: form,
      to: other,
    });
  return answer(perFactor(factor.value, [basisOf(factor, factorLabel(factor))]));
}

/** The 75:25 blend, which oxideBlends names. */
const NDPR = "NdPr";

/** The element a keyword names, or the NdPr blend. */
function elementOrBlend(data: IndexedDataset, keyword: string): Outcome<Element | typeof NDPR> {
  if (oxideBlends.find(keyword)) return answer(NDPR);
  const elements = elementIndex(data).elements;
  const element = elements.find(keyword);
  if (element) return answer(element);
  return fail("invalid", "unknownKeyword", {
    what: "element",
    given: keyword,
    accepted: [...oxideBlends.accepted, ...elements.accepted],
  });
}

/** A tonne of magnet as a tonne of one element's (or the NdPr blend's) metal, by its cited share. */
function magnetFactors(
  data: IndexedDataset,
  element: Element | typeof NDPR
): Outcome<MetalFactors> {
  const material = element === NDPR ? NDPR : element.symbol;
  if (!isMagnetMaterial(material))
    return fail("notAvailable", "noMagnetShare", {
      element: element === NDPR ? NDPR : element.name,
      materials: Object.keys(MAGNET_COMPOSITION).filter((m) => m !== "REE"),
    });
  const composition = magnetShare(data, material, "conversion");
  if (!composition.ok) return composition;
  return answer(perFactor(composition.value.share, composition.value.basis));
}

/** A tonne of magnet as rare-earth metal: all its rare earths, by the cited REE share of magnet mass. */
function reeInMagnet(data: IndexedDataset, other: MassForm): Outcome<MetalFactors> {
  const factor = factorOf(data, FACTOR_IDS.reeShareOfNdFeB);
  if (!factor)
    return fail("notAvailable", "missingFactor", {
      what: "the rare-earth share of NdFeB mass",
      from: "NdFeB",
      to: other,
    });
  return answer(perFactor(factor.value, [basisOf(factor, factorLabel(factor))]));
}

function perFactor(toMetal: number, basis: readonly Basis[]): MetalFactors {
  return { toMetal, fromMetal: 1 / toMetal, basis };
}
