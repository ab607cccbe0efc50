import type { TemplateChart } from "../src/templates/types";
import { chartPoints, parseRange } from "../src/templates/a1";
import type { PreviewWorkbook } from "./workbook";

const SVG = "http://www.w3.org/2000/svg";
/** Excel's default Office theme series colours. */
const SERIES_COLOURS = ["#4472c4", "#ed7d31", "#a5a5a5", "#ffc000", "#5b9bd5", "#70ad47"];
/** CSS pixels per point at 100% zoom, as Excel draws a chart of a given size in points. */
const PX_PER_POINT = 4 / 3;

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
  text?: string
) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function niceStep(span: number): number {
  const raw = span / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw || 1));
  const n = raw / magnitude;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * magnitude;
}

/**
 * A template chart drawn as SVG from the workbook's current values: categories from the first column of its data
 * range, one series per further column, names from the header row. Redrawn after every recalculation.
 */
export function renderChart(
  workbook: PreviewWorkbook,
  sheet: string,
  chart: TemplateChart
): SVGSVGElement {
  const size = chartPoints(chart);
  const width = Math.round(size.width * PX_PER_POINT);
  const height = Math.round(size.height * PX_PER_POINT);
  const svg = el("svg", {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: "img",
  });
  svg.setAttribute("aria-label", chart.title);
  svg.appendChild(
    el("rect", {
      x: 0.5,
      y: 0.5,
      width: width - 1,
      height: height - 1,
      fill: "#fff",
      stroke: "#bfbfbf",
    })
  );
  svg.appendChild(
    el(
      "text",
      { x: width / 2, y: 20, "text-anchor": "middle", "font-size": 13, fill: "#404040" },
      chart.title
    )
  );
  const range = parseRange(chart.dataRange);
  if (!range) return svg;
  const categories: string[] = [];
  const series: { name: string; values: (number | undefined)[] }[] = [];
  for (let col = range.start.col + 1; col <= range.end.col; col++)
    series.push({ name: workbook.textAt(sheet, { row: range.start.row, col }), values: [] });
  for (let row = range.start.row + 1; row <= range.end.row; row++) {
    categories.push(workbook.textAt(sheet, { row, col: range.start.col }));
    series.forEach((s, i) =>
      s.values.push(workbook.numberAt(sheet, { row, col: range.start.col + 1 + i }))
    );
  }
  // Axis labels in the data's own number format: a percent-styled range gets a percent axis, as in Excel.
  const firstData = { row: range.start.row + 1, col: range.start.col + 1 };
  const percent = workbook.view(sheet, firstData).style === "percent";
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== undefined));
  const plot = { left: 48, right: width - 16, top: 34, bottom: height - 56 };
  let lo = Math.min(0, ...all);
  let hi = Math.max(0, ...all);
  if (hi === lo) hi = lo + 1;
  const step = niceStep(hi - lo);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const y = (v: number) => plot.bottom - ((v - lo) / (hi - lo)) * (plot.bottom - plot.top);
  for (let v = lo; v <= hi + step / 2; v += step) {
    svg.appendChild(
      el("line", { x1: plot.left, x2: plot.right, y1: y(v), y2: y(v), stroke: "#d9d9d9" })
    );
    const label = percent
      ? `${Math.round(v * 100).toLocaleString("en-US")}%`
      : Math.abs(v) >= 1000
        ? v.toLocaleString("en-US")
        : String(Number(v.toFixed(6)));
    svg.appendChild(
      el(
        "text",
        { x: plot.left - 6, y: y(v) + 4, "text-anchor": "end", "font-size": 10, fill: "#595959" },
        label
      )
    );
  }
  const n = Math.max(categories.length, 1);
  const band = (plot.right - plot.left) / n;
  categories.forEach((c, i) => {
    if (n > 12 && i % Math.ceil(n / 12) !== 0) return;
    svg.appendChild(
      el(
        "text",
        {
          x: plot.left + band * (i + 0.5),
          y: plot.bottom + 14,
          "text-anchor": "middle",
          "font-size": 10,
          fill: "#595959",
        },
        c
      )
    );
  });
  series.forEach((s, si) => {
    const colour = SERIES_COLOURS[si % SERIES_COLOURS.length];
    if (chart.type === "columnClustered") {
      const barWidth = (band * 0.7) / Math.max(series.length, 1);
      s.values.forEach((v, i) => {
        if (v === undefined) return;
        const x = plot.left + band * i + band * 0.15 + barWidth * si;
        svg.appendChild(
          el("rect", {
            x,
            y: Math.min(y(v), y(0)),
            width: barWidth,
            height: Math.abs(y(v) - y(0)),
            fill: colour,
          })
        );
      });
    } else {
      const points = s.values
        .map((v, i) => (v === undefined ? undefined : `${plot.left + band * (i + 0.5)},${y(v)}`))
        .filter((p): p is string => p !== undefined);
      svg.appendChild(
        el("polyline", {
          points: points.join(" "),
          fill: "none",
          stroke: colour,
          "stroke-width": 2.25,
        })
      );
    }
    // The legend shares the chart's width among the series, so that every one of them is shown.
    const slot = (width - 24) / Math.max(series.length, 1);
    const lx = 12 + si * slot;
    svg.appendChild(el("rect", { x: lx, y: height - 22, width: 10, height: 10, fill: colour }));
    svg.appendChild(
      el(
        "text",
        { x: lx + 14, y: height - 13, "font-size": 10, fill: "#404040" },
        s.name.slice(0, Math.max(4, Math.floor((slot - 18) / 5.5)))
      )
    );
  });
  return svg;
}
