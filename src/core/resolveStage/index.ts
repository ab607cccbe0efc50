import type { Stage } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { findKeyword } from "../_lib/findKeyword";
import type { Outcome } from "../_lib/outcome";
import { stageIndex } from "./stageIndex";

/**
 * @summary Finds the supply-chain stage a keyword names.
 *
 * @description
 * Matches the stage id, its name or any of its aliases from the dataset's `stages` table ("refining" for
 * separation, ...), ignoring case, spaces, hyphens, underscores and dots. One map lookup in the index.
 *
 * @param data - The indexed dataset.
 * @param keyword - The stage as the user typed it.
 * @returns The stage record, or an `invalid` failure listing the stage ids.
 *
 * @example
 * resolveStage(data, "Refining")
 * //=> { ok: true, value: { id: "separation", ... }, basis: [] }
 */
export function resolveStage(data: IndexedDataset, keyword: string): Outcome<Stage> {
  return findKeyword(stageIndex(data).stages, "stage", keyword);
}
