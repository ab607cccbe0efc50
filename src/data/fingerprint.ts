import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex } from "@noble/hashes/utils";
import { canonicalJson } from "./canonical-json";
import { unsliced, type Slicer } from "./slices";

/**
 * The dataset fingerprint, defined exactly: **SHA-256 (FIPS 180-4) of the UTF-8 bytes of the dataset's
 * canonical JSON**, written as 64 lowercase hex digits. Canonical JSON is the JSON Canonicalization Scheme
 * of RFC 8785 for the values a dataset holds: no whitespace, object members sorted by their names' UTF-16
 * code units, members whose value is `undefined` left out, strings and numbers as ECMAScript's
 * `JSON.stringify` writes them. Key order and formatting never change it; any change of content does.
 * It identifies content for pins, the cache and change detection.
 *
 * SHA-256 runs in JavaScript (@noble/hashes) rather than WebCrypto: WebCrypto only digests a whole buffer
 * and only asynchronously, while the embedded dataset's fingerprint must be at hand synchronously for
 * `RE.DATASET("hash")`, and a pulled dataset's is computed record by record between pauses (`slices.ts`).
 */
export const FINGERPRINT_ALGORITHM = "SHA-256 of canonical JSON (RFC 8785) in UTF-8";

/** Canonical JSON is fed to the hash in pieces of about this many characters. */
const PIECE_CHARS = 64 * 1024;

/**
 * @summary The fingerprint of a dataset (or of any JSON value), computed at once.
 *
 * @example
 * datasetFingerprint({ b: 1, a: "x" }) === datasetFingerprint({ a: "x", b: 1 })
 * //=> true
 */
export function datasetFingerprint(value: unknown): string {
  const hash = sha256.create();
  const encoder = new TextEncoder();
  for (const piece of canonicalPieces(value)) hash.update(encoder.encode(piece));
  return bytesToHex(hash.digest());
}

/**
 * @summary The same fingerprint, computed in time slices that pause between pieces.
 *
 * @example
 * await fingerprintInSlices(dataset, createSlicer()) === datasetFingerprint(dataset)
 * //=> true
 */
export async function fingerprintInSlices(
  value: unknown,
  slicer: Slicer = unsliced
): Promise<string> {
  const hash = sha256.create();
  const encoder = new TextEncoder();
  for (const piece of canonicalPieces(value)) {
    hash.update(encoder.encode(piece));
    if (slicer.due()) await slicer.pause();
  }
  return bytesToHex(hash.digest());
}

/**
 * Canonical JSON in pieces of about `PIECE_CHARS`: the dataset and its tables are walked member by member
 * and item by item (two levels), so a table of any length never becomes one string, and the hash can
 * pause between records.
 */
function* canonicalPieces(value: unknown): Generator<string> {
  let buffer = "";
  for (const part of canonicalParts(value, 2)) {
    buffer += part;
    if (buffer.length >= PIECE_CHARS) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer) yield buffer;
}

function* canonicalParts(value: unknown, depth: number): Generator<string> {
  if (depth === 0 || value === null || typeof value !== "object") {
    yield canonicalJson(value);
  } else if (Array.isArray(value)) {
    yield "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ",";
      yield* canonicalParts(value[i], depth - 1);
    }
    yield "]";
  } else {
    const record = value as Record<string, unknown>;
    let first = true;
    yield "{";
    for (const key of Object.keys(record).sort()) {
      if (record[key] === undefined) continue;
      yield `${first ? "" : ","}${JSON.stringify(key)}:`;
      first = false;
      yield* canonicalParts(record[key], depth - 1);
    }
    yield "}";
  }
}
