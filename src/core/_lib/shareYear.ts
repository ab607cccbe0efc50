import type { Stage } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { checkYear } from "./checks";
import { answer, fail, type Outcome } from "./outcome";
import { shareIndex } from "../supplyShare/shareIndex";

/**
 * The year a share or concentration question is about: the year asked, checked, or by default the
 * latest observed (never projected) year with data for the stage, the same for every country so that
 * shares of one stage compare and add up.
 */
export function shareYear(
  data: IndexedDataset,
  stage: Stage,
  year: number | undefined
): Outcome<number> {
  if (year !== undefined) return checkYear("year", year) ?? answer(year);
  const observed = shareIndex(data).stageYears.get(stage.id)?.observed ?? [];
  return observed.length > 0
    ? answer(observed[observed.length - 1])
    : fail("notAvailable", "missingStageData", { stage: stage.id });
}
