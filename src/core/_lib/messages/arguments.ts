/**
 * Texts about the arguments a call gave: unknown keywords, numbers out of range, dates.
 */
import { type NoParams, type TextsOf } from "./texts";

/** What each failure code of this domain needs for its text (see failureText.ts). */
export interface ArgumentsFailures {
  readonly unknownKeyword: { what: string; given: string; accepted: readonly string[] };
  readonly unknownScope: {
    given: string;
    classes: readonly string[];
    countries: readonly string[];
  };
  readonly unknownRegion: {
    given: string;
    regions: readonly string[];
    countries: readonly string[];
  };
  readonly emptyChainLink: { text: string };
  readonly notFiniteNumber: { what: string; value: number };
  readonly numberOutOfRange: { what: string; value: number; min: number; max: number };
  readonly numberBelow: { what: string; value: number; min: number };
  readonly numberNotPositive: { what: string; value: number };
  readonly notWholeNumber: { what: string; value: number };
  readonly resultNotFinite: NoParams;
  readonly wrongCount: { what: string; expected: number; got: number };
  readonly zeroWeights: NoParams;
  readonly invalidDate: { what: string; given: string };
  readonly growthTooLow: { growth: number };
  readonly sameSupplierAndConsumer: { country: string };
}

function unknownKeyword({ what, given, accepted }: ArgumentsFailures["unknownKeyword"]): string {
  const head = given.trim() === "" ? `Missing ${what}.` : `Unknown ${what} "${given.trim()}".`;
  return `${head} Use one of: ${accepted.join(", ")}.`;
}

function unknownScope({ given, classes, countries }: ArgumentsFailures["unknownScope"]): string {
  return `Unknown scope "${given.trim()}". Use one of: ${classes.join(", ")}, or a country: ${countries.join(", ")}.`;
}

function unknownRegion({ given, regions, countries }: ArgumentsFailures["unknownRegion"]): string {
  const head = given.trim() === "" ? "Missing region." : `Unknown region "${given.trim()}".`;
  return `${head} Use a region (${regions.join(", ")}) or a country (${countries.join(", ")}).`;
}

function emptyChainLink({ text }: ArgumentsFailures["emptyChainLink"]): string {
  return `The stage chain "${text}" has an empty link. Separate stages with ">", "→" or ",", e.g. "mine>separation>metal>magnet".`;
}

function notFiniteNumber({ what, value }: ArgumentsFailures["notFiniteNumber"]): string {
  return `${what} must be a finite number; got ${String(value)}.`;
}

function numberOutOfRange({
  what,
  value,
  min,
  max,
}: ArgumentsFailures["numberOutOfRange"]): string {
  return `${what} must be between ${min} and ${max}; got ${value}.`;
}

function numberBelow({ what, value, min }: ArgumentsFailures["numberBelow"]): string {
  return `${what} must be at least ${min}; got ${value}.`;
}

function numberNotPositive({ what, value }: ArgumentsFailures["numberNotPositive"]): string {
  return `${what} must be greater than 0; got ${value}.`;
}

function notWholeNumber({ what, value }: ArgumentsFailures["notWholeNumber"]): string {
  return `${what} must be a whole year; got ${value}.`;
}

/** How a gap's score or weight is named in messages: "score 1 (Allied supply coordination)". */
export function gapArgument(kind: "score" | "weight", index: number, gap: string): string {
  return `${kind} ${index + 1} (${gap})`;
}

/** How a table's column is named in messages. */
export function columnOf(table: string): string {
  return `column of ${table}`;
}

function resultNotFinite(): string {
  return "The result is too large to represent: use smaller numbers (or other units).";
}

function wrongCount({ what, expected, got }: ArgumentsFailures["wrongCount"]): string {
  return `${what} needs exactly ${expected} numbers, one per gap in the order of RE.GAPS(); got ${got}.`;
}

function zeroWeights(): string {
  return "The weights are all zero: at least one gap needs a positive weight.";
}

function invalidDate({ what, given }: ArgumentsFailures["invalidDate"]): string {
  return `${what} "${given}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-06-30).`;
}

function growthTooLow({ growth }: ArgumentsFailures["growthTooLow"]): string {
  return `growth must be above -1 (a fall of 100% a year); got ${growth}.`;
}

function sameSupplierAndConsumer({
  country,
}: ArgumentsFailures["sameSupplierAndConsumer"]): string {
  return `The supplier and the consumer are both ${country}: a country's dependency on itself is not defined.`;
}

/** The texts of this domain's failure codes. */
export const argumentsTexts: TextsOf<ArgumentsFailures> = {
  unknownKeyword,
  unknownScope,
  unknownRegion,
  emptyChainLink,
  notFiniteNumber,
  numberOutOfRange,
  numberBelow,
  numberNotPositive,
  notWholeNumber,
  resultNotFinite,
  wrongCount,
  zeroWeights,
  invalidDate,
  growthTooLow,
  sameSupplierAndConsumer,
};
