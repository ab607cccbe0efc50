import type { CatalogEntry } from "../functions/catalog";

/**
 * @summary The catalogue entries whose name, syntax, description or keywords contain every word of the query.
 *
 * @description Case-insensitive; "leadtime", "lead time" and "RE.LEADTIME" all find RE.LEADTIME. Functions
 * whose name matches come first, then those that only mention the words.
 *
 * @example
 * filterCatalog(CATALOG, "gapscore")[0].name
 * //=> "RE.GAPSCORE"
 */
export function filterCatalog(entries: readonly CatalogEntry[], query: string): CatalogEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  const matches = (text: string) => {
    const lower = text.toLowerCase();
    const compact = lower.replace(/[\s_-]+/g, "");
    return words.every((w) => lower.includes(w) || compact.includes(w));
  };
  const found = entries.filter((e) =>
    matches(`${e.name} ${e.syntax} ${e.description} ${e.keywords}`)
  );
  return [...found.filter((e) => matches(e.name)), ...found.filter((e) => !matches(e.name))];
}
