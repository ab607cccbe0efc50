/**
 * Texts of the analyst's own inputs: regions joined from countries, and projects entered in the workbook.
 */
import type { Failure } from "../outcome";
import { list, type TextsOf } from "./texts";

/** What each failure code of this domain needs for its text (see failureText.ts). */
export interface OwnInputsFailures {
  readonly emptyRegionListItem: { text: string };
  readonly ownProjectTooShort: { row: number };
  readonly ownProjectBadKeyword: { row: number; column: "country" | "stage"; cause: Failure };
  readonly ownProjectBadCapacity: { row: number };
  readonly ownProjectBadFirstYear: { row: number; min: number; max: number };
  readonly ownProjectBadStatus: { row: number; accepted: readonly string[] };
}

function emptyRegionListItem({ text }: OwnInputsFailures["emptyRegionListItem"]): string {
  return `The region list "${text}" has an empty item. Join countries and groups with "+" or ",", e.g. "US+Japan+Korea" or "allied, Vietnam".`;
}

export function regionUnionLabel(name: string): string {
  return `Region of your own: ${name} (each country counted once)`;
}

export function regionUnionMembers(members: readonly string[]): string {
  return `members in this dataset: ${list(members)}`;
}

function ownProjectTooShort({ row }: OwnInputsFailures["ownProjectTooShort"]): string {
  return `Your projects, row ${row}: give name, country, stage, capacity (t/yr) and first year, then optionally a status.`;
}

function badCell(row: number, column: string, expected: string): string {
  return `Your projects, row ${row}, ${column}: ${expected.replace(/\.$/, "")}.`;
}

/**
 * A country or stage the analyst's row names that the dataset does not know, with the lookup's own
 * failure in words (failureText.ts renders it: it knows every code).
 */
export function ownProjectBadKeyword(row: number, column: string, cause: string): string {
  return badCell(row, column, cause);
}

function ownProjectBadCapacity({ row }: OwnInputsFailures["ownProjectBadCapacity"]): string {
  return badCell(row, "capacity", "a number of t/yr above 0");
}

function ownProjectBadFirstYear({
  row,
  min,
  max,
}: OwnInputsFailures["ownProjectBadFirstYear"]): string {
  return badCell(row, "first year", `a whole year ${min}-${max}`);
}

function ownProjectBadStatus({ row, accepted }: OwnInputsFailures["ownProjectBadStatus"]): string {
  return badCell(row, "status", `one of ${accepted.join(", ")}`);
}

export function ownProjectCompany(): string {
  return "your own project";
}

export function ownProjectNote(): string {
  return "your own project, entered in the workbook for this calculation only; not a dataset record";
}

/** The texts of this domain's failure codes. */
export const ownInputsTexts: TextsOf<Omit<OwnInputsFailures, "ownProjectBadKeyword">> = {
  emptyRegionListItem,
  ownProjectTooShort,
  ownProjectBadCapacity,
  ownProjectBadFirstYear,
  ownProjectBadStatus,
};
