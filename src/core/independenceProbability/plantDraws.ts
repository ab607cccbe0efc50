import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** Uniform draws in [0, 1) from one plant's own stream. */
export type Draw = () => number;

/**
 * A plant's own seeded stream: xoroshiro128+ (pure-rand) seeded from the run's seed and the plant's id.
 * One stream per plant, so that a plant's draws in trial t never depend on which other plants are in
 * the run: adding a plant, or moving one, leaves every other plant's draws as they were, and the
 * estimate is monotone in capacity, delay and year trial by trial, not only on average.
 */
export function plantStream(seed: number, id: string): Draw {
  const rng = xoroshiro128plus(mixedSeed(`${seed}|${id}`));
  return () => uniformFloat64(rng);
}

/** FNV-1a over the text, then murmur3's finaliser, so that nearby seeds and ids start far apart. */
function mixedSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** A triangular distribution: its least, most likely and greatest values. */
export interface Triangle {
  readonly low: number;
  readonly mode: number;
  readonly high: number;
}

/**
 * The value below which a share `u` of a triangular distribution lies (its inverse distribution
 * function), so that a uniform draw becomes a triangular one. A degenerate triangle gives its mode.
 *
 * @example
 * triangularQuantile({ low: 1, mode: 2, high: 4 }, 5 / 6)
 * //=> 3
 */
export function triangularQuantile({ low, mode, high }: Triangle, u: number): number {
  const width = high - low;
  if (width === 0) return mode;
  const split = (mode - low) / width;
  return u < split
    ? low + Math.sqrt(u * width * (mode - low))
    : high - Math.sqrt((1 - u) * width * (high - mode));
}
