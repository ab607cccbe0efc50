import type { Confidence } from "../../data/schema";
import { weakestConfidence } from "./confidence";
import type { Basis } from "./outcome";

/** The provenance fields every cited record carries. */
export interface CitedRecord {
  readonly sourceIds: readonly string[];
  readonly asOf: string;
  readonly confidence: Confidence;
  readonly note?: string;
  readonly computed?: string;
}

/** What a calculation adds to a record's own provenance. */
export interface BasisContext {
  readonly note?: string;
  readonly computed?: string;
}

/**
 * A record's provenance as a `Basis`: its sources, date and grade, its own note followed by what the
 * calculation adds, and how the value was computed (the calculation's method replaces the record's).
 */
export function basisOf(record: CitedRecord, label: string, context?: BasisContext): Basis {
  const note = joinNotes(record.note, context?.note);
  const computed = context?.computed ?? record.computed;
  const basis: { -readonly [K in keyof Basis]: Basis[K] } = {
    label,
    sourceIds: record.sourceIds,
    asOf: record.asOf,
    confidence: record.confidence,
  };
  if (note !== undefined) basis.note = note;
  if (computed !== undefined) basis.computed = computed;
  return basis;
}

/**
 * One basis for a figure built from several records (a sum, an index over countries): the union of their
 * sources, the latest of their dates and the weakest of their grades. Their own notes are left out;
 * the context says what matters about the whole.
 */
export function pooledBasis(
  records: readonly CitedRecord[],
  label: string,
  context?: BasisContext
): Basis {
  const sourceIds = new Set<string>();
  let asOf = "";
  for (const record of records) {
    record.sourceIds.forEach((id) => sourceIds.add(id));
    if (record.asOf > asOf) asOf = record.asOf;
  }
  const confidence = weakestConfidence(records.map((r) => r.confidence));
  return basisOf({ sourceIds: [...sourceIds], asOf, confidence }, label, context);
}

/** The same basis with one more note. */
export function withNote(basis: Basis, note: string): Basis {
  return { ...basis, note: joinNotes(basis.note, note) };
}

/** Two notes as one sentence list; empty notes are dropped, and a note's own full stop gives way to the join. */
function joinNotes(first: string | undefined, second: string | undefined): string | undefined {
  const a = first?.trim().replace(/\.$/, "");
  const b = second?.trim();
  if (!a) return b || undefined;
  if (!b) return first?.trim();
  return `${a}; ${b}`;
}
