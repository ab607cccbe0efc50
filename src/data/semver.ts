/**
 * Dataset versions: "major.minor.patch" as semantic versioning 2.0.0 writes them (no pre-release or build
 * part). Each component is a decimal integer without leading zeros and at most `Number.MAX_SAFE_INTEGER`
 * (the bound npm's own semver package applies), so it is held exactly by a number and compared exactly.
 */
export interface SemanticVersion {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
}

const SEMVER = /^(0|[1-9]\d{0,15})\.(0|[1-9]\d{0,15})\.(0|[1-9]\d{0,15})$/;

/**
 * @summary Reads a version "major.minor.patch", refusing what semver refuses and what cannot be held exactly.
 *
 * @returns The three components, or null for "01.2.3", "1.2", "1.2.3-rc.1", or a component above 2^53 − 1.
 *
 * @example
 * parseSemver("1.10.0")
 * //=> { major: 1, minor: 10, patch: 0 }
 */
export function parseSemver(text: string): SemanticVersion | null {
  const match = SEMVER.exec(text);
  if (!match) return null;
  const [major, minor, patch] = match.slice(1).map(Number);
  if (![major, minor, patch].every(Number.isSafeInteger)) return null;
  return { major, minor, patch };
}

/**
 * @summary Compares two versions component by component.
 *
 * @returns -1 when `a` is older than `b`, 0 when equal, 1 when newer; null when either is not a version.
 *
 * @example
 * compareSemver("1.10.0", "1.9.3")
 * //=> 1
 */
export function compareSemver(a: string, b: string): -1 | 0 | 1 | null {
  const pa = parseSemver(a);
  const pb = parseSemver(b);
  if (!pa || !pb) return null;
  for (const part of ["major", "minor", "patch"] as const) {
    if (pa[part] !== pb[part]) return pa[part] < pb[part] ? -1 : 1;
  }
  return 0;
}
