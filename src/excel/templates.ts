import { a1, chartPoints, columnPoints, parseA1 } from "../templates/a1";
import { CELL_STYLES, COLOR_SCALE } from "../templates/styles";
import type {
  CellStyle,
  TemplateChart,
  TemplatePrint,
  TemplateSheet,
  TemplateValidation,
} from "../templates/types";
import { gatewayFailure } from "./failures";

/** The Excel batches that insert a model template and put a formula into the active cell. */

export async function insertTemplate(
  context: Excel.RequestContext,
  template: TemplateSheet,
  supported: (name: string, version: string) => boolean
): Promise<{ sheet: string }> {
  const workbook = context.workbook;
  const found = workbook.worksheets.getItemOrNullObject(template.name);
  found.load("name");
  await context.sync();

  const kept = new Map<string, string | number | boolean>();
  let sheet: Excel.Worksheet;
  if (found.isNullObject) {
    sheet = workbook.worksheets.add(template.name);
  } else {
    sheet = found;
    const charts = sheet.charts;
    charts.load("items/name");
    const inputs = template.cells
      .filter((c) => c.style === "input")
      .map((c) => ({ address: c.address, range: sheet.getRange(c.address).load("formulas") }));
    await context.sync();
    // The analyst's own inputs survive a re-insert: the template is cleared, their assumptions are not.
    for (const { address, range } of inputs) {
      const current = range.formulas[0][0] as string | number | boolean;
      if (current !== "" && current !== null) kept.set(address, current);
    }
    charts.items.forEach((chart) => chart.delete());
    const everything = sheet.getRange();
    everything.conditionalFormats.clearAll();
    everything.clear("All");
  }

  for (const cell of template.cells) {
    const range = sheet.getRange(cell.address);
    const own = kept.get(cell.address);
    if (own !== undefined) range.formulas = [[own]];
    else if (cell.formula !== undefined) range.formulas = [[cell.formula]];
    else if (cell.value !== undefined) range.values = [[cell.value]];
    if (cell.style) applyStyle(range, cell.style);
  }
  for (const [column, characters] of Object.entries(template.columnWidths ?? {}))
    sheet.getRange(`${column}:${column}`).format.columnWidth = columnPoints(characters);
  for (const chart of template.charts ?? []) addChart(sheet, chart);
  for (const format of template.conditionalFormats ?? []) {
    const scale = sheet.getRange(format.range).conditionalFormats.add("ColorScale");
    scale.colorScale.criteria = {
      minimum: { type: "LowestValue", color: COLOR_SCALE.low },
      midpoint: {
        type: "Percentile",
        formula: String(COLOR_SCALE.midPercentile),
        color: COLOR_SCALE.mid,
      },
      maximum: { type: "HighestValue", color: COLOR_SCALE.high },
    };
  }
  // Data validation needs ExcelApi 1.8; without it the inputs are plain cells and the functions still check them.
  if (supported("ExcelApi", "1.8"))
    for (const validation of template.validations ?? [])
      setValidation(sheet, template.name, validation);
  // Print set-up needs ExcelApi 1.9; an older Excel gets the sheet without it rather than no sheet.
  if (template.print && supported("ExcelApi", "1.9")) setPrintLayout(sheet, template.print);
  sheet.activate();
  sheet.getRange("A1").select();
  await context.sync();
  return { sheet: template.name };
}

function addChart(sheet: Excel.Worksheet, chart: TemplateChart): void {
  const data = parseA1(chart.dataRange);
  // The first column is the categories (years): the series are the other columns, plotted against it,
  // so that Excel never draws the year column as a series of its own.
  const values = sheet.getRange(
    a1({ row: data.row, col: data.col + 1, rows: data.rows, cols: data.cols - 1 })
  );
  const categories = sheet.getRange(
    a1({ row: data.row + 1, col: data.col, rows: data.rows - 1, cols: 1 })
  );
  const added = sheet.charts.add(
    chart.type === "line" ? "Line" : "ColumnClustered",
    values,
    "Columns"
  );
  added.title.text = chart.title;
  added.setPosition(chart.anchor);
  const size = chartPoints(chart);
  added.width = size.width;
  added.height = size.height;
  added.legend.position = "Bottom";
  for (let i = 0; i < data.cols - 1; i++) added.series.getItemAt(i).setXAxisValues(categories);
}

/** What an input cell accepts, as Excel's data validation: a drop-down list that warns, or bounds that refuse. */
function setValidation(
  sheet: Excel.Worksheet,
  title: string,
  validation: TemplateValidation
): void {
  const target = sheet.getRange(validation.range).dataValidation;
  // A rule is refused over another one: the cleared sheet may still hold the last insertion's.
  target.clear();
  target.ignoreBlanks = true;
  if (validation.kind === "list") {
    target.rule = { list: { inCellDropDown: true, source: validation.values.join(",") } };
  } else {
    const bounds = {
      formula1: validation.min,
      formula2: validation.max,
      operator: "Between" as const,
    };
    target.rule = validation.kind === "whole" ? { wholeNumber: bounds } : { decimal: bounds };
  }
  target.errorAlert = {
    showAlert: true,
    style: validation.kind === "list" ? "Warning" : "Stop",
    title,
    message: validation.message,
  };
}

/** The template's print area and repeated header rows, one page wide and as many pages down as the rows need. */
function setPrintLayout(sheet: Excel.Worksheet, print: TemplatePrint): void {
  const layout = sheet.pageLayout;
  layout.setPrintArea(print.area);
  if (print.titleRows !== undefined) layout.setPrintTitleRows(print.titleRows);
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  // Only the width is fitted: a page count down would shrink a long model to unreadable type. office-js #1860
  // reports builds that ignore this zoom unless the Page Layout tab is open; area and title rows hold either way.
  layout.zoom = { horizontalFitToPages: 1 };
  sheet.horizontalPageBreaks.removePageBreaks();
  for (const row of print.pageBreaksBefore ?? []) sheet.horizontalPageBreaks.add(`A${row}`);
}

/** A template style (templates/styles.ts) as Excel range formats. */
function applyStyle(range: Excel.Range, style: CellStyle): void {
  const look = CELL_STYLES[style];
  const format = range.format;
  if (look.bold !== undefined) format.font.bold = look.bold;
  if (look.italic !== undefined) format.font.italic = look.italic;
  if (look.size !== undefined) format.font.size = look.size;
  if (look.color !== undefined) format.font.color = look.color;
  if (look.fill !== undefined) format.fill.color = look.fill;
  if (look.wrapText !== undefined) format.wrapText = look.wrapText;
  const edges = look.border === "box" ? BOX_EDGES : look.border === "bottom" ? ["EdgeBottom"] : [];
  for (const edge of edges) {
    const border = format.borders.getItem(edge as Excel.BorderIndex);
    border.style = "Continuous";
    if (look.borderColor !== undefined) border.color = look.borderColor;
  }
  if (look.numberFormat !== undefined) range.numberFormat = [[look.numberFormat]];
}

const BOX_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

export async function insertFormula(
  context: Excel.RequestContext,
  formula: string
): Promise<{ address: string }> {
  const cell = context.workbook.getActiveCell();
  cell.load("address,formulas");
  await context.sync();
  const current = cell.formulas[0][0];
  if (current !== "" && current !== null)
    throw gatewayFailure("cell-not-empty", { address: cell.address });
  cell.formulas = [[formula]];
  await context.sync();
  return { address: cell.address };
}
