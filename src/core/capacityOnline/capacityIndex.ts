import type { CapacityProject, StageId } from "../../data/schema";
import { lazyIndex, pushTo } from "../_lib/lazyIndex";

/** The capacity pipeline by stage, and where it ends. */
export interface CapacityIndex {
  /** Capacity projects listing each stage. */
  readonly byStage: ReadonlyMap<StageId, readonly CapacityProject[]>;
  /** Latest start year or year of sourced output in the capacity table: after it the pipeline is flat. */
  readonly horizon: number | null;
}

export const capacityIndex = lazyIndex((dataset): CapacityIndex => {
  const byStage = new Map<StageId, CapacityProject[]>();
  for (const p of dataset.capacity)
    for (const stage of new Set(p.stages)) pushTo(byStage, stage, p);
  const starts = dataset.capacity.flatMap((p) => [
    ...(p.startYear === null ? [] : [p.startYear]),
    ...(p.output ?? []).map((o) => o.year),
  ]);
  return { byStage, horizon: starts.length > 0 ? Math.max(...starts) : null };
});
