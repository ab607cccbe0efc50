/** Assertions on core outcomes that say, when they fail, what the outcome was instead. */
import type { Answer, Failure, FailureKind, Outcome } from "../../src/core/_lib/outcome";

/** The answer of an outcome that must have succeeded. */
export function ok<T>(outcome: Outcome<T>): Answer<T> {
  if (!outcome.ok) throw new Error(`expected an answer, got ${outcome.kind}: ${outcome.message}`);
  return outcome;
}

/** The failure of an outcome that must have failed with `kind`. */
export function failed<T>(outcome: Outcome<T>, kind: FailureKind): Failure {
  if (outcome.ok)
    throw new Error(`expected ${kind}, got the answer ${JSON.stringify(outcome.value)}`);
  if (outcome.kind !== kind)
    throw new Error(`expected ${kind}, got ${outcome.kind}: ${outcome.message}`);
  return outcome;
}

/** Every note and computed text of an answer's basis, for asserting what it says. */
export function basisText<T>(outcome: Outcome<T>): string {
  return ok(outcome)
    .basis.map((b) => [b.label, b.note ?? "", b.computed ?? ""].join(" | "))
    .join("\n");
}
