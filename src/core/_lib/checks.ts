import { answer, fail, type Basis, type Failure, type Outcome } from "./outcome";

/** Years a question may be about: wide enough for history and long projections, narrow enough to catch typos. */
export const YEAR_RANGE = { min: 1900, max: 2200 } as const;

/*
 * Each check returns the failure to hand back, or undefined when the number is fine, so a caller
 * chains them with `??` and returns the first failure.
 */

/** A finite number within [min, max]. */
export function checkRange(
  what: string,
  value: number,
  min: number,
  max: number
): Failure | undefined {
  if (!Number.isFinite(value)) return fail("outOfRange", "notFiniteNumber", { what, value });
  if (value < min || value > max)
    return fail("outOfRange", "numberOutOfRange", { what, value, min, max });
  return undefined;
}

/** A finite number not below `min`. */
export function checkAtLeast(what: string, value: number, min: number): Failure | undefined {
  if (!Number.isFinite(value)) return fail("outOfRange", "notFiniteNumber", { what, value });
  return value < min ? fail("outOfRange", "numberBelow", { what, value, min }) : undefined;
}

/** A finite number above zero. */
export function checkPositive(what: string, value: number): Failure | undefined {
  if (!Number.isFinite(value)) return fail("outOfRange", "notFiniteNumber", { what, value });
  return value > 0 ? undefined : fail("outOfRange", "numberNotPositive", { what, value });
}

/** A whole year within `YEAR_RANGE`. */
export function checkYear(what: string, year: number): Failure | undefined {
  const failure = checkRange(what, year, YEAR_RANGE.min, YEAR_RANGE.max);
  if (failure) return failure;
  return Number.isInteger(year)
    ? undefined
    : fail("outOfRange", "notWholeNumber", { what, value: year });
}

/**
 * The answer for a computed number, or `outOfRange` when the arithmetic left the representable range
 * (inputs near 1e308 multiplied or summed): a cell must never receive NaN or Infinity.
 */
export function finiteAnswer(value: number, basis: readonly Basis[]): Outcome<number> {
  return Number.isFinite(value) ? answer(value, basis) : fail("outOfRange", "resultNotFinite", {});
}
