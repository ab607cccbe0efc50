import type { TemplateCell, TemplateSheet } from "./types";

/** The sheet the template writes; inserting it again updates that sheet in place. */
export const GAP_SCORECARD_SHEET = "Six gaps scorecard";

/** Rows of the six gaps: RE.GAPS() spills its header into row 4 and one gap per row into 5-10. */
const FIRST_GAP_ROW = 5;
const GAP_COUNT = 6;
const LAST_GAP_ROW = FIRST_GAP_ROW + GAP_COUNT - 1;

export interface GapScorecardOptions {
  /** Starting scores, one per gap in the gaps' order, 0 (wide open) to 5 (closed); default all 0. */
  readonly scores?: readonly number[];
}

/**
 * @summary The "Six gaps scorecard" sheet: the six policy gaps, the analyst's scores, and RE.GAPSCORE.
 *
 * @description
 * `=RE.GAPS()` in A4 spills the gaps with their meaning, default weight and source (A4:D10, header
 * included). Beside each gap the analyst enters a weight (column E, starting as the default weight from
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
    { address: "A4", formula: "=RE.GAPS()" },
    { address: "E4", value: "Your weight", style: "header" },
    { address: "F4", value: "Your score", style: "header" },
    { address: "G4", value: "Openness", style: "header" },
  ];
  for (let i = 0; i < GAP_COUNT; i++) {
    const row = FIRST_GAP_ROW + i;
    cells.push(
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
    { address: "A14", value: "Gap score, default weights" },
    { address: "B14", formula: `=RE.GAPSCORE(${scoreRange},,B12)`, style: "output" },
    { address: "A15", value: "Source" },
    {
      address: "B15",
      formula: `=RE.SOURCE("GAPSCORE",${scoreRange},${weightRange},B12)`,
      style: "note",
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
    columnWidths: { A: 34, B: 70, C: 14, D: 14, E: 12, F: 12, G: 12 },
    conditionalFormats: [{ range: `G${FIRST_GAP_ROW}:G${LAST_GAP_ROW}`, type: "threeColorScale" }],
  };
}
