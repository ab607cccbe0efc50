/**
 * The preview's workbook as an .xlsx file, as Excel writes one for a workbook that uses the add-in: the one writer
 * behind the preview's Save and `npm run example` (scripts/build-example.ts), in the browser and in Node alike.
 *
 * - RE.* calls are stored as Excel stores an Office add-in's custom functions, `_xldudf_RE_LEADTIME(...)`
 *   (preview/file-formula.ts); Excel shows them as =RE.LEADTIME(...) once the add-in has registered its functions.
 * - Every formula's value is cached, and calcPr carries the calculation-engine id current Excel writes (191029), so
 *   Excel does not recalculate the file on opening (which, before the add-in loads, would replace them with #NAME?).
 * - A formula that spills is a dynamic array: `<f t="array" ref=...>` plus the XLDAPR cell metadata.
 * - Number formats, column widths, template looks, three-colour scales, print set-up (print area, one page wide,
 *   repeated title rows) and the templates' charts, as native charts (preview/xlsx-charts.ts: exceljs writes none).
 */
import ExcelJS from "exceljs";
import { CellType, DetailedCellError } from "hyperformula";
import JSZip from "jszip";
import { cellAddress, parseCell, parseRange } from "../src/templates/a1";
import { CELL_STYLES } from "../src/templates/styles";
import type { CellStyle, TemplateValidation } from "../src/templates/types";
import { toFileFormula } from "./file-formula";
import { type SheetGeometry, writeCharts } from "./xlsx-charts";
import { excelErrorText } from "./format";
import { type CachedValue, type CellLook, key, type PreviewWorkbook } from "./workbook";

/** The calculation-engine id Excel for Microsoft 365 writes: a file at this id is not recalculated on opening. */
export const CALC_ID = 191029;

/** What the file says about itself. */
export interface WorkbookProperties {
  readonly title: string;
  readonly subject?: string;
  readonly creator: string;
  /** Created and modified dates (fixed for a reproducible file). */
  readonly stamp: Date;
}

const argb = (css: string) => `FF${css.replace("#", "").toUpperCase()}`;

/** A template style (src/templates/styles.ts, the table the Excel gateway applies) as an exceljs style. */
function styleOf(style: CellStyle | undefined): Partial<ExcelJS.Style> {
  if (!style) return {};
  const look = CELL_STYLES[style];
  const out: Partial<ExcelJS.Style> = {};
  if (look.bold || look.italic || look.size || look.color)
    out.font = {
      name: "Calibri",
      size: look.size ?? 11,
      ...(look.bold ? { bold: true } : {}),
      ...(look.italic ? { italic: true } : {}),
      ...(look.color ? { color: { argb: argb(look.color) } } : {}),
    };
  if (look.fill)
    out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  const line: Partial<ExcelJS.Border> = look.borderColor
    ? { style: "thin", color: { argb: argb(look.borderColor) } }
    : { style: "thin" };
  if (look.border === "bottom") out.border = { bottom: line };
  if (look.border === "box") out.border = { top: line, left: line, bottom: line, right: line };
  if (look.wrapText) out.alignment = { wrapText: true, vertical: "bottom" };
  return out;
}

/** An input's validation as exceljs writes it: a list that warns, or bounds that stop (as the Excel gateway sets). */
function dataValidationOf(validation: TemplateValidation): ExcelJS.DataValidation {
  const alert = { showErrorMessage: true, error: validation.message, allowBlank: true };
  if (validation.kind === "list")
    return {
      type: "list",
      formulae: [`"${validation.values.join(",")}"`],
      errorStyle: "warning",
      ...alert,
    };
  return {
    type: validation.kind,
    operator: "between",
    formulae: [validation.min, validation.max],
    errorStyle: "stop",
    ...alert,
  };
}

/** A look read from a file, back in exceljs's terms. */
function styleOfLook(look: CellLook | undefined): Partial<ExcelJS.Style> {
  if (!look) return {};
  const style: Partial<ExcelJS.Style> = {};
  if (look.bold || look.italic || look.size || look.color)
    style.font = {
      bold: look.bold,
      italic: look.italic,
      size: look.size,
      color: look.color ? { argb: argb(look.color) } : undefined,
    };
  if (look.fill)
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  if (look.wrapText) style.alignment = { wrapText: true, vertical: "bottom" };
  return style;
}

/**
 * The height (points) a row needs for a wrapped text: neither Excel nor LibreOffice fits a row to wrapped text
 * on opening a file, so the file says it. A column `chars` wide holds about 1.1 × that many 11 pt characters of text a line (letters run narrower than
 * digits), bold ones fewer.
 */
function wrappedHeight(text: string, chars: number, fontPt: number, bold: boolean): number {
  const perLine = Math.max(1, Math.floor(((chars * 11) / fontPt) * (bold ? 0.95 : 1.1)));
  const lines = text
    .split("\n")
    .reduce((n, paragraph) => n + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
  return Math.ceil(lines * fontPt * 1.3 + 3);
}

/** A HyperFormula value as the cached result of a formula cell. */
export function cachedValue(value: unknown): CachedValue {
  if (value instanceof DetailedCellError) {
    if (value.type === "CYCLE") return 0;
    return { error: excelErrorText(value.type) };
  }
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  return String(value);
}

/** The XLDAPR metadata part that marks `cm="1"` formula cells as dynamic arrays (Excel 365's spilling formulas). */
const DYNAMIC_ARRAY_METADATA =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" ' +
  'pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" ' +
  'coerce="1" cellMeta="1"/></metadataTypes>' +
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}">' +
  '<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>';

/** What the package edits need of a sheet once exceljs has written it. */
interface WrittenSheet {
  readonly name: string;
  /** Anchors of its spilling formulas. */
  readonly anchors: string[];
  readonly geometry: SheetGeometry;
}

/** Writes one sheet's cells, formats and set-up. */
function writeSheet(
  workbook: PreviewWorkbook,
  name: string,
  sheet: ExcelJS.Worksheet
): WrittenSheet {
  const hf = workbook.hf;
  const extras = workbook.extrasOf(name);
  const id = workbook.sheetId(name);
  const anchors: string[] = [];
  for (const [letter, chars] of Object.entries(extras.columnWidths))
    sheet.getColumn(letter).width = chars;
  const { width, height } = hf.getSheetDimensions(id);
  const styled = new Set([...extras.styles.keys(), ...extras.looks.keys()]);
  const heights = new Map<number, number>();
  for (let row = 0; row < height; row++)
    for (let col = 0; col < width; col++) {
      const ref = { row, col };
      const address = cellAddress(ref);
      const hfAddress = { sheet: id, row, col };
      const type = hf.getCellType(hfAddress);
      if (type === CellType.EMPTY && !styled.has(key(row, col))) continue;
      const cell = sheet.getCell(address);
      const value = hf.getCellValue(hfAddress);
      if (type === CellType.ARRAYFORMULA) {
        const range = workbook.spillRange(name, ref);
        cell.value = {
          formula: toFileFormula(hf.getCellFormula(hfAddress) ?? ""),
          result: cachedValue(value),
          shareType: "array",
          ref: `${cellAddress(range.start)}:${cellAddress(range.end)}`,
        } as unknown as ExcelJS.CellValue;
        anchors.push(address);
      } else if (type === CellType.FORMULA) {
        cell.value = {
          formula: toFileFormula(hf.getCellFormula(hfAddress) ?? ""),
          result: cachedValue(value),
        } as ExcelJS.CellFormulaValue;
      } else if (type !== CellType.EMPTY) {
        // A constant, or a value spilled by an array formula: the file caches it in its own cell.
        cell.value = cachedValue(value) as ExcelJS.CellValue;
      }
      const k = key(row, col);
      const style = { ...styleOf(extras.styles.get(k)), ...styleOfLook(extras.looks.get(k)) };
      const numFmt = workbook.numberFormat(name, ref);
      if (numFmt) style.numFmt = numFmt;
      if (Object.keys(style).length > 0) cell.style = style;
      if (style.alignment?.wrapText) {
        const chars = extras.columnWidths[cellAddress({ row: 0, col }).replace(/\d+$/, "")] ?? 8.43;
        const text = workbook.view(name, ref).text;
        const needed = wrappedHeight(
          text,
          chars,
          style.font?.size ?? 11,
          style.font?.bold === true
        );
        if (needed > 16) heights.set(row, Math.max(heights.get(row) ?? 0, needed));
      }
    }
  for (const [row, height] of heights) sheet.getRow(row + 1).height = height;
  const geometry: SheetGeometry = {
    // As the preview's grid sizes them: Excel's conversion of character widths, 20 px rows.
    colPx: (c) => {
      const chars = extras.columnWidths[cellAddress({ row: 0, col: c }).replace(/\d+$/, "")];
      return chars ? Math.round(chars * 7 + 5) : 64;
    },
    rowPx: (r) => ((heights.get(r) ?? 15) * 4) / 3,
  };
  for (const format of extras.conditionalFormats)
    sheet.addConditionalFormatting({
      ref: format.range,
      rules: [
        {
          type: "colorScale",
          priority: 1,
          cfvo: [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }],
          color: [{ argb: "FF63BE7B" }, { argb: "FFFFEB84" }, { argb: "FFF8696B" }],
        },
      ],
    });
  for (const validation of extras.validations) {
    const range = parseRange(validation.range);
    if (!range) continue;
    for (let row = range.start.row; row <= range.end.row; row++)
      for (let col = range.start.col; col <= range.end.col; col++)
        sheet.getCell(cellAddress({ row, col })).dataValidation = dataValidationOf(validation);
  }
  // exceljs breaks after a row: the row above the one that starts the page.
  for (const row of extras.print?.pageBreaksBefore ?? []) sheet.getRow(row - 1).addPageBreak();
  if (extras.print)
    sheet.pageSetup = {
      ...sheet.pageSetup,
      printArea: extras.print.area,
      printTitlesRow: extras.print.titleRows,
      orientation: extras.print.orientation,
      fitToPage: true,
      fitToWidth: 1,
      // 0: as many pages down as the rows need.
      fitToHeight: 0,
    };
  return { name, anchors, geometry };
}

/**
 * @summary The workbook as .xlsx bytes: formulas (RE.* as Excel stores add-in functions), cached values, formats.
 * @param workbook - The preview's workbook (evaluated).
 * @param properties - Title, author and the fixed dates the file carries.
 * @returns The file, deterministic for a given workbook and properties.
 */
export async function workbookToXlsx(
  workbook: PreviewWorkbook,
  properties: WorkbookProperties
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = properties.creator;
  book.lastModifiedBy = properties.creator;
  book.created = properties.stamp;
  book.modified = properties.stamp;
  book.title = properties.title;
  if (properties.subject) book.subject = properties.subject;
  /** In sheet order (exceljs's sheetN.xml, 1-based). */
  const written: WrittenSheet[] = [];
  workbook.sheetNames.forEach((name) => {
    const sheet = book.addWorksheet(name);
    written.push(writeSheet(workbook, name, sheet));
    if (name === workbook.activeSheet)
      sheet.views = [{ state: "normal", activeCell: cellAddress(workbook.activeCell) }];
  });
  const active = workbook.sheetNames.indexOf(workbook.activeSheet);
  book.views = [
    {
      x: 0,
      y: 0,
      width: 28800,
      height: 17600,
      firstSheet: 0,
      activeTab: Math.max(0, active),
      visibility: "visible",
    },
  ];
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  return finishPackage(workbook, bytes, written, properties.stamp);
}

/**
 * The package edits exceljs cannot make: calcId, dynamic-array metadata, native charts, and fixed dates for a
 * reproducible file.
 */
async function finishPackage(
  workbook: PreviewWorkbook,
  bytes: Uint8Array,
  written: readonly WrittenSheet[],
  stamp: Date
): Promise<Uint8Array> {
  const dynamicAnchors = new Map<number, string[]>();
  written.forEach((sheet, i) => {
    if (sheet.anchors.length > 0) dynamicAnchors.set(i + 1, sheet.anchors);
  });
  const zip = await JSZip.loadAsync(bytes);
  const edit = async (name: string, change: (xml: string) => string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`The package has no ${name}`);
    zip.file(name, change(await file.async("string")));
  };
  await edit("xl/workbook.xml", (xml) => {
    const updated = xml.replace(/<calcPr\b[^>]*\/>/, `<calcPr calcId="${CALC_ID}"/>`);
    if (updated === xml) throw new Error("xl/workbook.xml has no <calcPr/> to update");
    return updated;
  });
  if (dynamicAnchors.size > 0) {
    zip.file("xl/metadata.xml", DYNAMIC_ARRAY_METADATA);
    await edit("[Content_Types].xml", (xml) =>
      xml.replace(
        "</Types>",
        '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/></Types>'
      )
    );
    await edit("xl/_rels/workbook.xml.rels", (xml) =>
      xml.replace(
        "</Relationships>",
        '<Relationship Id="rIdDynamicArrays" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata" Target="metadata.xml"/></Relationships>'
      )
    );
    for (const [sheetIndex, anchors] of dynamicAnchors) {
      await edit(`xl/worksheets/sheet${sheetIndex}.xml`, (xml) =>
        anchors.reduce((out, address) => {
          const marked = out.replace(
            new RegExp(`<c r="${address}"(?![^>]*\\bcm=)`),
            `<c r="${address}" cm="1"`
          );
          if (marked === out)
            throw new Error(
              `sheet${sheetIndex}.xml has no cell ${address} to mark as a dynamic array`
            );
          return marked;
        }, xml)
      );
    }
  }
  let charts = 0;
  for (const [i, sheet] of written.entries()) {
    // A chart's axis is in percent when the first value it plots is formatted as one, as Excel links it.
    const percent = (chart: { dataRange: string }) => {
      const start = chart.dataRange.split(":")[0];
      const ref = parseCell(start);
      return ref
        ? /%/.test(workbook.numberFormat(sheet.name, { row: ref.row + 1, col: ref.col + 1 }) ?? "")
        : false;
    };
    charts += await writeCharts(
      zip,
      i + 1,
      sheet.name,
      workbook.extrasOf(sheet.name).charts,
      percent,
      sheet.geometry,
      charts
    );
  }
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort((a, b) =>
    a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : 0
  )) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async("uint8array"), { date: stamp, createFolders: false });
  }
  return out.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 9 },
  });
}
