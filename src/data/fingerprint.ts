/**
 * Content fingerprint of a dataset: FNV-1a (64-bit) over its canonical JSON (keys sorted), as 16 hex
 * digits. It identifies content for pinning and change detection; it is not a security hash.
 * The 64-bit arithmetic runs on two 32-bit halves: BigInt made one fingerprint of the dataset cost
 * about 15 ms, and the pane takes several per refresh.
 */
export function datasetFingerprint(value: unknown): string {
  const text = canonicalJson(value);
  // Offset basis 0xcbf29ce484222325; prime 0x100000001b3 = 2^40 + 0x1b3.
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
  return hi.toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0");
}

/** JSON with object keys sorted, so that key order never changes the fingerprint. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value as Record<string, unknown>)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
