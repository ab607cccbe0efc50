import { normaliseKeyword } from "./normalise";

/**
 * Raw keywords remembered per map before the memo starts afresh: enough for every keyword a workbook
 * realistically types, small enough that a sheet of random text cannot grow it without bound.
 */
const MEMO_LIMIT = 4096;

/**
 * Keyword → value lookup that ignores case, spaces, hyphens, underscores and dots. The map is built once
 * per dataset (or once per module for fixed vocabularies); `find` remembers each raw keyword it has seen,
 * so a recalculating workbook pays for normalisation only the first time a cell's text is looked up.
 */
export class KeywordMap<T> {
  private readonly byKey = new Map<string, T>();
  private readonly memo = new Map<string, T | null>();
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
    const seen = this.memo.get(keyword);
    if (seen !== undefined) return seen ?? undefined;
    const value = this.byKey.get(normaliseKeyword(keyword));
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(keyword, value ?? null);
    return value;
  }

  /** The canonical keywords, in the order they were added: what a "use one of" message lists. */
  get accepted(): readonly string[] {
    return this.names;
  }
}
