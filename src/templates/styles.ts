import type { CellStyle } from "./types";

/**
 * The look of each template style, written once for every writer of a template: the Excel gateway, the
 * workbook preview and the example workbook. Input and output follow Excel's own Input and Output cell
 * styles, so an analyst recognises which cells are theirs to change. Colours are "#RRGGBB".
 */
export interface CellLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points; absent means the sheet's default (11). */
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  readonly wrapText?: boolean;
  /** A thin line under the cell, or around it; `borderColor` absent means automatic (black). */
  readonly border?: "bottom" | "box";
  readonly borderColor?: string;
  /** Excel number format code. */
  readonly numberFormat?: string;
}

export const CELL_STYLES: Readonly<Record<CellStyle, CellLook>> = {
  title: { bold: true, size: 16, color: "#0F548C" },
  subtitle: { italic: true, color: "#616161" },
  header: { bold: true, color: "#0F548C", fill: "#EBF3FC", wrapText: true, border: "bottom" },
  input: { color: "#3F3F76", fill: "#FFCC99", border: "box", borderColor: "#7F7F7F" },
  output: { bold: true, color: "#3F3F3F", fill: "#F2F2F2" },
  // Notes are long sentences that should run across the empty cells beside them.
  note: { italic: true, size: 9, color: "#616161", wrapText: false },
  // Citations are long too, but sit in a column of their own: they wrap inside it, in the note's look.
  citation: { italic: true, size: 9, color: "#616161", wrapText: true },
  wrap: { wrapText: true },
  percent: { numberFormat: "0%" },
  year: { numberFormat: "0" },
  tonnes: { numberFormat: "#,##0" },
};

/**
 * The three-colour scale of a `threeColorScale` conditional format: green for the lowest value, amber at the
 * median, red for the highest (Excel's own green-yellow-red scale, as the gap scorecard reads: high is bad).
 */
export const COLOR_SCALE = {
  low: "#63BE7B",
  mid: "#FFEB84",
  midPercentile: 50,
  high: "#F8696B",
} as const;
