/**
 * A workbook sheet described as plain data, so that one description drives the Excel gateway, the browser
 * preview and the example-workbook generator alike. Formulas are written as the analyst would type them
 * (English function names, comma separators, A1 references).
 */
export type CellStyle =
  | "title"
  | "subtitle"
  | "header"
  | "input"
  | "output"
  | "note"
  | "citation"
  | "wrap"
  | "percent"
  | "year"
  | "tonnes";

export interface TemplateCell {
  /** A1 address on the template's sheet. */
  readonly address: string;
  /** A constant; "" is an empty cell (an input the analyst may fill, such as a row of their own projects). */
  readonly value?: string | number | boolean;
  /** A formula starting with "=", e.g. "=RE.LEADTIME(\"separation\")". */
  readonly formula?: string;
  readonly style?: CellStyle;
}

export interface TemplateChart {
  readonly type: "line" | "columnClustered";
  readonly title: string;
  /** Range holding the category column and the series columns, headers in its first row. */
  readonly dataRange: string;
  /** Where the chart's top-left corner goes. */
  readonly anchor: string;
  /**
   * Width and height in points, the one size every writer draws (Excel, the preview, the .xlsx file); absent
   * (a file that does not say) is the default of `chartPoints` (templates/a1.ts).
   */
  readonly size?: { readonly width: number; readonly height: number };
}

export interface TemplateConditionalFormat {
  readonly range: string;
  /** Three-colour scale from green (low) through amber to red (high), as the gap scorecard uses. */
  readonly type: "threeColorScale";
}

/**
 * What an input cell accepts, as Excel's data validation states it: a list (an in-cell drop-down), or a whole or
 * decimal number between two bounds. A list only warns: another entry (an alias, a region of the analyst's own
 * such as "US+Japan+Korea") is kept once the analyst confirms it. A number outside its bounds is refused, since
 * the functions would refuse it too. `message` is what Excel shows when an entry does not fit.
 */
export type TemplateValidation =
  | {
      readonly range: string;
      readonly kind: "list";
      readonly values: readonly string[];
      readonly message: string;
    }
  | {
      readonly range: string;
      readonly kind: "whole" | "decimal";
      readonly min: number;
      readonly max: number;
      readonly message: string;
    };

export interface TemplateSheet {
  /** Sheet name; inserting a template whose sheet exists replaces that sheet's contents in place. */
  readonly name: string;
  readonly cells: readonly TemplateCell[];
  /** Column letter → width in characters. */
  readonly columnWidths?: Readonly<Record<string, number>>;
  readonly charts?: readonly TemplateChart[];
  readonly conditionalFormats?: readonly TemplateConditionalFormat[];
  /** What the input cells accept (data validation). */
  readonly validations?: readonly TemplateValidation[];
  /** How the sheet prints: always fitted to one page wide. */
  readonly print?: TemplatePrint;
}

export interface TemplatePrint {
  /** The range printed, e.g. "A1:I60". */
  readonly area: string;
  /** Rows repeated at the top of every printed page, e.g. "4:4". */
  readonly titleRows?: string;
  readonly orientation: "portrait" | "landscape";
  /** Rows (1-based) that start a new printed page, so that a block is never split from its header. */
  readonly pageBreaksBefore?: readonly number[];
}
