import { columnLetter } from "./a1";
import type { TemplateCell, TemplateSheet } from "./types";
import { ADD_IN_NOTE, withoutAddIn } from "./without-add-in";

/** The sheet the template writes; inserting it again updates that sheet in place. */
export const INDEPENDENCE_MODEL_SHEET = "Independence model";

/** The chain's stages in order; the column and row order of every block below. */
const STAGES = ["mining", "separation", "metal", "magnet", "recycling"] as const;

/** The product each stage's capacity is counted in (RE.CAPACITY's canonical products). */
const PRODUCT: Readonly<Record<(typeof STAGES)[number], string>> = {
  mining: "t REO",
  separation: "t NdPr oxide",
  metal: "t NdFeB",
  magnet: "t NdFeB",
  recycling: "t NdFeB",
};

export interface IndependenceModelOptions {
  /** Region the model is for: "allied", "non-China" or a country; default "allied". */
  readonly region?: string;
  /** Application that drives demand; default "ev-motor". */
  readonly application?: string;
  /** Units of the application per year in the base year; default 5,000,000 (a starting value for the analyst to replace). */
  readonly units?: number;
  /** Yearly demand growth as a fraction; default 0.08. */
  readonly growth?: number;
  /** Years the year-by-year blocks cover, from the base year; default 11. */
  readonly years?: number;
  /**
   * The year the model counts from; default 2026. An input, not the dataset's as-of year, so that pulling a
   * newer dataset does not move the model's answers unless the data changed.
   */
  readonly baseYear?: number;
}

/** Header row of the stage summary; one row per stage follows it, mining first. */
const SUMMARY_HEADER_ROW = 14;
const SUMMARY_FIRST_ROW = SUMMARY_HEADER_ROW + 1;

/** Header rows of the three year blocks (demand, capacity, coverage) for a number of years. */
export function independenceModelBlocks(years: number): {
  demand: number;
  capacity: number;
  coverage: number;
} {
  const demand = 22;
  const capacity = demand + years + 3;
  return { demand, capacity, coverage: capacity + years + 3 };
}

/**
 * @summary The "Independence model" sheet: capacity against demand by stage and year, all in RE.* formulas.
 *
 * @description
 * Inputs (orange cells, Excel's Input style) that the analyst edits: region, application, units per year,
 * demand growth, capacity status filter, lead-time case, and one assumption the dataset does not cite (the
 * NdPr oxide share of mined REO, used only to express the mining stage's demand in t REO, and the base year
 * RE.INDEPENDENCEYEAR counts from: an input, so a newer dataset does not move the answers).
 *
 * Then:
 * - a stage summary: demand in the base year in each stage's product (RE.DEMAND in t NdFeB; RE.CONVERT to
 *   NdPr oxide for separation; ÷ the NdPr share for mining), RE.CAPACITY in the base year,
 *   RE.INDEPENDENCEYEAR, RE.LEADTIME, RE.ONLINEYEAR for a project started in the base year, RE.DEPENDENCY
 *   on China (world market) and RE.SOURCE behind the capacity figure;
 * - demand by year (base demand × (1 + growth)^(year − base year)), capacity by year (RE.CAPACITY of the
 *   projects online by that year) and coverage (capacity ÷ demand; 100 % = independent at that stage);
 * - a native line chart of coverage by stage and year.
 * Every cell is a plain formula: the analyst can change any of them.
 *
 * @param options - Starting values of the inputs.
 * @returns The sheet as plain data (see templates/types.ts).
 *
 * @example
 * independenceModelTemplate().cells.find((c) => c.address === "D15")?.formula
 * //=> '=RE.CAPACITY($B$5,A15,$B$12,$B$9)'
 */
export function independenceModelTemplate(options: IndependenceModelOptions = {}): TemplateSheet {
  const years = Math.max(1, Math.round(options.years ?? 11));
  const blocks = independenceModelBlocks(years);
  const cells: TemplateCell[] = [
    { address: "A1", value: "Independence model", style: "title" },
    {
      address: "A2",
      value:
        "Capacity against demand by stage and year, from RE.* formulas. Edit the orange inputs; every other cell is a formula you can change.",
      style: "subtitle",
    },
    { address: "A3", value: ADD_IN_NOTE, style: "note" },
    { address: "A4", value: "Input", style: "header" },
    { address: "B4", value: "Value", style: "header" },
    { address: "C4", value: "What it means", style: "header" },
    ...inputRow(
      5,
      "Region",
      options.region ?? "allied",
      "allied, non-China, or a country (US, JP, AU, ...)"
    ),
    ...inputRow(
      6,
      "Application",
      options.application ?? "ev-motor",
      "ev-motor, wind-direct-drive-mw, f-35, ddg-51, virginia-class"
    ),
    ...inputRow(
      7,
      "Units per year, base year",
      options.units ?? 5_000_000,
      "motors, MW, aircraft, ships, ... as the application counts them"
    ),
    ...inputRow(
      8,
      "Demand growth per year",
      options.growth ?? 0.08,
      "a fraction: 0.08 = 8 % a year"
    ),
    ...inputRow(
      9,
      "Capacity status",
      "running",
      "running (operating, and ramping plants at their sourced output), committed, planned, or one status"
    ),
    ...inputRow(10, "Lead-time case", "base", "low, base or high"),
    ...inputRow(
      11,
      "NdPr oxide share of mined REO",
      0.2,
      "your assumption, not a cited figure: turns separation demand into ore (t REO) for the mining stage"
    ),
    ...inputRow(
      12,
      "Base year",
      options.baseYear ?? 2026,
      "the year the model counts from (RE.INDEPENDENCEYEAR); yours, so a newer dataset does not move it"
    ),
    ...stageSummary(),
    ...yearBlock(
      blocks.demand,
      "Demand by year, in t/yr of each stage's product (base-year demand grown at the input rate)",
      years,
      (_col, row, stageIndex) => `=$B$${SUMMARY_FIRST_ROW + stageIndex}*(1+$B$8)^($A${row}-$B$12)`,
      "tonnes"
    ),
    ...yearBlock(
      blocks.capacity,
      "Capacity by year, in t/yr: the pipeline's projects online by that year (RE.CAPACITY)",
      years,
      (col, row) => withoutAddIn(`RE.CAPACITY($B$5,${col}$${blocks.capacity},$A${row},$B$9)`),
      "tonnes"
    ),
    ...yearBlock(
      blocks.coverage,
      "Coverage: capacity ÷ demand (100 % = independent at that stage)",
      years,
      (col, row) => {
        const offset = row - blocks.coverage;
        return `=${col}${blocks.capacity + offset}/${col}${blocks.demand + offset}`;
      },
      "percent"
    ),
    {
      address: `A${blocks.coverage + years + 2}`,
      value:
        "Sources: capacity from the dataset's cited project pipeline, demand from cited material intensities, lead times from cited lead-time ranges. RE.SOURCE gives the citation behind any figure (column I in its short form).",
      style: "note",
    },
  ];
  const coverageTop = blocks.coverage;
  const lastRow = blocks.coverage + years + 2;
  return {
    name: INDEPENDENCE_MODEL_SHEET,
    cells,
    // Narrow enough to print one page wide at a readable scale; headers and citations wrap.
    columnWidths: { A: 30, B: 12, C: 12, D: 12, E: 13, F: 11, G: 12, H: 12, I: 48 },
    charts: [
      {
        type: "line",
        title: "Coverage of demand by stage (capacity ÷ demand)",
        dataRange: `A${coverageTop}:${columnLetter(STAGES.length)}${coverageTop + years}`,
        anchor: "H21",
      },
    ],
    print: { area: `A1:I${lastRow}`, titleRows: "1:2", orientation: "landscape" },
  };
}

function inputRow(
  row: number,
  label: string,
  value: string | number,
  meaning: string
): TemplateCell[] {
  return [
    { address: `A${row}`, value: label },
    { address: `B${row}`, value, style: "input" },
    { address: `C${row}`, value: meaning, style: "note" },
  ];
}

function stageSummary(): TemplateCell[] {
  const header = SUMMARY_HEADER_ROW;
  const first = SUMMARY_FIRST_ROW;
  const headers = [
    "Stage",
    "Demand, base year (t/yr)",
    "Counted in",
    "Capacity, base year (t/yr)",
    "Independence year",
    "Lead time (years)",
    "New project online",
    "China's share of world output",
    "Source of the capacity figure",
  ];
  const cells: TemplateCell[] = headers.map((value, i) => ({
    address: `${columnLetter(i)}${header}`,
    value,
    style: "header",
  }));
  STAGES.forEach((stage, i) => {
    const r = first + i;
    const ndfeb = 'RE.DEMAND($B$6,$B$7,"NdFeB")';
    const demand =
      stage === "separation"
        ? `=RE.CONVERT(${ndfeb},"NdFeB","oxide","NdPr")`
        : stage === "mining"
          ? `=B${first + 1}/$B$11`
          : `=${ndfeb}`;
    cells.push(
      { address: `A${r}`, value: stage },
      { address: `B${r}`, formula: demand, style: "tonnes" },
      { address: `C${r}`, value: PRODUCT[stage] },
      { address: `D${r}`, formula: `=RE.CAPACITY($B$5,A${r},$B$12,$B$9)`, style: "tonnes" },
      {
        address: `E${r}`,
        formula: `=RE.INDEPENDENCEYEAR($B$5,A${r},B${r},$B$12,$B$8,$B$9)`,
        style: "year",
      },
      { address: `F${r}`, formula: `=RE.LEADTIME(A${r},"any",$B$10)` },
      { address: `G${r}`, formula: `=RE.ONLINEYEAR(A${r},$B$12,"any",$B$10)`, style: "year" },
      { address: `H${r}`, formula: `=RE.DEPENDENCY(A${r},"China")`, style: "percent" },
      {
        address: `I${r}`,
        formula: withoutAddIn(`RE.SOURCE("CAPACITY",$B$5,A${r},$B$12,$B$9,"short")`),
        style: "citation",
      }
    );
  });
  return cells;
}

/** A block: a caption row, a header row (Year + stage ids), then one row per year from the base year. */
function yearBlock(
  headerRow: number,
  caption: string,
  years: number,
  formula: (col: string, row: number, stageIndex: number) => string,
  style: "tonnes" | "percent"
): TemplateCell[] {
  const cells: TemplateCell[] = [
    { address: `A${headerRow - 1}`, value: caption, style: "subtitle" },
    { address: `A${headerRow}`, value: "Year", style: "header" },
    ...STAGES.map((stage, i): TemplateCell => ({
      address: `${columnLetter(i + 1)}${headerRow}`,
      value: stage,
      style: "header",
    })),
  ];
  for (let k = 0; k < years; k++) {
    const row = headerRow + 1 + k;
    cells.push({
      address: `A${row}`,
      formula: k === 0 ? "=$B$12" : `=A${row - 1}+1`,
      style: "year",
    });
    STAGES.forEach((_, i) => {
      const col = columnLetter(i + 1);
      cells.push({ address: `${col}${row}`, formula: formula(col, row, i), style });
    });
  }
  return cells;
}
