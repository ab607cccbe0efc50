/** Assertions on core outcomes that say, when they fail, what the outcome was instead. */
import { failureText, type FailureParams } from "../../src/core/_lib/messages/failureText";
import type {
  Answer,
  Failure,
  FailureCode,
  FailureKind,
  Outcome,
} from "../../src/core/_lib/outcome";

/** The answer of an outcome that must have succeeded. */
export function ok<T>(outcome: Outcome<T>): Answer<T> {
  if (!outcome.ok)
    throw new Error(`expected an answer, got ${outcome.kind}: ${failureText(outcome)}`);
  return outcome;
}

/** The failure of an outcome that must have failed with `kind`. */
export function failed<T>(outcome: Outcome<T>, kind: FailureKind): Failure {
  if (outcome.ok)
    throw new Error(`expected ${kind}, got the answer ${JSON.stringify(outcome.value)}`);
  if (outcome.kind !== kind)
    throw new Error(`expected ${kind}, got ${outcome.kind}: ${failureText(outcome)}`);
  return outcome;
}

/** The failure of an outcome that must have failed with `kind` and `code`, its params typed by the code. */
export function failedWith<T, C extends FailureCode>(
  outcome: Outcome<T>,
  kind: FailureKind,
  code: C
): Extract<Failure, { code: C }> {
  const failure = failed(outcome, kind);
  if (failure.code !== code)
    throw new Error(`expected ${kind} ${code}, got ${failure.code}: ${failureText(failure)}`);
  return failure as Extract<Failure, { code: C }>;
}

/** Every note and computed text of an answer's basis, for asserting what it says. */
export function basisText<T>(outcome: Outcome<T>): string {
  return ok(outcome)
    .basis.map((b) => [b.label, b.note ?? "", b.computed ?? ""].join(" | "))
    .join("\n");
}

/** The text a failure shows (through the one renderer), after checking its kind and code. */
export function failureMessage<T>(
  outcome: Outcome<T>,
  kind: FailureKind,
  code: FailureCode
): string {
  return failureText(failedWith(outcome, kind, code));
}

/** The params of a failure that must have `kind` and `code`: what its text is built from. */
export function paramsOf<T, C extends FailureCode>(
  outcome: Outcome<T>,
  kind: FailureKind,
  code: C
): FailureParams[C] {
  return failedWith(outcome, kind, code).params as FailureParams[C];
}
