import type { Confidence } from "../../data/schema";
import type { FailureParams } from "./messages/failureText";

/**
 * Why a calculation has no value. The functions layer maps each kind to one Excel error:
 * `invalid` → #VALUE! (wrong type, unknown keyword), `notAvailable` → #N/A (the data has no value),
 * `outOfRange` → #NUM! (an impossible number).
 */
export type FailureKind = "invalid" | "notAvailable" | "outOfRange";

/** The failure codes: one per failure text (src/core/_lib/messages/). */
export type FailureCode = keyof FailureParams;

/**
 * A failure as data: its kind (which Excel error), its code (which text) and the values that text needs,
 * checked against the code. `failureText` (messages/failureText.ts) is the one place it becomes prose.
 */
export type Failure = {
  readonly [C in FailureCode]: {
    readonly ok: false;
    readonly kind: FailureKind;
    readonly code: C;
    readonly params: Readonly<FailureParams[C]>;
  };
}[FailureCode];

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

export function fail<C extends FailureCode>(
  kind: FailureKind,
  code: C,
  params: FailureParams[C]
): Failure {
  return { ok: false, kind, code, params } as Failure;
}
