/**
 * The preview's workbook kept in the browser (localStorage), so that a reload finds the work where it was: every
 * sheet's cells (formulas as typed, constants), what HyperFormula does not keep (styles, number formats, looks,
 * widths, charts, scales, print set-up, table placements), the pin and the active cell. Plain JSON, versioned.
 */
import type { DatasetPin } from "../src/excel/workbook-gateway";
import type { CellRef } from "../src/templates/a1";
import {
  type CachedValue,
  type CellLook,
  emptyExtras,
  type LoadedSheet,
  type PreviewWorkbook,
  type SheetCell,
  type SheetExtras,
  type TablePlacement,
} from "./workbook";

const STORAGE_KEY = "re-preview-workbook";
const FORMAT = 1;

interface SavedSheet {
  name: string;
  cells: SheetCell[];
  styles: [string, string][];
  numFmts: [string, string][];
  looks: [string, CellLook][];
  cached: [string, CachedValue][];
  fills: [string, string][];
  tableHeaders: string[];
  columnWidths: Record<string, number>;
  charts: SheetExtras["charts"];
  conditionalFormats: SheetExtras["conditionalFormats"];
  /** Absent in workbooks kept before data validation was kept. */
  validations?: SheetExtras["validations"];
  print?: SheetExtras["print"];
}

interface SavedWorkbook {
  format: typeof FORMAT;
  /** Where the workbook came from, for the status bar ("independence-model.xlsx"). */
  title: string;
  sheets: SavedSheet[];
  tables: [string, TablePlacement][];
  pin: DatasetPin | null;
  active: { sheet: string; cell: CellRef };
}

function savedSheet(workbook: PreviewWorkbook, name: string): SavedSheet {
  const extras = workbook.extrasOf(name);
  const cells = workbook.contentsOf(name);
  // A number typed as "8%" or a date keeps how it shows: the stored constant alone would not say.
  const numFmts = new Map(extras.numFmts);
  for (const { ref, value } of cells) {
    const format = typeof value === "number" ? workbook.numberFormat(name, ref) : undefined;
    if (format) numFmts.set(`${ref.row},${ref.col}`, format);
  }
  return {
    name,
    cells,
    styles: [...extras.styles] as [string, string][],
    numFmts: [...numFmts],
    looks: [...extras.looks],
    cached: [...extras.cached],
    fills: [...extras.fills],
    tableHeaders: [...extras.tableHeaders],
    columnWidths: extras.columnWidths,
    charts: extras.charts,
    conditionalFormats: extras.conditionalFormats,
    validations: extras.validations,
    print: extras.print,
  };
}

function loadedSheet(saved: SavedSheet): LoadedSheet {
  return {
    name: saved.name,
    cells: saved.cells,
    extras: {
      ...emptyExtras(),
      styles: new Map(saved.styles) as SheetExtras["styles"],
      numFmts: new Map(saved.numFmts),
      looks: new Map(saved.looks),
      cached: new Map(saved.cached),
      fills: new Map(saved.fills),
      tableHeaders: new Set(saved.tableHeaders),
      columnWidths: saved.columnWidths,
      charts: saved.charts,
      conditionalFormats: saved.conditionalFormats,
      validations: saved.validations ?? [],
      print: saved.print,
    },
  };
}

/** Keeps the workbook in the browser; false (and nothing kept) when the storage refuses it (full, disabled). */
export function keepWorkbook(workbook: PreviewWorkbook, title: string, storage: Storage): boolean {
  const saved: SavedWorkbook = {
    format: FORMAT,
    title,
    sheets: workbook.sheetNames.map((name) => savedSheet(workbook, name)),
    tables: workbook.tablePlacements(),
    pin: workbook.readPin(),
    active: { sheet: workbook.activeSheet, cell: workbook.activeCell },
  };
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}

/** Opens the workbook kept in the browser; its title, or null when none is kept (or it cannot be read). */
export function reopenKeptWorkbook(workbook: PreviewWorkbook, storage: Storage): string | null {
  let saved: SavedWorkbook;
  try {
    saved = JSON.parse(storage.getItem(STORAGE_KEY) ?? "null") as SavedWorkbook;
  } catch {
    return null;
  }
  if (!saved || saved.format !== FORMAT || saved.sheets.length === 0) return null;
  try {
    workbook.load(saved.sheets.map(loadedSheet), saved.active);
  } catch {
    // A kept copy that no longer loads must not lock the preview: forget it, and the example opens instead.
    forgetKeptWorkbook(storage);
    workbook.clear();
    return null;
  }
  workbook.restoreTables(saved.tables);
  workbook.setPin(saved.pin);
  return saved.title;
}

/** Forgets the kept workbook (the next reload opens the example again). */
export function forgetKeptWorkbook(storage: Storage): void {
  storage.removeItem(STORAGE_KEY);
}
