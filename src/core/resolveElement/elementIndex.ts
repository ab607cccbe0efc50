import type { Element } from "../../data/schema";
import { KeywordMap } from "../../lib/keywordMap";
import { lazyIndex } from "../_lib/lazyIndex";

/** The dataset's elements by symbol or name, and by symbol alone. */
export interface ElementIndex {
  readonly elements: KeywordMap<Element>;
  readonly bySymbol: ReadonlyMap<string, Element>;
}

export const elementIndex = lazyIndex((dataset): ElementIndex => {
  const elements = new KeywordMap<Element>();
  for (const e of dataset.elements) elements.add(e, [e.symbol, e.name]);
  return { elements, bySymbol: new Map(dataset.elements.map((e) => [e.symbol, e])) };
});
