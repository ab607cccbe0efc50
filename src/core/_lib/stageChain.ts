import type { Stage } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { resolveStage } from "../resolveStage";
import { answer, fail, type Outcome } from "./outcome";

/** Separators of a stage chain: "mine>separation", "mine → magnet", "mining, metal". */
export const CHAIN_SEPARATOR = /[>→,]/;

/**
 * The stages a keyword or a chain of keywords names, in the order given.
 */
export function parseStageChain(data: IndexedDataset, text: string): Outcome<readonly Stage[]> {
  const stages: Stage[] = [];
  for (const part of text.split(CHAIN_SEPARATOR)) {
    if (part.trim() === "" && text.trim() !== "")
      return fail("invalid", "emptyChainLink", { text });
    const stage = resolveStage(data, part);
    if (!stage.ok) return stage;
    stages.push(stage.value);
  }
  return answer(stages);
}
