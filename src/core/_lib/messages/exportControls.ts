/**
 * Texts of export controls and their status.
 */
import type { ExportControl } from "../../../data/schema";

export function controlLicenceRequired(measure: string, since: string): string {
  return `Licence required: ${measure}, since ${since}`;
}

export function controlSuspended(
  measure: string,
  effective: string,
  from: string,
  until: string,
  tookEffect: boolean
): string {
  return tookEffect
    ? `Suspended until ${until}: ${measure} (licensing since ${effective}, suspended from ${from})`
    : `Suspended until ${until}: ${measure} (to take effect ${effective}, suspended from ${from} before it took effect, so never in force)`;
}

export function controlAnnounced(measure: string, announced: string, effective: string): string {
  return `Announced, not yet in force: ${measure} (announced ${announced}, to take effect ${effective})`;
}

export function controlUnknownAfter(measure: string, until: string, note: string): string {
  const verb = measure.includes(", ") ? "were" : "was";
  return `Unknown after ${until}: ${measure} ${verb} suspended until then. ${note}`.trim();
}

export function controlNotControlled(
  technology: readonly { name: string; since: string }[]
): string {
  if (technology.length === 0) return "Not controlled";
  return `Not controlled as an element (${technology.map((t) => `${t.name} since ${t.since}`).join("; ")})`;
}

export function suspensionLapsed(measure: string, until: string): string {
  return `the suspension of ${measure} lapsed ${until} per its terms`;
}

export function beyondKnowledge(asOf: string): string {
  return `decisions after ${asOf} are not in this dataset`;
}

/** A status followed by its qualifications, in one text. */
export function statusWithClauses(status: string, clauses: readonly string[]): string {
  return [status, ...clauses].join("; ");
}

export function noMeasureLabel(symbol: string, date: string): string {
  return `China's export-control measures in the dataset: none in force for ${symbol} on ${date}`;
}

export function exportControlLabel(measure: ExportControl): string {
  return `${measure.measure} (${measure.authority}), effective ${measure.effective}`;
}
