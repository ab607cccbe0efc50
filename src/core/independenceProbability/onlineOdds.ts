import type { ProjectStatus } from "../../data/schema";
import { projectStatuses } from "../../data/tables";
import { answer, fail, type Outcome } from "../_lib/outcome";
import type { OwnProjectRows } from "../ownProjects";

/**
 * The chance that a plant of each status comes online at all: an explicit ASSUMPTION of this add-in,
 * not a sourced figure (no source in the dataset gives completion rates by status), graded low wherever
 * it is used and overridable by the analyst. Running plants count as RE.CAPACITY counts them; plants of
 * unknown status are left out, as RE.CAPACITY leaves them out unless asked.
 */
export const ASSUMED_ODDS: Readonly<Record<ProjectStatus, number>> = {
  operating: 1,
  ramping: 1,
  commissioning: 0.9,
  construction: 0.75,
  financing: 0.5,
  planned: 0.5,
  unlikely: 0.1,
  unknown: 0,
};

/** The odds in force for a run, and the statuses the analyst set. */
export interface OnlineOdds {
  readonly byStatus: Readonly<Record<ProjectStatus, number>>;
  readonly overridden: readonly ProjectStatus[];
}

/**
 * @summary The chance of coming online by status: the assumed odds, with the analyst's rows on top.
 *
 * @description
 * Each non-blank row of `rows` is a status and a probability 0-1 (a first row of column names is
 * skipped); it replaces the assumed odds of that status for this call.
 *
 * @param rows - The analyst's range, or undefined for the assumed odds alone.
 * @returns The odds, or `invalid` naming the row that is not a status and a probability.
 *
 * @example
 * onlineOdds([["planned", 0.3]]).value.byStatus.planned
 * //=> 0.3
 */
export function onlineOdds(rows: OwnProjectRows | undefined): Outcome<OnlineOdds> {
  const byStatus: Record<ProjectStatus, number> = { ...ASSUMED_ODDS };
  const overridden: ProjectStatus[] = [];
  for (let i = 0; i < (rows ?? []).length; i++) {
    const [statusCell, chanceCell] = (rows ?? [])[i];
    if ((statusCell ?? null) === null && (chanceCell ?? null) === null) continue;
    const status = projectStatuses.find((s) => s === String(statusCell).trim().toLowerCase());
    const chance =
      typeof chanceCell === "number"
        ? chanceCell
        : typeof chanceCell === "string" && chanceCell.trim() !== ""
          ? Number(chanceCell)
          : Number.NaN;
    if (i === 0 && !status && Number.isNaN(chance)) continue;
    if (!status || !(chance >= 0 && chance <= 1))
      return fail("invalid", "oddsBadRow", { row: i + 1, statuses: projectStatuses });
    byStatus[status] = chance;
    overridden.push(status);
  }
  return answer({ byStatus, overridden });
}
