import type { Indicator } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { basisOf } from "./basis";
import { indicatorsById } from "./indicators";
import { factorLabel } from "./messages/demand";
import { answer, fail, type Basis, type Outcome } from "./outcome";

/**
 * Indicator ids of the cited conversion factors. They live in the dataset, not in code, so that every
 * conversion cites its source and a refresh can correct them.
 */
export const FACTOR_IDS = {
  /** Rare-earth mass per NdFeB magnet mass (Heim23: REE ≈ 30% of NdFeB mass). */
  reeShareOfNdFeB: "ree-share-of-ndfeb-mass",
  /** NdPr metal per NdPr oxide for the 75:25 Nd:Pr blend (computed from IUPAC atomic weights). */
  ndprMetalPerOxide: "ndpr-oxide-metal-factor",
  /** NdPr oxide per tonne of REO in the Mountain Pass ore (MP Materials' 2021 10-K: 15.7% of TREO). */
  ndprOxideShareOfReo: "ndpr-oxide-share-of-reo-mountain-pass",
  /** Nd + Pr mass per NdFeB magnet mass (composition summaries: 26–31%). */
  ndprShareOfNdFeB: "ndpr-share-of-ndfeb-mass",
  /** Nd and Pr shares of NdPr mass (Fastmarkets NdPr specification: 75:25). */
  ndShareOfNdPr: "nd-share-of-ndpr",
  prShareOfNdPr: "pr-share-of-ndpr",
  /** Dy and Tb per NdFeB magnet mass: grade-dependent, no point value sourced. */
  dyShareOfNdFeB: "dy-share-of-ndfeb-mass",
  tbShareOfNdFeB: "tb-share-of-ndfeb-mass",
} as const;

/**
 * The factors that take a tonne of NdFeB magnet to a tonne of each material RE.DEMAND gives, in the
 * order they multiply: rare-earth content, Nd + Pr, then Nd or Pr through the NdPr split, Dy and Tb.
 */
export const MAGNET_COMPOSITION: Readonly<Record<string, readonly string[]>> = {
  REE: [FACTOR_IDS.reeShareOfNdFeB],
  NdPr: [FACTOR_IDS.ndprShareOfNdFeB],
  Nd: [FACTOR_IDS.ndprShareOfNdFeB, FACTOR_IDS.ndShareOfNdPr],
  Pr: [FACTOR_IDS.ndprShareOfNdFeB, FACTOR_IDS.prShareOfNdPr],
  Dy: [FACTOR_IDS.dyShareOfNdFeB],
  Tb: [FACTOR_IDS.tbShareOfNdFeB],
};

/** The factor indicator as the dataset has it, with or without a point value. */
export function factorRecord(data: IndexedDataset, id: string): Indicator | undefined {
  return indicatorsById(data).get(id);
}

/** The factor indicator, when the dataset has it with a positive value. */
export function factorOf(
  data: IndexedDataset,
  id: string
): (Indicator & { value: number }) | undefined {
  const indicator = indicatorsById(data).get(id);
  return indicator && indicator.value !== null && indicator.value > 0
    ? (indicator as Indicator & { value: number })
    : undefined;
}

/** A material MAGNET_COMPOSITION knows: REE, NdPr, Nd, Pr, Dy or Tb. */
export function isMagnetMaterial(material: string): boolean {
  return Object.prototype.hasOwnProperty.call(MAGNET_COMPOSITION, material);
}

/**
 * How much of a tonne of NdFeB magnet is `material` (a key of MAGNET_COMPOSITION): the product of its cited
 * composition factors, with one basis per factor. `use` says what the share is wanted for, for the failure's
 * text: a composition without a point value (Dy, Tb: grade-dependent) cannot be multiplied by.
 */
export function magnetShare(
  data: IndexedDataset,
  material: string,
  use: "demand" | "conversion"
): Outcome<{ readonly share: number; readonly basis: readonly Basis[] }> {
  let share = 1;
  const basis: Basis[] = [];
  for (const id of MAGNET_COMPOSITION[material]) {
    const factor = factorOf(data, id);
    if (!factor)
      return fail("notAvailable", "missingComposition", {
        material,
        record: factorRecord(data, id),
        use,
      });
    share *= factor.value;
    basis.push(basisOf(factor, factorLabel(factor)));
  }
  return answer({ share, basis });
}
