import type { Confidence } from "../../data/schema";

/**
 * Why a calculation has no value. The functions layer maps each kind to one Excel error:
 * `invalid` → #VALUE! (wrong type, unknown keyword), `notAvailable` → #N/A (the data has no value),
 * `outOfRange` → #NUM! (an impossible number).
 */
export type FailureKind = "invalid" | "notAvailable" | "outOfRange";

export interface Failure {
  readonly ok: false;
  readonly kind: FailureKind;
  readonly message: string;
}

/** Where a value comes from: the records (and their sources) it rests on. */
export interface Basis {
  /** Human label of the record, e.g. "USGS mine production, China, 2024". */
  readonly label: string;
  readonly sourceIds: readonly string[];
  readonly asOf: string;
  readonly confidence: Confidence;
  readonly note?: string;
  readonly computed?: string;
}

export interface Answer<T> {
  readonly ok: true;
  readonly value: T;
  readonly basis: readonly Basis[];
}

export type Outcome<T> = Answer<T> | Failure;

export function answer<T>(value: T, basis: readonly Basis[] = []): Answer<T> {
  return { ok: true, value, basis };
}

export function fail(kind: FailureKind, message: string): Failure {
  return { ok: false, kind, message };
}

/** Lets a failure travel through a computation typed for another value. */
export function isFailure<T>(outcome: Outcome<T>): outcome is Failure {
  return !outcome.ok;
}
