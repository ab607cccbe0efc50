import { YEAR_RANGE } from "../core/_lib/checks";
import { FACTOR_IDS, factorOf } from "../core/_lib/factors";
import { DEFAULT_STATUS } from "../core/_lib/vocabulary";
import { activeSnapshot } from "../data/store";
import { projectStatuses } from "../data/tables";
import { columnLetter, columnPoints, ROW_POINTS } from "./a1";
import type { TemplateCell, TemplateSheet, TemplateValidation } from "./types";
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

/** The own-projects block: a header row, then rows the analyst fills (blank rows count for nothing). */
const PROJECTS_HEADER_ROW = 17;
const PROJECT_ROWS = 5;
const PROJECTS = "$A$17:$F$22";

/**
 * The arguments every capacity and independence formula ends with: status, own projects, delay, utilisation and
 * the lead-time case (which also drives RE.LEADTIME and RE.ONLINEYEAR).
 */
const PIPELINE = `$B$9,${PROJECTS},$B$13,$B$14,$B$10`;

/** Header row of the stage summary; one row per stage follows it, mining first. */
const SUMMARY_HEADER_ROW = 24;
const SUMMARY_FIRST_ROW = SUMMARY_HEADER_ROW + 1;

/** The whole-chain row: its caption and header above it. */
const CHAIN_ROW = 33;
/** The whole chain, mine to magnet; it ends at the magnet stage, whose demand (t NdFeB) is the chain's. */
const CHAIN = "mining>separation>metal>magnet";

/**
 * Column widths in characters: narrow enough to print one page wide at a readable scale (headers and citations
 * wrap); A holds the longest chain input, "mining>separation>metal>magnet", whole.
 */
const COLUMN_WIDTHS = { A: 34, B: 18, C: 12, D: 14, E: 14, F: 11, G: 12, H: 12, I: 48 } as const;
/** The columns the chart covers: right of the year blocks' stage columns, to the print area's last. */
const CHART_COLUMNS = ["H", "I"] as const;

/** Header rows of the three year blocks (demand, capacity, coverage) for a number of years. */
export function independenceModelBlocks(years: number): {
  demand: number;
  capacity: number;
  coverage: number;
} {
  const demand = CHAIN_ROW + 3;
  const capacity = demand + years + 3;
  return { demand, capacity, coverage: capacity + years + 3 };
}

/**
 * @summary The "Independence model" sheet: capacity against demand by stage and year, all in RE.* formulas.
 *
 * @description
 * Inputs (orange cells, Excel's Input style, with data validation) that the analyst edits: region (a country, a
 * group, or a list of their own such as "US+Japan+Korea"), application, units per year, demand growth, capacity
 * status filter, lead-time case, the NdPr oxide share of mined REO (by default the
 * dataset's cited Mountain Pass figure, the one the whole-chain year uses; it expresses the mining row's demand in t REO), the base year RE.INDEPENDENCEYEAR counts from (an
 * input, so a newer dataset does not move the answers), a delay and a utilisation scenario, and a block of the
 * analyst's own projects (name, country, stage, capacity t/yr, first year, status; blank rows count for nothing).
 * Every capacity and independence formula takes the status, the projects, the delay, the utilisation and the case.
 *
 * Then:
 * - a stage summary: demand in the base year in each stage's product (RE.DEMAND in t NdFeB; for separation
 *   the magnets' NdPr content, RE.DEMAND in NdPr, as oxide by RE.CONVERT, through the same cited factors as the
 *   whole chain; ÷ the NdPr share for mining), RE.CAPACITY in the base year,
 *   RE.INDEPENDENCEYEAR, RE.LEADTIME, RE.ONLINEYEAR for a project started in the base year, RE.DEPENDENCY
 *   on China (world market) and RE.SOURCE behind the capacity figure;
 * - the whole-chain independence year (RE.INDEPENDENCEYEAR over "mining>separation>metal>magnet") and the
 *   binding stage of each year searched, from its RE.SOURCE;
 * - demand by year (base demand × (1 + growth)^(year − base year)), capacity by year (RE.CAPACITY of the
 *   projects online by that year) and coverage (capacity ÷ demand; 100 % = independent at that stage);
 * - a native line chart of coverage by stage and year.
 * Every cell is a plain formula: the analyst can change any of them.
 *
 * @param options - Starting values of the inputs.
 * @returns The sheet as plain data (see templates/types.ts).
 *
 * @example
 * independenceModelTemplate().cells.find((c) => c.address === "D25")?.formula
 * //=> '=RE.CAPACITY($B$5,A25,$B$12,$B$9,$A$17:$F$22,$B$13,$B$14,$B$10)'
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
      "allied, non-China, MSP, G7, Quad, a country (US, Japan, ...), or your own list joined by + (US+Japan+Korea)"
    ),
    ...inputRow(
      6,
      "Application",
      options.application ?? "ev-motor",
      "ev-motor, wind-direct-drive-mw, f-35, ddg-51, virginia-class, ... (the list in the cell)"
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
      DEFAULT_STATUS,
      "running (operating, and ramping plants at their sourced output), committed, planned, or one status"
    ),
    ...inputRow(
      10,
      "Lead-time case",
      "base",
      "low, base or high: lead times, online years, and when plants still to come online arrive"
    ),
    ...inputRow(
      11,
      "NdPr oxide share of mined REO",
      minedNdprShare(),
      "t NdPr oxide per t REO, for the mining row; the chain (row 33) always uses the cited Mountain Pass share (MP Materials' 2021 10-K, medium)"
    ),
    ...inputRow(
      12,
      "Base year",
      options.baseYear ?? 2026,
      "the year the model counts from (RE.INDEPENDENCEYEAR); yours, so a newer dataset does not move it"
    ),
    ...inputRow(
      13,
      "Delay (years)",
      0,
      "scenario: whole years added to every first year after the dataset's as-of year, your projects' too"
    ),
    ...inputRow(
      14,
      "Utilisation (fraction)",
      1,
      "scenario: the share of each counted capacity that produces: 0.8 = 80 % of the figure"
    ),
    ...ownProjectsBlock(),
    ...stageSummary(),
    ...wholeChain(),
    ...yearBlock(
      blocks.demand,
      "Demand by year, in t/yr of each stage's product (base-year demand grown at the input rate)",
      years,
      (_col, row, stageIndex) => `=$B$${SUMMARY_FIRST_ROW + stageIndex}*(1+$B$8)^($A${row}-$B$12)`,
      "tonnes"
    ),
    ...yearBlock(
      blocks.capacity,
      "Capacity by year, in t/yr: the pipeline's projects and yours online by that year (RE.CAPACITY)",
      years,
      (col, row) =>
        withoutAddIn(`RE.CAPACITY($B$5,${col}$${blocks.capacity},$A${row},${PIPELINE})`),
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
        "Sources: capacity from the dataset's cited project pipeline (and your own projects, graded low), demand from cited material intensities, lead times from cited lead-time ranges. RE.SOURCE gives the citation behind any figure (column I in its short form).",
      style: "note",
    },
  ];
  const coverageTop = blocks.coverage;
  const lastRow = blocks.coverage + years + 2;
  return {
    name: INDEPENDENCE_MODEL_SHEET,
    cells,
    columnWidths: COLUMN_WIDTHS,
    charts: [
      {
        type: "line",
        title: "Coverage of demand by stage (capacity ÷ demand)",
        dataRange: `A${coverageTop}:${columnLetter(STAGES.length)}${coverageTop + years}`,
        anchor: `${CHART_COLUMNS[0]}${blocks.demand - 1}`,
        // Beside the demand block, from its caption to its last year, in the columns it leaves empty up to the
        // print area's right edge: on the printed page and over no cell.
        size: {
          width: CHART_COLUMNS.reduce(
            (sum, column) => sum + columnPoints(COLUMN_WIDTHS[column]),
            0
          ),
          height: (years + 2) * ROW_POINTS,
        },
      },
    ],
    validations: inputValidations(),
    // Page 1 is the inputs and the answers; the year blocks and the chart start page 2.
    print: {
      area: `A1:I${lastRow}`,
      titleRows: "1:2",
      orientation: "landscape",
      pageBreaksBefore: [blocks.demand - 1],
    },
  };
}

/**
 * The dataset's NdPr oxide share of mined REO (the Mountain Pass ore's), the one the whole-chain year converts
 * through; blank when the dataset has none, so the mining row asks for one rather than using a made-up share.
 */
function minedNdprShare(): number | string {
  return factorOf(activeSnapshot(), FACTOR_IDS.ndprOxideShareOfReo)?.value ?? "";
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

/** The own-projects block: a caption, the header row RE.CAPACITY skips, and empty input rows. */
function ownProjectsBlock(): TemplateCell[] {
  const header = PROJECTS_HEADER_ROW;
  const headers = [
    "Your own project",
    "Country",
    "Stage",
    "Capacity (t/yr)",
    "First year",
    "Status",
  ];
  const cells: TemplateCell[] = [
    {
      address: `A${header - 1}`,
      value:
        "Your own projects: each filled row joins every capacity and independence formula below; blank rows count for nothing.",
      style: "subtitle",
    },
    ...headers.map((value, i): TemplateCell => ({
      address: `${columnLetter(i)}${header}`,
      value,
      style: "header",
    })),
  ];
  for (let row = header + 1; row <= header + PROJECT_ROWS; row++)
    headers.forEach((_, i) =>
      cells.push({ address: `${columnLetter(i)}${row}`, value: "", style: "input" })
    );
  cells.push(
    {
      address: `H${header + 1}`,
      value: "Capacity: t/yr of the stage's product (mining REO, separation NdPr oxide,",
      style: "note",
    },
    { address: `H${header + 2}`, value: "metal, magnet and recycling NdFeB).", style: "note" },
    {
      address: `H${header + 3}`,
      value: "Status: operating, ramping, construction, planned, ...;",
      style: "note",
    },
    {
      address: `H${header + 4}`,
      value: "blank = operating from the first year.",
      style: "note",
    }
  );
  return cells;
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
    "Online if started in base year",
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
    // Separation: the magnets' Nd + Pr (the cited NdPr share of magnet mass) as oxide (the cited 75:25 blend
    // factor), the factors the whole chain converts through. Not RE.CONVERT from NdFeB, which takes the magnet's
    // whole rare-earth content (Dy, Tb and the rest too) as NdPr: about 5 % more for the same magnets.
    const demand =
      stage === "separation"
        ? `=RE.CONVERT(RE.DEMAND($B$6,$B$7,"NdPr"),"metal","oxide","NdPr")`
        : stage === "mining"
          ? `=B${first + 1}/$B$11`
          : `=${ndfeb}`;
    cells.push(
      { address: `A${r}`, value: stage },
      { address: `B${r}`, formula: demand, style: "tonnes" },
      { address: `C${r}`, value: PRODUCT[stage] },
      { address: `D${r}`, formula: `=RE.CAPACITY($B$5,A${r},$B$12,${PIPELINE})`, style: "tonnes" },
      {
        address: `E${r}`,
        formula: `=RE.INDEPENDENCEYEAR($B$5,A${r},B${r},$B$12,$B$8,${PIPELINE})`,
        style: "year",
      },
      { address: `F${r}`, formula: `=RE.LEADTIME(A${r},"any",$B$10)` },
      { address: `G${r}`, formula: `=RE.ONLINEYEAR(A${r},$B$12,"any",$B$10)`, style: "year" },
      { address: `H${r}`, formula: `=RE.DEPENDENCY(A${r},"China")`, style: "percent" },
      {
        address: `I${r}`,
        formula: withoutAddIn(`RE.SOURCE("CAPACITY",$B$5,A${r},$B$12,${PIPELINE},"short")`),
        style: "citation",
      }
    );
  });
  cells.push({
    address: `A${first + STAGES.length}`,
    value:
      "Demand: t NdFeB from RE.DEMAND; separation = the magnets' Nd + Pr as NdPr oxide (cited magnet composition and oxide factor), mining = that ÷ B11. The whole chain (row 33) converts through the same cited factors.",
    style: "note",
  });
  return cells;
}

/**
 * The whole-chain row: the chain (an input), its demand (the magnet stage's, t NdFeB), the first year every
 * stage covers its own, and the binding stage of each year searched, which RE.SOURCE's citation opens with.
 */
function wholeChain(): TemplateCell[] {
  const r = CHAIN_ROW;
  const magnetRow = SUMMARY_FIRST_ROW + STAGES.indexOf("magnet");
  const year = `RE.INDEPENDENCEYEAR($B$5,A${r},B${r},$B$12,$B$8,${PIPELINE})`;
  const citation = `RE.SOURCE("INDEPENDENCEYEAR",$B$5,A${r},B${r},$B$12,$B$8,${PIPELINE})`;
  const header = (column: string, value: string): TemplateCell => ({
    address: `${column}${r - 1}`,
    value,
    style: "header",
  });
  return [
    {
      address: `A${r - 2}`,
      value:
        "Whole chain, mine to magnet: the first year every stage covers its demand (t NdFeB at the end, converted upstream through cited factors, RE.SOURCE names them)",
      style: "subtitle",
    },
    header("A", "Chain"),
    header("B", "Demand, base year (t/yr)"),
    header("C", "Counted in"),
    header("D", "Independence year"),
    ...["E", "F", "G", "H"].map((column) => header(column, "")),
    header("I", "Binding stage by year (from RE.SOURCE)"),
    { address: `A${r}`, value: CHAIN, style: "input" },
    { address: `B${r}`, formula: `=B${magnetRow}`, style: "tonnes" },
    { address: `C${r}`, value: PRODUCT.magnet },
    { address: `D${r}`, formula: `=${year}`, style: "year" },
    {
      address: `I${r}`,
      // The citation's first entry is the binding note; its own as-of and grade follow " (as of".
      formula: withoutAddIn(`LEFT(${citation},FIND(" (as of",${citation}&" (as of")-1)`),
      style: "citation",
    },
  ];
}

/** What each input accepts: the lists the functions take, and the bounds they enforce. */
function inputValidations(): TemplateValidation[] {
  const data = activeSnapshot().dataset;
  const list = (range: string, values: readonly string[], what: string): TemplateValidation => ({
    range,
    kind: "list",
    values,
    message: `${what}: one of the list, or another name the function accepts (it says so if it does not).`,
  });
  const first = PROJECTS_HEADER_ROW + 1;
  const last = PROJECTS_HEADER_ROW + PROJECT_ROWS;
  return [
    list(
      "B5",
      [...data.regions.map((r) => r.id), "US"],
      "A region: a group, a country, or your own list joined by + (US+Japan+Korea)"
    ),
    list(
      "B6",
      data.demandIntensities.map((d) => d.id),
      "An application of the dataset"
    ),
    list("B9", [DEFAULT_STATUS, "committed", "planned", ...projectStatuses], "A capacity status"),
    list("B10", ["low", "base", "high"], "A lead-time case"),
    {
      range: "B12",
      kind: "whole",
      min: YEAR_RANGE.min,
      max: YEAR_RANGE.max,
      message: `A year, ${YEAR_RANGE.min}-${YEAR_RANGE.max}.`,
    },
    { range: "B13", kind: "whole", min: 0, max: 50, message: "Whole years of delay, 0-50." },
    { range: "B14", kind: "decimal", min: 0, max: 1, message: "A fraction, 0-1 (0.8 = 80 %)." },
    list(
      `C${first}:C${last}`,
      data.stages.map((s) => s.id),
      "A stage"
    ),
    list(`F${first}:F${last}`, projectStatuses, "A project status (blank: operating)"),
    list(
      `A${CHAIN_ROW}`,
      [CHAIN, "separation>metal>magnet", "metal>magnet"],
      "A chain ending at metal or magnet"
    ),
  ];
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
