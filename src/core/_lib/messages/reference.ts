/**
 * Texts of elements, regions, tables and the dataset itself.
 */
import type { Element, Region } from "../../../data/schema";
import type { TextsOf } from "./texts";

/** What each failure code of this domain needs for its text (see failureText.ts). */
export interface ReferenceFailures {
  readonly missingElementField: { element: string; field: string };
  readonly membershipNotPublished: { region: Region };
}

function missingElementField({ element, field }: ReferenceFailures["missingElementField"]): string {
  return `The dataset gives no ${field} for ${element}: its sources give none.`;
}

export function elementFieldLabel(element: Element, field: string): string {
  return `${element.name} (${element.symbol}), ${field}`;
}

export function regionLabel(region: Region): string {
  const members = region.members === undefined ? "" : ` Members: ${region.members.join(", ")}.`;
  return `Group "${region.name}": ${region.definition}${members}`;
}

function membershipNotPublished({ region }: ReferenceFailures["membershipNotPublished"]): string {
  return `The membership of ${region.name} is not published in the dataset's sources, so nothing can be summed over it: ${region.definition}`;
}

/** A nested value (a price's original quote) in one cell: "low: 439000; high: 442000; unit: CNY/t". */
export function objectCell(entries: readonly [string, string][]): string {
  return entries.map(([key, value]) => `${key}: ${value}`).join("; ");
}

export function tableLabel(table: string, records: number): string {
  return `Dataset table "${table}" (${records} records, each citing its own sources)`;
}

/** The citation of a dataset's own records (those that cite no source: countries). */
export function datasetCitation(title: string, version: string, asOf: string): string {
  return `${title}, version ${version} (as of ${asOf})`;
}

export function datasetOrigin(kind: string, url: string | undefined): string {
  return url === undefined ? kind : `${kind}: ${url}`;
}

/** The texts of this domain's failure codes. */
export const referenceTexts: TextsOf<ReferenceFailures> = {
  missingElementField,
  membershipNotPublished,
};
