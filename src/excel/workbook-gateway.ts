import type { DateSystem } from "../functions/dateSystem";
import type { TemplateSheet } from "../templates/types";

/** A dataset table laid out for a sheet: headers, rows, and the citation of every row. */
export interface SheetTable {
  /** Excel table name, stable across inserts so that inserting again updates in place ("RE_capacity"). */
  readonly name: string;
  /** Sheet that holds it. */
  readonly sheet: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly (string | number | boolean | null)[])[];
  /** The dataset the rows come from, recorded with the table so that a later pull can tell it is stale. */
  readonly mark?: DatasetMark;
}

/** Which dataset a table was written from. */
export interface DatasetMark {
  readonly datasetId: string;
  readonly version: string;
  /** Content fingerprint of the dataset (see data/fingerprint.ts). */
  readonly hash: string;
}

/** A table in the workbook and the dataset it was written from. */
export interface TableMark extends DatasetMark {
  /** Excel table name ("RE_capacity"). */
  readonly table: string;
}

/** What a workbook records about the dataset its numbers come from. */
export interface DatasetPin {
  readonly datasetId: string;
  readonly version: string;
  /** Content fingerprint of the dataset (see data/fingerprint.ts). */
  readonly hash: string;
  readonly pinnedAt: string;
  /** The dataset itself as JSON text, when the analyst chose to carry it in the workbook. */
  readonly datasetJson?: string;
}

/**
 * Everything the task pane asks of a workbook. The Excel implementation (gateway.ts) is the only module
 * that calls Excel.run; the browser preview has its own implementation; the pane's logic sees only this.
 * Each method is one user action and costs at most three round trips to Excel.
 */
export interface WorkbookGateway {
  /** "excel" inside Excel, "preview" in the browser workbook preview, "none" where no workbook exists. */
  readonly kind: "excel" | "preview" | "none";
  /** Writes (or rewrites in place) a table; returns the address it occupies. */
  writeTable(table: SheetTable): Promise<{ address: string; updated: boolean }>;
  /**
   * Writes several tables in one batch (all or none), as `writeTable` would one by one. A gateway that cannot
   * mark tables leaves this and `readTableMarks` out; the pane then never reports stale tables.
   */
  updateTables?(tables: readonly SheetTable[]): Promise<{ address: string; updated: boolean }[]>;
  /** The marks of the workbook's tables that were written with one (`SheetTable.mark`). */
  readTableMarks?(): Promise<TableMark[]>;
  readPin(): Promise<DatasetPin | null>;
  setPin(pin: DatasetPin | null): Promise<void>;
  /**
   * Recalculates the cells whose formulas call RE functions (a full calculation where Excel lacks the targeted
   * call): Excel cannot see that the functions' data changed, so it must be told.
   */
  recalculate(): Promise<void>;
  insertTemplate(template: TemplateSheet): Promise<{ sheet: string }>;
  /** Puts a formula into the active cell; returns that cell's address. */
  insertFormula(formula: string): Promise<{ address: string }>;
  /**
   * The workbook's date system (1904 when "Use 1904 date system" is on), which decides what a date serial
   * handed to a function means. Only a real workbook has one; elsewhere it is left out (1900 is assumed).
   */
  dateSystem?(): Promise<DateSystem>;
}
