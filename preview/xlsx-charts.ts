/**
 * Template charts as native Excel charts inside an .xlsx package, and back: exceljs writes no charts, so the
 * writer adds the DrawingML parts itself (one drawing per sheet, one chart part per chart: a line or clustered
 * column chart whose categories are the data range's first column and whose series are its other columns, names
 * from its header row), and the reader turns them back into TemplateChart so the preview draws them again.
 */
import type JSZip from "jszip";
import { cellAddress, chartPoints, columnLetter, parseCell, parseRange } from "../src/templates/a1";
import type { TemplateChart } from "../src/templates/types";

/** DrawingML lengths: 914,400 EMU an inch, 72 points or 96 px at 100% zoom. */
const EMU_PER_PX = 9525;
const EMU_PER_POINT = 12700;
const PX_PER_POINT = 4 / 3;

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rel: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const TYPES = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};
const REL = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
};

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;
const absolute = (ref: { row: number; col: number }) => `$${columnLetter(ref.col)}$${ref.row + 1}`;

/** The sheet's geometry the anchors need: column widths and row heights in pixels. */
export interface SheetGeometry {
  colPx(col: number): number;
  rowPx(row: number): number;
}

function chartXml(sheet: string, chart: TemplateChart, percent: boolean): string {
  const range = parseRange(chart.dataRange);
  if (!range) throw new Error(`Chart "${chart.title}": bad data range ${chart.dataRange}`);
  const first = range.start.row + 1;
  const last = range.end.row;
  const cats = `${quoted(sheet)}!${absolute({ row: first, col: range.start.col })}:${absolute({ row: last, col: range.start.col })}`;
  const series: string[] = [];
  for (let col = range.start.col + 1; col <= range.end.col; col++) {
    const i = col - range.start.col - 1;
    const name = `${quoted(sheet)}!${absolute({ row: range.start.row, col })}`;
    const values = `${quoted(sheet)}!${absolute({ row: first, col })}:${absolute({ row: last, col })}`;
    series.push(
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:strRef><c:f>${escapeXml(name)}</c:f></c:strRef></c:tx>` +
        (chart.type === "line" ? '<c:marker><c:symbol val="none"/></c:marker>' : "") +
        `<c:cat><c:numRef><c:f>${escapeXml(cats)}</c:f></c:numRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(values)}</c:f></c:numRef></c:val>` +
        (chart.type === "line" ? '<c:smooth val="0"/>' : "") +
        "</c:ser>"
    );
  }
  const plot =
    chart.type === "line"
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series.join("")}<c:marker val="1"/><c:axId val="1001"/><c:axId val="1002"/></c:lineChart>`
      : `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series.join("")}<c:gapWidth val="150"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="0"/></a:pPr><a:r><a:rPr lang="en-US" sz="1200" b="0"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}` +
    '<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>' +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="low"/><c:crossAx val="1002"/><c:crosses val="autoZero"/>' +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>' +
    '<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>' +
    `<c:majorGridlines/><c:numFmt formatCode="${percent ? "0%" : "General"}" sourceLinked="0"/><c:tickLblPos val="nextTo"/>` +
    '<c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea>' +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    "</c:chart></c:chartSpace>"
  );
}

/** The cell and offset (px) a distance from a starting cell ends in. */
function walk(start: number, distance: number, size: (i: number) => number): [number, number] {
  let i = start;
  let left = distance;
  while (left > size(i)) {
    left -= size(i);
    i++;
  }
  return [i, left];
}

function anchorXml(chart: TemplateChart, index: number, geometry: SheetGeometry): string {
  const from = parseCell(chart.anchor);
  if (!from) throw new Error(`Chart "${chart.title}": bad anchor ${chart.anchor}`);
  const size = chartPoints(chart);
  const [toCol, colOff] = walk(from.col, size.width * PX_PER_POINT, (c) => geometry.colPx(c));
  const [toRow, rowOff] = walk(from.row, size.height * PX_PER_POINT, (r) => geometry.rowPx(r));
  return (
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${from.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${toCol}</xdr:col><xdr:colOff>${Math.round(colOff * EMU_PER_PX)}</xdr:colOff><xdr:row>${toRow}</xdr:row><xdr:rowOff>${Math.round(rowOff * EMU_PER_PX)}</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    // The anchor places it; the extent also says its size, which the reader takes back.
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="${Math.round(size.width * EMU_PER_POINT)}" cy="${Math.round(size.height * EMU_PER_POINT)}"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="rIdChart${index + 1}"/></a:graphicData></a:graphic>` +
    "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
  );
}

/** Adds a relationship to a part's .rels (made when missing). */
async function addRelationship(
  zip: JSZip,
  relsPath: string,
  id: string,
  type: string,
  target: string
) {
  const existing = await zip.file(relsPath)?.async("string");
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  zip.file(
    relsPath,
    existing
      ? existing.replace("</Relationships>", `${rel}</Relationships>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rel}">${rel}</Relationships>`
  );
}

/** Elements a worksheet's <drawing> must come before (ECMA-376 CT_Worksheet order). */
const AFTER_DRAWING =
  /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/**
 * @summary Writes a sheet's charts into the package: its drawing, one chart part each, relationships, content types.
 * @param zip - The package (exceljs's output), edited in place.
 * @param sheetIndex - The sheet's 1-based index (xl/worksheets/sheetN.xml).
 * @param sheet - The sheet's name, for the charts' references.
 * @param charts - Its charts; `percent(chart)` says whether its values are percentages.
 * @param geometry - Column widths and row heights, to size the anchors.
 */
export async function writeCharts(
  zip: JSZip,
  sheetIndex: number,
  sheet: string,
  charts: readonly TemplateChart[],
  percent: (chart: TemplateChart) => boolean,
  geometry: SheetGeometry,
  chartOffset: number
): Promise<number> {
  if (charts.length === 0) return 0;
  const drawing = `xl/drawings/drawing${sheetIndex}.xml`;
  zip.file(
    drawing,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
      charts.map((chart, i) => anchorXml(chart, i, geometry)).join("") +
      "</xdr:wsDr>"
  );
  const overrides = [`<Override PartName="/${drawing}" ContentType="${TYPES.drawing}"/>`];
  for (const [i, chart] of charts.entries()) {
    const part = `chart${chartOffset + i + 1}.xml`;
    zip.file(`xl/charts/${part}`, chartXml(sheet, chart, percent(chart)));
    overrides.push(`<Override PartName="/xl/charts/${part}" ContentType="${TYPES.chart}"/>`);
    await addRelationship(
      zip,
      `xl/drawings/_rels/drawing${sheetIndex}.xml.rels`,
      `rIdChart${i + 1}`,
      REL.chart,
      `../charts/${part}`
    );
  }
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`));
  await addRelationship(
    zip,
    `xl/worksheets/_rels/sheet${sheetIndex}.xml.rels`,
    "rIdDrawing",
    REL.drawing,
    `../drawings/drawing${sheetIndex}.xml`
  );
  const sheetPath = `xl/worksheets/sheet${sheetIndex}.xml`;
  const xml = await zip.file(sheetPath)!.async("string");
  const at = xml.search(AFTER_DRAWING);
  zip.file(sheetPath, `${xml.slice(0, at)}<drawing r:id="rIdDrawing"/>${xml.slice(at)}`);
  return charts.length;
}

const text = (xml: string, pattern: RegExp) => pattern.exec(xml)?.[1];
const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** A relationship target resolved against the part that holds it ("../charts/chart1.xml" from xl/drawings/). */
function resolve(from: string, target: string): string {
  const parts = from.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else if (step !== ".") parts.push(step);
  }
  return parts.join("/");
}

async function relationships(zip: JSZip, part: string): Promise<Map<string, string>> {
  const rels = part.replace(/([^/]+)$/, "_rels/$1.rels");
  const xml = (await zip.file(rels)?.async("string")) ?? "";
  const map = new Map<string, string>();
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = text(m[0], /Id="([^"]+)"/);
    const target = text(m[0], /Target="([^"]+)"/);
    if (id && target) map.set(id, resolve(part, target));
  }
  return map;
}

/**
 * @summary The charts of a sheet in a package, as TemplateChart: line or clustered column charts over one block
 * (categories in its first column, series beside it, names in its header row); other charts are left out.
 */
export async function readCharts(zip: JSZip, sheetPath: string): Promise<TemplateChart[]> {
  const sheetXml = (await zip.file(sheetPath)?.async("string")) ?? "";
  const drawingId = text(sheetXml, /<drawing\b[^>]*r:id="([^"]+)"/);
  if (!drawingId) return [];
  const drawingPath = (await relationships(zip, sheetPath)).get(drawingId);
  const drawingXml = drawingPath ? await zip.file(drawingPath)?.async("string") : undefined;
  if (!drawingPath || !drawingXml) return [];
  const chartRels = await relationships(zip, drawingPath);
  const charts: TemplateChart[] = [];
  for (const anchor of drawingXml.matchAll(
    /<xdr:(?:twoCellAnchor|oneCellAnchor)\b[\s\S]*?<\/xdr:(?:twoCellAnchor|oneCellAnchor)>/g
  )) {
    const col = Number(text(anchor[0], /<xdr:from>\s*<xdr:col>(\d+)<\/xdr:col>/));
    const row = Number(text(anchor[0], /<xdr:from>[\s\S]*?<xdr:row>(\d+)<\/xdr:row>/));
    const chartPath = chartRels.get(text(anchor[0], /<c:chart\b[^>]*r:id="([^"]+)"/) ?? "");
    const xml = chartPath ? await zip.file(chartPath)?.async("string") : undefined;
    if (!xml || Number.isNaN(col) || Number.isNaN(row)) continue;
    const type = /<c:lineChart\b/.test(xml)
      ? "line"
      : /<c:barDir val="col"\/>/.test(xml)
        ? "columnClustered"
        : undefined;
    const refs = [...xml.matchAll(/<c:(cat|val)>[\s\S]*?<c:f>([^<]+)<\/c:f>/g)].map((m) => ({
      kind: m[1],
      range: parseRange(unescapeXml(m[2]).replace(/^.*!/, "").replace(/\$/g, "")),
    }));
    const cat = refs.find((r) => r.kind === "cat")?.range;
    const vals = refs.filter((r) => r.kind === "val").map((r) => r.range);
    if (!type || !cat || vals.length === 0 || vals.some((v) => !v)) continue;
    const lastCol = Math.max(...vals.map((v) => v!.end.col));
    const title = [
      ...(text(xml, /<c:title>([\s\S]*?)<\/c:title>/) ?? "").matchAll(/<a:t>([^<]*)<\/a:t>/g),
    ]
      .map((m) => unescapeXml(m[1]))
      .join("");
    // A file that leaves the extent at 0 (Excel places a chart by its anchor alone) gets the default size.
    const cx = Number(text(anchor[0], /<xdr:xfrm>[\s\S]*?<a:ext\b[^>]*\bcx="(\d+)"/));
    const cy = Number(text(anchor[0], /<xdr:xfrm>[\s\S]*?<a:ext\b[^>]*\bcy="(\d+)"/));
    charts.push({
      type,
      title,
      dataRange: `${cellAddress({ row: cat.start.row - 1, col: cat.start.col })}:${cellAddress({ row: cat.end.row, col: lastCol })}`,
      anchor: cellAddress({ row, col }),
      ...(cx > 0 && cy > 0
        ? { size: { width: cx / EMU_PER_POINT, height: cy / EMU_PER_POINT } }
        : {}),
    });
  }
  return charts;
}

/** Each sheet's part in a package, by sheet name (from xl/workbook.xml and its relationships). */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = await relationships(zip, "xl/workbook.xml");
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = text(m[0], /name="([^"]+)"/);
    const id = text(m[0], /r:id="([^"]+)"/);
    const part = id ? rels.get(id) : undefined;
    if (name && part) parts.set(unescapeXml(name), part);
  }
  return parts;
}
