import { activeSnapshot } from "../data/store";
import type { TemplateCell, TemplateSheet } from "./types";
import { ADD_IN_NOTE, withoutAddIn } from "./without-add-in";

/** The sheet the template writes; inserting it again updates that sheet in place. */
export const GAP_SCORECARD_SHEET = "Six gaps scorecard";

/** Rows of the six gaps: their header in row 4 and one gap per row in 5-10, in RE.GAPSCORE's order. */
const HEADER_ROW = 4;
const FIRST_GAP_ROW = 5;
const GAP_COUNT = 6;
const LAST_GAP_ROW = FIRST_GAP_ROW + GAP_COUNT - 1;

/** One gap as the scorecard lists it. */
export interface ScorecardGap {
  readonly name: string;
  readonly meaning: string;
  readonly defaultWeight: number;
}

export interface GapScorecardOptions {
  /** Starting scores, one per gap in the gaps' order, 0 (wide open) to 5 (closed); default all 0. */
  readonly scores?: readonly number[];
  /** The gaps in RE.GAPSCORE's order; default those of the active dataset. */
  readonly gaps?: readonly ScorecardGap[];
}

/** The active dataset's gaps in their order (the order RE.GAPSCORE reads scores in). */
function datasetGaps(): ScorecardGap[] {
  return [...activeSnapshot().dataset.gaps].sort((a, b) => a.order - b.order);
}

/**
 * @summary The "Six gaps scorecard" sheet: the six policy gaps, the analyst's scores, and RE.GAPSCORE.
 *
 * @description
 * The six gaps of the dataset, with their meaning and default weight, written as text and numbers (A4:C10,
 * header included) so that they read the same without the add-in; D5 cites them (`RE.SOURCE("GAPS","short")`).
 * The dataset's gaps at insertion: inserting the template again after a pull rewrites them. Beside each gap the analyst enters a weight (column E, starting as the default weight from
 * the spill) and a score (column F) from 0 (wide open) to the scale maximum (closed); column G shows how
 * open each gap is (1 − score ÷ scale maximum) under a three-colour scale, green for closed through amber
 * to red for open. Below: the scale maximum (an input, default 5), `RE.GAPSCORE` with the analyst's
 * weights and with the default weights (0 = all closed, 100 = all open), and `RE.SOURCE` behind it.
 * The starting scores are 0, "wide open", as the seed analysis describes each gap; the note says to
 * replace them with an assessment.
 *
 * @param options - Starting scores.
 * @returns The sheet as plain data (see templates/types.ts).
 *
 * @example
 * gapScorecardTemplate().cells.find((c) => c.address === "B13")?.formula
 * //=> "=RE.GAPSCORE(F5:F10,E5:E10,B12)"
 */
export function gapScorecardTemplate(options: GapScorecardOptions = {}): TemplateSheet {
  const scores = options.scores ?? [0, 0, 0, 0, 0, 0];
  const scoreRange = `F${FIRST_GAP_ROW}:F${LAST_GAP_ROW}`;
  const weightRange = `E${FIRST_GAP_ROW}:E${LAST_GAP_ROW}`;
  const cells: TemplateCell[] = [
    { address: "A1", value: "Six gaps scorecard", style: "title" },
    {
      address: "A2",
      value:
        "Score each gap from 0 (wide open) to the scale maximum (closed) in the orange cells; RE.GAPSCORE turns the scores into one number from 0 (all closed) to 100 (all open).",
      style: "subtitle",
    },
    { address: "A3", value: ADD_IN_NOTE, style: "note" },
    { address: `A${HEADER_ROW}`, value: "Gap", style: "header" },
    { address: `B${HEADER_ROW}`, value: "Meaning", style: "header" },
    { address: `C${HEADER_ROW}`, value: "Default weight", style: "header" },
    { address: `D${HEADER_ROW}`, value: "Source", style: "header" },
    {
      address: `D${FIRST_GAP_ROW}`,
      formula: withoutAddIn('RE.SOURCE("GAPS","short")'),
      style: "citation",
    },
    // One citation for the six: the rows under it are not gaps without a source.
    { address: `D${FIRST_GAP_ROW + 1}`, value: "(the source of all six gaps)", style: "note" },
    { address: "E4", value: "Your weight", style: "header" },
    { address: "F4", value: "Your score", style: "header" },
    { address: "G4", value: "Openness", style: "header" },
  ];
  const gaps = options.gaps ?? datasetGaps();
  if (gaps.length !== GAP_COUNT)
    throw new Error(`The scorecard lays out ${GAP_COUNT} gaps; the dataset has ${gaps.length}`);
  for (let i = 0; i < GAP_COUNT; i++) {
    const row = FIRST_GAP_ROW + i;
    cells.push(
      { address: `A${row}`, value: gaps[i].name },
      { address: `B${row}`, value: gaps[i].meaning, style: "wrap" },
      { address: `C${row}`, value: gaps[i].defaultWeight },
      { address: `E${row}`, formula: `=C${row}`, style: "input" },
      { address: `F${row}`, value: scores[i] ?? 0, style: "input" },
      { address: `G${row}`, formula: `=IF(ISNUMBER(F${row}),1-F${row}/$B$12,"")`, style: "percent" }
    );
  }
  cells.push(
    { address: "A12", value: "Scale maximum (closed)" },
    { address: "B12", value: 5, style: "input" },
    { address: "A13", value: "Gap score, your weights" },
    { address: "B13", formula: `=RE.GAPSCORE(${scoreRange},${weightRange},B12)`, style: "output" },
    { address: "C13", value: "0 = every gap closed, 100 = every gap wide open", style: "note" },
    { address: "A14", value: "Gap score, default weights" },
    { address: "B14", formula: `=RE.GAPSCORE(${scoreRange},,B12)`, style: "output" },
    { address: "A15", value: "Source" },
    {
      address: "B15",
      formula: withoutAddIn(`RE.SOURCE("GAPSCORE",${scoreRange},${weightRange},B12,"short")`),
      style: "citation",
    },
    {
      address: "A17",
      value:
        "The starting scores are 0 (wide open), as the seed analysis describes each gap: replace them with your assessment. Weights start as each gap's default weight from the dataset.",
      style: "note",
    }
  );
  return {
    name: GAP_SCORECARD_SHEET,
    cells,
    columnWidths: { A: 30, B: 60, C: 10, D: 36, E: 10, F: 10, G: 10 },
    print: { area: "A1:G17", titleRows: `${HEADER_ROW}:${HEADER_ROW}`, orientation: "landscape" },
    conditionalFormats: [{ range: `G${FIRST_GAP_ROW}:G${LAST_GAP_ROW}`, type: "threeColorScale" }],
  };
}
