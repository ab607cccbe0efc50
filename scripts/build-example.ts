/**
 * `npm run example`: writes examples/independence-model.xlsx from the templates the task pane inserts
 * (src/templates/independence-model.ts and gap-scorecard.ts), with every formula's value cached, so the workbook
 * shows numbers in Excel before the add-in has loaded, and in LibreOffice.
 *
 * The values come from the preview's workbook (preview/example.ts): the templates evaluated in HyperFormula with the
 * RE.* functions registered, i.e. the runner Excel's wrappers call over the embedded dataset.
 *
 * How the file says what Excel needs to know:
 * - RE.* calls are stored as Excel stores an Office add-in's custom functions, `_xldudf_RE_LEADTIME(...)`; Excel
 *   shows them as =RE.LEADTIME(...) once the add-in has registered its functions.
 * - calcPr carries the calculation-engine id current Excel writes (191029), so Excel does not recalculate the file
 *   on opening (which, before the add-in loads, would replace the cached values with #NAME?).
 * - A formula that spills (RE.GAPS()) is a dynamic array: `<f t="array" ref=...>` plus the XLDAPR cell metadata.
 * - Charts are not written (exceljs cannot write charts); the task pane's template inserts them in Excel.
 */
import ExcelJS from "exceljs";
import { CellType, DetailedCellError } from "hyperformula";
import JSZip from "jszip";
import fs from "fs";
import path from "path";
import { activeSnapshot } from "../src/data/store";
import type { CellStyle } from "../src/templates/types";
import { cellAddress } from "../src/templates/a1";
import { CELL_STYLES, COLOR_SCALE } from "../src/templates/styles";
import { exampleTemplates, openExampleWorkbook } from "../preview/example";
import { excelErrorText } from "../preview/format";

export const EXAMPLE_PATH = path.resolve(__dirname, "..", "examples", "independence-model.xlsx");

/** The calculation-engine id Excel for Microsoft 365 writes: a file at this id is not recalculated on opening. */
export const CALC_ID = 191029;

/** Prefix Excel gives an Office add-in's custom functions in the file format. */
const UDF_PREFIX = "_xldudf_";

/**
 * A formula as the xlsx file stores it: without "=", RE.* calls as `_xldudf_RE_NAME(`; string literals untouched.
 * @example toFileFormula('=RE.LEADTIME("separation")') //=> '_xldudf_RE_LEADTIME("separation")'
 */
export function toFileFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return mapOutsideStrings(body, (code) =>
    code.replace(
      /(?<![A-Za-z0-9_.])RE\.([A-Za-z][A-Za-z0-9_.]*)\s*\(/g,
      (_m, name: string) => `${UDF_PREFIX}RE_${name.toUpperCase().replace(/\./g, "_")}(`
    )
  );
}

/**
 * The formula as typed in Excel, from the file's form.
 * @example fromFileFormula('_xldudf_RE_LEADTIME("separation")') //=> '=RE.LEADTIME("separation")'
 */
export function fromFileFormula(stored: string): string {
  return `=${mapOutsideStrings(stored, (code) => code.replace(/_xldudf_RE_([A-Za-z0-9_]+)\s*\(/g, (_m, name: string) => `RE.${name}(`))}`;
}

/** Applies `map` to the parts of a formula outside "string literals" ("" escapes a quote inside one). */
function mapOutsideStrings(formula: string, map: (code: string) => string): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts.map((part, i) => (i % 2 === 1 ? part : map(part))).join("");
}

/** A template style (src/templates/styles.ts, the table the Excel gateway applies) as an exceljs style. */
function styleOf(style: CellStyle | undefined): Partial<ExcelJS.Style> {
  if (!style) return {};
  const look = CELL_STYLES[style];
  const argb = (color: string) => ({ argb: `FF${color.slice(1)}` });
  const out: Partial<ExcelJS.Style> = {};
  if (look.bold || look.italic || look.size || look.color)
    out.font = {
      name: "Calibri",
      size: look.size ?? 11,
      ...(look.bold ? { bold: true } : {}),
      ...(look.italic ? { italic: true } : {}),
      ...(look.color ? { color: argb(look.color) } : {}),
    };
  if (look.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: argb(look.fill) };
  const line: Partial<ExcelJS.Border> = look.borderColor
    ? { style: "thin", color: argb(look.borderColor) }
    : { style: "thin" };
  if (look.border === "bottom") out.border = { bottom: line };
  if (look.border === "box") out.border = { top: line, left: line, bottom: line, right: line };
  if (look.wrapText) out.alignment = { wrapText: true, vertical: "bottom" };
  if (look.numberFormat) out.numFmt = look.numberFormat;
  return out;
}

type Cached = number | string | boolean | { error: ExcelJS.CellErrorValue["error"] } | null;

/** A HyperFormula value as the cached result of a formula cell. */
function cachedValue(value: unknown): Cached {
  if (value instanceof DetailedCellError) {
    const text = excelErrorText(value.type);
    if (value.type === "CYCLE") return 0;
    return { error: text as ExcelJS.CellErrorValue["error"] };
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

/**
 * @summary Builds the example workbook's bytes.
 * @returns The .xlsx file, deterministic for a given dataset and template (fixed dates inside).
 */
export async function buildExampleWorkbook(): Promise<Buffer> {
  const workbook = openExampleWorkbook();
  const hf = workbook.hf;
  const meta = activeSnapshot().dataset.meta;
  const stamp = new Date(
    `${meta.published.length === 4 ? `${meta.published}-01-01` : meta.published}T00:00:00Z`
  );
  const book = new ExcelJS.Workbook();
  book.creator = "Rare Earth Independence (npm run example)";
  book.lastModifiedBy = book.creator;
  book.created = stamp;
  book.modified = stamp;
  book.title = `Independence model (dataset ${meta.version})`;
  book.subject = meta.title;

  /** Per sheet index (1-based, exceljs's sheetN.xml), the anchors of spilling formulas. */
  const dynamicAnchors = new Map<number, string[]>();

  exampleTemplates().forEach((template, index) => {
    const sheet = book.addWorksheet(template.name);
    for (const [letter, chars] of Object.entries(template.columnWidths ?? {}))
      sheet.getColumn(letter).width = chars;
    const id = workbook.sheetId(template.name);
    const byAddress = new Map(template.cells.map((c) => [c.address, c]));
    const { width, height } = hf.getSheetDimensions(id);
    for (let row = 0; row < height; row++) {
      for (let col = 0; col < width; col++) {
        const address = cellAddress({ row, col });
        const templateCell = byAddress.get(address);
        const hfAddress = { sheet: id, row, col };
        const type = hf.getCellType(hfAddress);
        if (type === CellType.EMPTY && !templateCell) continue;
        const cell = sheet.getCell(address);
        const value = hf.getCellValue(hfAddress);
        if (templateCell?.formula !== undefined) {
          const formula = toFileFormula(templateCell.formula);
          const result = cachedValue(value);
          if (type === CellType.ARRAYFORMULA) {
            const range = workbook.spillRange(template.name, { row, col });
            cell.value = {
              formula,
              result,
              shareType: "array",
              ref: `${cellAddress(range.start)}:${cellAddress(range.end)}`,
            } as unknown as ExcelJS.CellValue;
            dynamicAnchors.set(index + 1, [...(dynamicAnchors.get(index + 1) ?? []), address]);
          } else {
            cell.value = { formula, result } as ExcelJS.CellFormulaValue;
          }
        } else if (templateCell?.value !== undefined) {
          cell.value = templateCell.value;
        } else {
          // A value spilled by an array formula: the file caches it in its own cell.
          const cached = cachedValue(value);
          cell.value = cached as ExcelJS.CellValue;
        }
        const style = styleOf(templateCell?.style);
        if (Object.keys(style).length > 0) cell.style = style;
      }
    }
    for (const format of template.conditionalFormats ?? []) {
      sheet.addConditionalFormatting({
        ref: format.range,
        rules: [
          {
            type: "colorScale",
            priority: 1,
            cfvo: [
              { type: "min" },
              { type: "percentile", value: COLOR_SCALE.midPercentile },
              { type: "max" },
            ],
            color: [COLOR_SCALE.low, COLOR_SCALE.mid, COLOR_SCALE.high].map((c) => ({
              argb: `FF${c.slice(1)}`,
            })),
          },
        ],
      });
    }
    if (index === 0) sheet.views = [{ state: "normal", activeCell: "B5" }];
  });

  const written = Buffer.from(await book.xlsx.writeBuffer());
  return finishPackage(written, dynamicAnchors, stamp);
}

/** The package edits exceljs cannot make: calcId, dynamic-array metadata, and fixed dates for a reproducible file. */
async function finishPackage(
  bytes: Buffer,
  dynamicAnchors: Map<number, string[]>,
  stamp: Date
): Promise<Buffer> {
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
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort((a, b) =>
    a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : 0
  )) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async("uint8array"), { date: stamp, createFolders: false });
  }
  return out.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 9 },
  });
}

async function main(): Promise<void> {
  const bytes = await buildExampleWorkbook();
  fs.mkdirSync(path.dirname(EXAMPLE_PATH), { recursive: true });
  fs.writeFileSync(EXAMPLE_PATH, bytes);
  const meta = activeSnapshot().dataset.meta;
  console.log(
    `wrote ${path.relative(process.cwd(), EXAMPLE_PATH)} (${bytes.length} bytes, dataset ${meta.version})`
  );
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
