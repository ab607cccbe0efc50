import { normaliseKeyword } from "./normalise";

/**
 * Keyword → value lookup that ignores case, spaces, hyphens, underscores and dots. The map is built once
 * per dataset (or once per module for fixed vocabularies). A recalculating workbook does not come back
 * here for a call it has made before: the runner's answer cache answers it.
 */
export class KeywordMap<T> {
  private readonly byKey = new Map<string, T>();
  private readonly names: string[] = [];

  /**
   * Adds `value` under each keyword; the first keyword is the canonical one listed in messages.
   * A keyword already taken keeps its first value, so earlier (more specific) entries win.
   */
  add(value: T, keywords: readonly string[]): this {
    keywords.forEach((keyword, i) => {
      const key = normaliseKeyword(keyword);
      if (key === "") return;
      if (this.byKey.has(key)) return;
      if (i === 0) this.names.push(keyword);
      this.byKey.set(key, value);
    });
    return this;
  }

  /** The value a keyword names, or undefined when it names none. */
  find(keyword: string): T | undefined {
    return this.byKey.get(normaliseKeyword(keyword));
  }

  /** The canonical keywords, in the order they were added: what a "use one of" message lists. */
  get accepted(): readonly string[] {
    return this.names;
  }
}
