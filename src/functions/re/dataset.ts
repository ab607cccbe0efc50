import { activeSnapshot } from "../../data/store";

/**
 * The active dataset's version.
 * @customfunction DATASET
 * @supportSync
 * @returns The dataset version.
 */
export function dataset(): string {
  return activeSnapshot().dataset.meta.version;
}
