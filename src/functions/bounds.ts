import type { ArgumentLabel } from "./coerce";
import { messages, refuse, type Stated } from "./errors";

/** The bounds a spec may declare on a number parameter (inclusive); the runner checks them. */
export interface Bounds {
  readonly min?: number;
  readonly max?: number;
}

/**
 * Whether 0 can only mean "nothing there" for this parameter: its lower bound is above 0 (a year), so the
 * 0 that some Excel builds hand over for an empty cell (office-js #4702, #1951) is read as blank.
 */
export function zeroIsBlank(bounds: Bounds): boolean {
  return bounds.min !== undefined && bounds.min > 0;
}

/** The #NUM! for a number outside a parameter's declared bounds, or undefined when it is inside them. */
export function outOfBounds(
  bounds: Bounds,
  value: number,
  label: ArgumentLabel
): Stated | undefined {
  const { min, max } = bounds;
  if ((min === undefined || value >= min) && (max === undefined || value <= max)) return undefined;
  if (min !== undefined && max !== undefined)
    return refuse("outOfRange", messages.outsideBounds(label.fn, label.param, min, max, value));
  return min !== undefined && value < min
    ? refuse("outOfRange", messages.belowMinimum(label.fn, label.param, min, value))
    : refuse("outOfRange", messages.aboveMaximum(label.fn, label.param, max as number, value));
}
