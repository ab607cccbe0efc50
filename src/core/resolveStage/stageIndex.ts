import type { Stage } from "../../data/schema";
import { KeywordMap } from "../../lib/keywordMap";
import { lazyIndex } from "../_lib/lazyIndex";

/** The dataset's stages: by id, name or alias, and in chain order (mining first). */
export interface StageIndex {
  readonly stages: KeywordMap<Stage>;
  readonly chain: readonly Stage[];
}

export const stageIndex = lazyIndex((dataset): StageIndex => {
  const chain = [...dataset.stages].sort((a, b) => a.order - b.order);
  const stages = new KeywordMap<Stage>();
  for (const s of chain) stages.add(s, [s.id, s.name, ...s.aliases]);
  return { stages, chain };
});
