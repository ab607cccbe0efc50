/**
 * Texts of demand intensities and mass conversions.
 */
import type { DemandIntensity, Element, Indicator } from "../../../data/schema";
import { num, type TextsOf } from "./texts";

/** What each failure code of this domain needs for its text (see failureText.ts). */
export interface DemandFailures {
  readonly missingIntensity: { application: string; material: string };
  readonly unsupportedIntensityUnit: { application: string; unit: string; expected: string };
  readonly missingFactor: { what: string; from: string; to: string };
  readonly missingComposition: {
    material: string;
    record: Indicator | undefined;
    use: "demand" | "conversion";
  };
  readonly noMagnetShare: { element: string; materials: readonly string[] };
  readonly notConvertible: { application: string; basis: string; material: string };
  readonly elementRequired: { form: string; other: string };
}

function missingIntensity({ application, material }: DemandFailures["missingIntensity"]): string {
  return `The dataset has no ${material} intensity for "${application}": its sources give no figure.`;
}

function unsupportedIntensityUnit({
  application,
  unit,
  expected,
}: DemandFailures["unsupportedIntensityUnit"]): string {
  return `The intensity of "${application}" is recorded in ${unit}, not in ${expected} per unit, so it cannot be converted to tonnes.`;
}

export function disputedNote(dispute: string): string {
  return `disputed: ${dispute}`;
}

export function intensityLabel(record: DemandIntensity): string {
  const value = record.value === null ? "no figure" : `${num(record.value)} ${record.unit}`;
  return `${record.application}: ${value} ${record.material} per ${record.per}`;
}

export function demandComputation(
  units: number,
  record: DemandIntensity,
  tonnes: number,
  material: string,
  factor: number | undefined
): string {
  const conversion =
    factor === undefined ? "" : ` × ${num(factor)} (${record.material} → ${material})`;
  return `${num(units)} × ${num(record.value ?? 0)} ${record.unit} ÷ 1,000${conversion} = ${num(tonnes)} t ${material}`;
}

function missingFactor({ what, from, to }: DemandFailures["missingFactor"]): string {
  return `Converting ${from} to ${to} needs a cited factor (${what}), which the dataset lacks.`;
}

function missingComposition({
  material,
  record,
  use,
}: DemandFailures["missingComposition"]): string {
  if (record === undefined)
    return `Converting NdFeB magnet mass to ${material} needs a cited composition, which the dataset lacks.`;
  const range =
    record.low !== undefined && record.high !== undefined
      ? ` The sources give only a range, ${num(record.low * 100, 1)}–${num(record.high * 100, 1)}% of magnet mass.`
      : "";
  const what = use === "demand" ? `${material} demand` : `the conversion to ${material}`;
  return `The ${material} content of NdFeB magnets has no sourced point value, so ${what} cannot be given.${range} ${record.note ?? ""}`.trim();
}

function noMagnetShare({ element, materials }: DemandFailures["noMagnetShare"]): string {
  return `The dataset cites no share of ${element} in NdFeB magnet mass, so a magnet's ${element} cannot be given. Its magnet compositions cover ${materials.join(", ")}; leave the element blank to convert to all the magnet's rare earths as metal.`;
}

function notConvertible({
  application,
  basis,
  material,
}: DemandFailures["notConvertible"]): string {
  return `The "${application}" figure is ${basis} content of the whole platform (magnets of several kinds and other parts), not NdFeB magnet mass, so it cannot be converted to ${material}: ask for ${basis}.`;
}

export function factorLabel(indicator: Indicator): string {
  return `${indicator.name}: ${num(indicator.value ?? 0)} ${indicator.unit}`;
}

function elementRequired({ form, other }: DemandFailures["elementRequired"]): string {
  return `Converting between ${form} and ${other} needs an element: a symbol or name such as "Nd", or "NdPr" for the 75:25 blend.`;
}

export function elementFactorLabel(element: Element): string {
  return `${element.name} (${element.oxideFormula}): ${num(element.metalPerOxide)} t metal per t oxide, ${num(element.oxidePerMetal)} t oxide per t metal`;
}

/** The texts of this domain's failure codes. */
export const demandTexts: TextsOf<DemandFailures> = {
  missingIntensity,
  unsupportedIntensityUnit,
  missingFactor,
  missingComposition,
  noMagnetShare,
  notConvertible,
  elementRequired,
};
