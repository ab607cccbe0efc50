/**
 * Texts of the whole chain: its demand at each stage, the binding stage, the mining factor.
 */
import { num, type TextsOf } from "./texts";

/** What each failure code of this domain needs for its text (see failureText.ts). */
export interface ChainFailures {
  readonly chainFactorMissing: { downstream: string; upstream: string };
  readonly chainNotWithinHorizon: { base: number; horizon: number; binding: readonly Binding[] };
}

function chainFactorMissing({ downstream, upstream }: ChainFailures["chainFactorMissing"]): string {
  return `No cited factor converts ${downstream} demand to ${upstream}: the dataset has none (the NdPr share of mined REO depends on the deposit), so the chain's independence cannot be given. Ask for the chain from separation on, or for mining with its own demand in t REO.`;
}

export function minedReoFactorNote(): string {
  return "applied here to all the mined REO the region counts, as if every mine's ore had Mountain Pass's distribution";
}

export function chainDemandLabel(
  stage: string,
  demand: number,
  product: string,
  base: number
): string {
  return `Chain demand at ${stage.toLowerCase()}: ${num(demand)} t/yr ${product} in ${base}`;
}

type Binding = { year: number; stage: string; capacity: number | null; need: number };

/**
 * Tonnes in a binding list, which a reader compares at a glance: whole tonnes from 100 t up, since a demand
 * grown over years at an assumed rate is not known to the kilogram (RE.SOURCE's demand labels keep the exact
 * arithmetic); smaller figures keep their digits, so none reads as 0.
 */
function tonnes(value: number): string {
  const size = Math.abs(value);
  return num(value, size >= 100 ? 0 : size >= 1 ? 1 : 4);
}

function bindingList(binding: readonly Binding[]): string {
  return binding
    .map(
      (b) =>
        `${b.year} ${b.stage.toLowerCase()} (${b.capacity === null ? "no figure" : `${tonnes(b.capacity)} t/yr`} for ${tonnes(b.need)} t/yr)`
    )
    .join(", ");
}

export function chainBindingNote(binding: readonly Binding[]): string {
  return `Binding stage by year: ${bindingList(binding)}`;
}

function chainNotWithinHorizon({
  base,
  horizon,
  binding,
}: ChainFailures["chainNotWithinHorizon"]): string {
  return `The chain's capacity does not cover its demand at every stage within the data's horizon (${base}–${horizon}). Binding stage by year: ${bindingList(binding)}.`;
}

/** The texts of this domain's failure codes. */
export const chainTexts: TextsOf<ChainFailures> = {
  chainFactorMissing,
  chainNotWithinHorizon,
};
