import type { CapacityOutput, CapacityProject } from "../../data/schema";
import { outputHow } from "../_lib/messages/capacity";

/** How one plant counts at a year, or why it does not. */
export type PlantCount =
  | { readonly counts: true; readonly value: number; readonly how: string }
  | { readonly counts: false; readonly why: "not yet" | "no figure" | "no start year" };

/**
 * What a plant counts at in a year: its sourced output for that year or the latest before it (a ramp
 * point), else, once it has started, its capacity figure; a ramping plant only ever at its output.
 */
export function plantAt(project: CapacityProject, year: number): PlantCount {
  const ramp = (project.output ?? [])
    .filter((o) => o.year <= year && o.value !== null)
    .reduce<CapacityOutput | undefined>(
      (latest, o) => (latest && latest.year >= o.year ? latest : o),
      undefined
    );
  const started =
    project.startYear === null
      ? RUNNING_BEFORE_SOURCES.has(project.status)
        ? true
        : undefined
      : project.startYear <= year;
  if (ramp) return { counts: true, value: ramp.value as number, how: outputHow(ramp) };
  if (project.status === "ramping")
    return { counts: false, why: started === false ? "not yet" : "no figure" };
  if (started === undefined) return { counts: false, why: "no start year" };
  if (!started) return { counts: false, why: "not yet" };
  if (project.value === null) return { counts: false, why: "no figure" };
  return { counts: true, value: project.value, how: project.basis };
}

/** Statuses that show a plant was running before its sources, so that it counts with no start year. */
const RUNNING_BEFORE_SOURCES = new Set<CapacityProject["status"]>(["operating"]);
