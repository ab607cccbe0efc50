/**
 * Texts of citations: how a basis names its sources.
 */
import type { Basis } from "../outcome";

export function citationEntry(basis: Basis, citations: readonly string[]): string {
  const sources = citations.length > 0 ? ` — ${citations.join(" + ")}` : "";
  const computed = basis.computed === undefined ? "" : `; computed: ${basis.computed}`;
  const note = basis.note === undefined || basis.note.trim() === "" ? "" : `; note: ${basis.note}`;
  return `${basis.label}${sources} (as of ${basis.asOf}; confidence ${basis.confidence}${computed}${note})`;
}

/**
 * The short citation of a result (RE.SOURCE's "short" form, for sheets that show many): how many records, their
 * as-of dates and confidence grades as ranges, and each source once by publisher and address.
 */
export function shortCitation(
  records: number,
  asOf: { first: string; last: string },
  confidence: { weakest: string; strongest: string },
  sources: readonly string[]
): string {
  const span = (a: string, b: string) => (a === b ? a : `${a} to ${b}`);
  const count = records === 1 ? "1 record" : `${records} records`;
  return `${count}, as of ${span(asOf.first, asOf.last)}, confidence ${span(confidence.weakest, confidence.strongest)}. Sources: ${sources.join("; ")}`;
}

export function noBasis(): string {
  return "No dataset record is cited: the value comes from the arguments or the dataset's own metadata.";
}
