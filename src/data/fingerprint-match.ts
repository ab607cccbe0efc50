import { canonicalJson } from "./canonical-json";

/*
 * Comparing a recorded fingerprint (a workbook pin's, a kept dataset's) with a dataset whose fingerprint is
 * known: no hashing, so the pane can compare a pin at start-up without carrying SHA-256 (fingerprint.ts).
 */

/**
 * @summary Whether `hash` is `dataset`'s fingerprint, under the current definition or the one before it.
 *
 * @description Workbooks and caches written before version 1 of the definition hold a 16-hex-digit
 * fingerprint (`legacyFingerprint`); they are still recognised, so an old pin still matches its data.
 *
 * @param current - `dataset`'s fingerprint, as computed once when it was accepted.
 *
 * @example
 * fingerprintMatches(snapshot.dataset, pin.hash, snapshot.hash)
 * //=> true
 */
export function fingerprintMatches(dataset: unknown, hash: string, current: string): boolean {
  if (hash === current) return true;
  return isLegacyFingerprint(hash) && legacyFingerprint(dataset) === hash;
}

/** Legacy fingerprints already computed, per dataset object: the pane compares a pin at every change. */
const legacyOf = new WeakMap<object, string>();

/** True for the 16 hex digits of the fingerprint before SHA-256. */
export function isLegacyFingerprint(hash: string): boolean {
  return /^[0-9a-f]{16}$/.test(hash);
}

/**
 * The fingerprint before SHA-256, kept only to recognise pins and caches written with it; never written
 * again. It is FNV-1a (64-bit: offset basis 0xcbf29ce484222325, prime 0x100000001b3) over the UTF-16 code
 * units of the canonical JSON (not its UTF-8 bytes, although it was documented so), as 16 hex digits.
 */
export function legacyFingerprint(value: unknown): string {
  const known = typeof value === "object" && value !== null ? legacyOf.get(value) : undefined;
  if (known) return known;
  const text = canonicalJson(value);
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo ^= text.charCodeAt(i);
    // hash × prime mod 2^64 = hash × 0x1b3 + (hash << 40); lo × 0x1b3 < 2^41 stays exact in a double.
    const low = (lo >>> 0) * 0x1b3;
    const carry = Math.floor(low / 0x100000000);
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
    lo = low >>> 0;
  }
  const hash = hi.toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0");
  if (typeof value === "object" && value !== null) legacyOf.set(value, hash);
  return hash;
}
