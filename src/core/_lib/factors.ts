import type { Indicator } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { indicatorsById } from "./indicators";

/**
 * Indicator ids of the cited conversion factors. They live in the dataset, not in code, so that every
 * conversion cites its source and a refresh can correct them.
 */
export const FACTOR_IDS = {
  /** Rare-earth mass per NdFeB magnet mass (Heim23: REE ≈ 30% of NdFeB mass). */
  reeShareOfNdFeB: "ree-share-of-ndfeb-mass",
  /** NdPr metal per NdPr oxide for the 75:25 Nd:Pr blend (computed from IUPAC atomic weights). */
  ndprMetalPerOxide: "ndpr-oxide-metal-factor",
} as const;

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
