/**
 * An .xlsx file read into the preview's workbook: every sheet, its formulas (add-in functions back to RE.*, in
 * either case, as Excel or LibreOffice saved them), constants, number formats, column widths, fonts and fills, line
 * and column charts, data validation, and
 * each formula's cached result, kept beside the value HyperFormula recomputes so the two can be compared.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cellAddress, parseCell, parseRange } from "../src/templates/a1";
import type { TemplateValidation } from "../src/templates/types";
import { fromFileFormula } from "./file-formula";
import { readCharts, sheetParts } from "./xlsx-charts";
import {
  type CachedValue,
  type CellLook,
  emptyExtras,
  key,
  type LoadedSheet,
  type SheetCell,
} from "./workbook";

/** Excel's 1900 date serial of a JavaScript date (as exceljs reads date cells). */
function dateSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function cachedOf(value: unknown): CachedValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return dateSerial(value);
  if (typeof value === "object" && "error" in value) return { error: String(value.error) };
  if (typeof value === "object" && "richText" in value)
    return (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
  if (typeof value === "object" && "text" in value)
    return String((value as { text: unknown }).text);
  return null;
}

const css = (color: Partial<ExcelJS.Color> | undefined) =>
  color?.argb && color.argb.length === 8 ? `#${color.argb.slice(2).toLowerCase()}` : undefined;

function lookOf(style: Partial<ExcelJS.Style>): CellLook | undefined {
  const fill =
    style.fill?.type === "pattern" && style.fill.pattern === "solid"
      ? css(style.fill.fgColor)
      : undefined;
  const look: CellLook = {
    bold: style.font?.bold || undefined,
    italic: style.font?.italic || undefined,
    size: style.font?.size && style.font.size !== 11 ? style.font.size : undefined,
    color: css(style.font?.color),
    fill,
    wrapText: style.alignment?.wrapText || undefined,
  };
  return Object.values(look).some((v) => v !== undefined) ? look : undefined;
}

/** One worksheet as the workbook loads it. */
function readSheet(sheet: ExcelJS.Worksheet): LoadedSheet {
  const extras = emptyExtras();
  const cells: SheetCell[] = [];
  /** Cells inside an array formula's range other than its anchor: cached values of a spill, not inputs. */
  const spilled = new Set<string>();
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const model = cell.model as { shareType?: string; ref?: string };
      const range = model.shareType === "array" && model.ref ? parseRange(model.ref) : undefined;
      if (!range) return;
      for (let r = range.start.row; r <= range.end.row; r++)
        for (let c = range.start.col; c <= range.end.col; c++)
          if (r !== range.start.row || c !== range.start.col)
            spilled.add(cellAddress({ row: r, col: c }));
    })
  );
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const ref = parseCell(cell.address);
      if (!ref) return;
      const k = key(ref.row, ref.col);
      if (cell.numFmt && cell.numFmt !== "General") extras.numFmts.set(k, cell.numFmt);
      const look = lookOf(cell.style);
      if (look) extras.looks.set(k, look);
      if (spilled.has(cell.address)) return;
      const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
      if (formula) {
        cells.push({ ref, formula: fromFileFormula(formula) });
        extras.cached.set(k, cachedOf(cell.result));
      } else if (cell.type !== ExcelJS.ValueType.Null && cell.type !== ExcelJS.ValueType.Merge) {
        const value = cachedOf(cell.value);
        if (value !== null && typeof value !== "object") cells.push({ ref, value });
      }
    })
  );
  sheet.columns?.forEach((column, i) => {
    if (column.width)
      extras.columnWidths[cellAddress({ row: 0, col: i }).replace(/\d+$/, "")] = column.width;
  });
  extras.validations = validationsOf(sheet);
  const setup = sheet.pageSetup;
  if (setup.printArea)
    extras.print = {
      area: setup.printArea.replace(/\$/g, ""),
      titleRows: setup.printTitlesRow?.replace(/\$/g, "") || undefined,
      orientation: setup.orientation === "landscape" ? "landscape" : "portrait",
    };
  return { name: sheet.name, cells, extras };
}

/** The lists and bounds a sheet's cells accept (data validation), one entry per cell as exceljs reads them. */
function validationsOf(sheet: ExcelJS.Worksheet): TemplateValidation[] {
  const model = (
    sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
  ).dataValidations.model;
  const out: TemplateValidation[] = [];
  for (const [range, v] of Object.entries(model)) {
    const message = v.error ?? "";
    if (v.type === "list" && typeof v.formulae[0] === "string" && /^".*"$/.test(v.formulae[0]))
      out.push({ range, kind: "list", values: v.formulae[0].slice(1, -1).split(","), message });
    else if ((v.type === "whole" || v.type === "decimal") && v.formulae.length === 2)
      out.push({
        range,
        kind: v.type,
        min: Number(v.formulae[0]),
        max: Number(v.formulae[1]),
        message,
      });
  }
  return out;
}

/** The rows a sheet's manual page breaks start pages at (exceljs writes `<rowBreaks>` but does not read them). */
async function rowBreaksOf(zip: JSZip, part: string): Promise<number[]> {
  const xml = (await zip.file(part)?.async("string")) ?? "";
  const breaks = /<rowBreaks\b[^>]*>(.*?)<\/rowBreaks>/s.exec(xml)?.[1] ?? "";
  // A break is stored after a row: the page starts at the next one.
  return [...breaks.matchAll(/<brk\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]) + 1);
}

/**
 * @summary Reads an .xlsx file's sheets for PreviewWorkbook.load.
 * @param bytes - The file.
 * @returns Its sheets in tab order, and the sheet and cell it was saved on.
 */
export async function readXlsx(bytes: ArrayBuffer | Uint8Array): Promise<{
  sheets: LoadedSheet[];
  active?: { sheet: string; cell: { row: number; col: number } };
}> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as ExcelJS.Buffer);
  const sheets = book.worksheets.map(readSheet);
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  for (const sheet of sheets) {
    const part = parts.get(sheet.name);
    if (!part) continue;
    sheet.extras.charts = await readCharts(zip, part);
    const breaks = await rowBreaksOf(zip, part);
    if (sheet.extras.print && breaks.length > 0)
      sheet.extras.print = { ...sheet.extras.print, pageBreaksBefore: breaks };
  }
  const activeSheet = book.worksheets[book.views?.[0]?.activeTab ?? 0] ?? book.worksheets[0];
  const activeCell = parseCell(String(activeSheet?.views?.[0]?.activeCell ?? "A1"));
  return {
    sheets,
    active: activeSheet && activeCell ? { sheet: activeSheet.name, cell: activeCell } : undefined,
  };
}
