/**
 * Canonical JSON, what the dataset fingerprint hashes (fingerprint.ts) and the fingerprint before it read
 * (fingerprint-match.ts): RFC 8785's form for the values a dataset holds.
 */

/** JSON with object keys sorted, so that key order never changes the fingerprint. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    let text = "[";
    for (let i = 0; i < value.length; i++) text += (i > 0 ? "," : "") + canonicalJson(value[i]);
    return `${text}]`;
  }
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    let text = "{";
    for (const key of Object.keys(record).sort()) {
      const member = record[key];
      if (member === undefined) continue;
      text += `${text.length > 1 ? "," : ""}${JSON.stringify(key)}:${canonicalJson(member)}`;
    }
    return `${text}}`;
  }
  return JSON.stringify(value) ?? "null";
}
