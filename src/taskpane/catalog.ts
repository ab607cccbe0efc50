import { CATALOG } from "../functions/catalog";

/** One RE function as the pane's catalogue shows it. */
export interface CatalogEntry {
  /** "RE.LEADTIME". */
  readonly name: string;
  /** "RE.LEADTIME(stage, [scope], [estimate])". */
  readonly syntax: string;
  readonly description: string;
  /** A formula that works on the embedded dataset: what "Insert" puts into the active cell. */
  readonly example: string;
  /** What the example shows on the embedded dataset. */
  readonly shows?: string;
  /** Lower-case text to search in besides name, syntax and description (parameters, result). */
  readonly keywords?: string;
}

/**
 * @summary The functions' own catalogue (src/functions/catalog.ts, built from the specs the functions run
 * on) in the pane's shape, so the pane never describes a function differently from Excel's formula help.
 *
 * @example
 * paneCatalog()[0].example
 * //=> '=RE.LEADTIME("separation")'
 */
export function paneCatalog(): CatalogEntry[] {
  return CATALOG.map((entry) => ({
    name: entry.name,
    syntax: entry.syntax,
    description: entry.description,
    example: entry.example.formula,
    shows: entry.example.result,
    keywords: entry.keywords,
  }));
}

/**
 * @summary The catalogue entries whose name, syntax, description or keywords contain every word of the query.
 *
 * @description Case-insensitive; "leadtime", "lead time" and "RE.LEADTIME" all find RE.LEADTIME. Functions
 * whose name matches come first, then those that only mention the words.
 *
 * @example
 * filterCatalog(paneCatalog(), "gapscore")[0].name
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
    matches(`${e.name} ${e.syntax} ${e.description} ${e.keywords ?? ""}`)
  );
  return [...found.filter((e) => matches(e.name)), ...found.filter((e) => !matches(e.name))];
}
