import type { CellStyle } from "./types";

/**
 * The number format each template style carries, in Excel's format codes: the one table the example workbook, the
 * preview and its .xlsx export read (a style without an entry shows numbers in General).
 */
export const STYLE_NUMBER_FORMATS: Readonly<Partial<Record<CellStyle, string>>> = {
  percent: "0%",
  year: "0",
  tonnes: "#,##0",
};
