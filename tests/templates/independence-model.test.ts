/**
 * The Independence model template evaluated in HyperFormula with the RE.* plugin (what the preview and
 * `npm run example` run), with its default inputs and with a scenario set in its input block. Every expected
 * figure is worked out by hand from the cited records of the embedded dataset (as of 2026-12), taken from the
 * named facts (tests/_support/expected.ts) and checked against the records first, so that a change of data says
 * which record moved rather than failing on a total:
 * - mp-mountain-pass-mine (US, mining, REO): 2025 actual output 50,692 t (MP Materials FY2025);
 * - mp-mountain-pass-separation (US, NdPr oxide, ramping): 2025 actual output 2,599 t;
 * - efr-white-mesa-p1 (US, NdPr oxide, operating from 2024): 925 t/yr;
 * - noveon-san-marcos (US, magnet, operating from 2023): 2,000 t/yr NdFeB;
 * - evac-sumter (US, magnet, ramping): 2026 target output 2,000 t/yr NdFeB;
 * - mp-independence (US, metal and magnet, ramping): no sourced output, so never counted while "running";
 * - ev-motor: 1.4 kg NdFeB per motor;
 * - ndpr-oxide-share-of-reo-mountain-pass: NdPr 15.7% of TREO (MP Materials' 2021 10-K, medium);
 * - ndpr-share-of-ndfeb-mass: Nd + Pr 28.5% of magnet mass (midpoint of the cited 26–31%, medium);
 * - ndpr-oxide-metal-factor: 0.85 t NdPr metal per t NdPr oxide (75:25 blend, IUPAC atomic weights, medium);
 * - ree-share-of-ndfeb-mass: all rare earths 30% of magnet mass (Heim & Vander Wal 2023, NEDO, medium).
 */
import { newPreviewWorkbook } from "../../preview/example";
import {
  EV_MOTOR_KG_NDFEB,
  MAGNET_PLANT_T,
  MOUNTAIN_PASS_MINE_2025_T_REO,
  US_NDPR_OXIDE_PLANT_T,
  MOUNTAIN_PASS_NDPR_SHARE_OF_TREO,
  NDPR_METAL_PER_OXIDE,
  NDPR_SHARE_OF_NDFEB,
  REE_SHARE_OF_NDFEB,
} from "../_support/expected";
import type { PreviewWorkbook } from "../../preview/workbook";
import { activeSnapshot } from "../../src/data/store";
import {
  chartPoints,
  columnPoints,
  contains,
  parseA1,
  parseCell,
  ROW_POINTS,
} from "../../src/templates/a1";
import {
  independenceModelBlocks,
  independenceModelTemplate,
  INDEPENDENCE_MODEL_SHEET,
} from "../../src/templates/independence-model";

const SHEET = INDEPENDENCE_MODEL_SHEET;
const data = activeSnapshot().dataset;
const plant = (id: string) => {
  const found = data.capacity.find((c) => c.id === id);
  if (!found) throw new Error(`no capacity record ${id}`);
  return found;
};
const outputIn = (id: string, year: number) =>
  plant(id).output?.find((o) => o.year === year)?.value;

const MINE = MOUNTAIN_PASS_MINE_2025_T_REO;
const NDPR = US_NDPR_OXIDE_PLANT_T.mountainPass2025 + US_NDPR_OXIDE_PLANT_T.whiteMesaPhase1;
const MAGNETS = MAGNET_PLANT_T.noveonSanMarcos + MAGNET_PLANT_T.evacSumter2026Target;

/** The summary's rows (mining first) and the whole-chain row, as the template lays them out. */
const ROW = { mining: 25, separation: 26, metal: 27, magnet: 28, recycling: 29, chain: 33 };
const blocks = independenceModelBlocks(11);
/** The capacity block's cell for a stage column (B mining ... F recycling) and a year from the base year 2026. */
const capacityCell = (column: string, year: number) =>
  `${column}${blocks.capacity + 1 + (year - 2026)}`;

function model(): PreviewWorkbook {
  const workbook = newPreviewWorkbook();
  workbook.insertTemplate(independenceModelTemplate());
  return workbook;
}

const at = (address: string) => parseCell(address)!;
const numberAt = (workbook: PreviewWorkbook, address: string) =>
  workbook.numberAt(SHEET, at(address));
const textAt = (workbook: PreviewWorkbook, address: string) => workbook.textAt(SHEET, at(address));
const messageAt = (workbook: PreviewWorkbook, address: string) =>
  workbook.view(SHEET, at(address)).message ?? "";

function enter(workbook: PreviewWorkbook, inputs: Record<string, string>): void {
  for (const [address, typed] of Object.entries(inputs)) workbook.enter(SHEET, at(address), typed);
}

/** One own project in the block's first row: a 5,000 t/yr metal plant in the US from 2027, no status. */
const OWN_METAL_PLANT = {
  A18: "Texas metal line",
  B18: "US",
  C18: "metal",
  D18: "5000",
  E18: "2027",
};

/** The scenario of the closing note's screenshot: a region of the analyst's own, delay 2, utilisation 0.8. */
const SCENARIO = {
  B5: "US+Japan+Korea",
  B7: "1500000",
  B13: "2",
  B14: "0.8",
  ...OWN_METAL_PLANT,
};

test("the records the hand computations rest on hold the figures used", () => {
  expect(data.meta.asOf).toBe("2026-12");
  expect(outputIn("mp-mountain-pass-mine", 2025)).toBe(MINE);
  expect(outputIn("mp-mountain-pass-separation", 2025)).toBe(
    US_NDPR_OXIDE_PLANT_T.mountainPass2025
  );
  expect(plant("efr-white-mesa-p1")).toMatchObject({
    value: US_NDPR_OXIDE_PLANT_T.whiteMesaPhase1,
    startYear: 2024,
    status: "operating",
  });
  expect(plant("noveon-san-marcos")).toMatchObject({
    value: MAGNET_PLANT_T.noveonSanMarcos,
    startYear: 2023,
    status: "operating",
  });
  expect(outputIn("evac-sumter", 2026)).toBe(MAGNET_PLANT_T.evacSumter2026Target);
  expect(plant("mp-independence")).toMatchObject({ status: "ramping" });
  expect(plant("mp-independence").output ?? []).toEqual([]);
  expect(data.demandIntensities.find((d) => d.id === "ev-motor")).toMatchObject({
    value: EV_MOTOR_KG_NDFEB,
    material: "NdFeB",
  });
  expect(
    data.indicators.find((i) => i.id === "ndpr-oxide-share-of-reo-mountain-pass")
  ).toMatchObject({ value: MOUNTAIN_PASS_NDPR_SHARE_OF_TREO, confidence: "medium" });
  const indicator = (id: string) => data.indicators.find((i) => i.id === id);
  expect(indicator("ndpr-share-of-ndfeb-mass")).toMatchObject({
    value: NDPR_SHARE_OF_NDFEB,
    low: 0.26,
    high: 0.31,
    confidence: "medium",
  });
  expect(indicator("ndpr-oxide-metal-factor")).toMatchObject({
    value: NDPR_METAL_PER_OXIDE,
    confidence: "medium",
  });
  expect(indicator("ree-share-of-ndfeb-mass")).toMatchObject({
    value: REE_SHARE_OF_NDFEB,
    confidence: "medium",
  });
});

test("the inputs sit where the formulas read them: base year, region, projects, delay, utilisation, case", () => {
  const sheet = independenceModelTemplate();
  const cell = (address: string) => sheet.cells.find((c) => c.address === address);
  for (const address of ["B5", "B10", "B12", "B13", "B14", "A33"])
    expect(cell(address)?.style).toBe("input");
  expect(["A17", "B17", "C17", "D17", "E17", "F17"].map((a) => cell(a)?.value)).toEqual([
    "Your own project",
    "Country",
    "Stage",
    "Capacity (t/yr)",
    "First year",
    "Status",
  ]);
  // The project rows start empty: input cells with nothing in them.
  for (const column of "ABCDEF")
    for (let row = 18; row <= 22; row++)
      expect(cell(`${column}${row}`)).toEqual({
        address: `${column}${row}`,
        value: "",
        style: "input",
      });
  // Every capacity and independence formula takes the projects range (header included) and the scenario.
  const pipeline = sheet.cells.filter((c) =>
    /RE\.(CAPACITY|INDEPENDENCEYEAR)\(/.test(c.formula ?? "")
  );
  expect(pipeline.length).toBeGreaterThanOrEqual(5 + 5 + 1 + 55);
  for (const c of pipeline) expect(c.formula).toContain("$B$9,$A$17:$F$22,$B$13,$B$14,$B$10");
  expect(cell("D33")?.formula).toBe(
    "=RE.INDEPENDENCEYEAR($B$5,A33,B33,$B$12,$B$8,$B$9,$A$17:$F$22,$B$13,$B$14,$B$10)"
  );
  expect(cell("A33")?.value).toBe("mining>separation>metal>magnet");
  expect(cell("I33")?.formula).toContain('RE.SOURCE("INDEPENDENCEYEAR",$B$5,A33,B33,');
});

test("the inputs have data validation: the functions' lists and bounds", () => {
  const validations = independenceModelTemplate().validations ?? [];
  const of = (range: string) => validations.find((v) => v.range === range);
  expect(of("B10")).toMatchObject({ kind: "list", values: ["low", "base", "high"] });
  expect(of("B5")).toMatchObject({
    kind: "list",
    values: expect.arrayContaining(["allied", "US"]),
  });
  expect(of("B9")).toMatchObject({
    kind: "list",
    values: expect.arrayContaining(["running", "committed", "planned", "operating"]),
  });
  expect(of("B12")).toMatchObject({ kind: "whole", min: 1900, max: 2200 });
  expect(of("B13")).toMatchObject({ kind: "whole", min: 0, max: 50 });
  expect(of("B14")).toMatchObject({ kind: "decimal", min: 0, max: 1 });
  expect(of("C18:C22")).toMatchObject({
    kind: "list",
    values: ["mining", "separation", "metal", "magnet", "recycling"],
  });
  expect(of("F18:F22")).toMatchObject({
    kind: "list",
    values: expect.arrayContaining(["planned"]),
  });
  expect(of("A33")).toMatchObject({
    kind: "list",
    values: expect.arrayContaining(["mining>separation>metal>magnet", "separation>metal>magnet"]),
  });
  // Excel takes a literal list of at most 255 characters; every message is a sentence.
  for (const v of validations) {
    if (v.kind === "list") expect(v.values.join(",").length).toBeLessThanOrEqual(255);
    expect(v.message).toMatch(/^[A-Z].*\.$/);
  }
});

describe("with its default inputs (allied, 5 million EV motors, 8 % growth, running, no delay, full utilisation)", () => {
  const workbook = model();

  test("today's values: the empty projects block adds nothing and zeroes nothing", () => {
    expect(numberAt(workbook, `D${ROW.mining}`)).toBe(MINE);
    expect(numberAt(workbook, `D${ROW.separation}`)).toBe(NDPR);
    expect(textAt(workbook, `D${ROW.metal}`)).toBe("#N/A");
    expect(messageAt(workbook, `D${ROW.metal}`)).toContain(
      "Independence metal, alloy and magnet plant"
    );
    expect(numberAt(workbook, `D${ROW.magnet}`)).toBe(MAGNETS);
    expect(textAt(workbook, `D${ROW.recycling}`)).toBe("#N/A");
    expect(numberAt(workbook, `B${ROW.magnet}`)).toBe((5_000_000 * EV_MOTOR_KG_NDFEB) / 1_000);
    expect(numberAt(workbook, `E${ROW.mining}`)).toBe(2026);
    expect(numberAt(workbook, `E${ROW.separation}`)).toBe(2026);
    // The mining row's ore demand uses the same cited NdPr share of TREO as the whole-chain year.
    expect(numberAt(workbook, `B${ROW.mining}`)).toBeCloseTo(
      (numberAt(workbook, `B${ROW.separation}`) ?? Number.NaN) / MOUNTAIN_PASS_NDPR_SHARE_OF_TREO,
      9
    );
    // 4,000 t/yr of magnets never reaches 7,000 t/yr growing at 8 % by the horizon (2029).
    expect(textAt(workbook, `E${ROW.magnet}`)).toBe("#N/A");
  });

  test("the same figures as the formulas without the projects and scenario arguments", () => {
    const sheet = workbook.addBlankSheet();
    const stages = ["mining", "separation", "magnet"];
    stages.forEach((stage, i) =>
      workbook.enter(sheet, { row: i, col: 0 }, `=RE.CAPACITY("allied","${stage}",2026)`)
    );
    stages.forEach((stage, i) =>
      expect(numberAt(workbook, `D${ROW[stage as keyof typeof ROW]}`)).toBe(
        workbook.numberAt(sheet, { row: i, col: 0 })
      )
    );
  });

  test("the whole chain is not independent by the horizon, and its message names metal as binding", () => {
    expect(numberAt(workbook, `B${ROW.chain}`)).toBe(7_000);
    expect(textAt(workbook, `D${ROW.chain}`)).toBe("#N/A");
    expect(messageAt(workbook, `D${ROW.chain}`)).toMatch(
      /Binding stage by year: 2026 metal & alloy \(no figure for 7,000 t\/yr\)/
    );
    // The binding-stage cell repeats the citation's answer: here its error.
    expect(textAt(workbook, `I${ROW.chain}`)).toBe("#N/A");
  });
});

describe("with a scenario: US+Japan+Korea, 1.5 million motors, delay 2, utilisation 0.8, one own metal plant", () => {
  const workbook = model();
  enter(workbook, SCENARIO);
  const u = 0.8;

  test("capacity in the base year: each counted record × 0.8; what ran by 2026 does not slip", () => {
    expect(numberAt(workbook, `D${ROW.mining}`)).toBeCloseTo(MINE * u, 9); // 40,553.6
    expect(numberAt(workbook, `D${ROW.separation}`)).toBeCloseTo(NDPR * u, 9); // 2,819.2
    expect(numberAt(workbook, `D${ROW.magnet}`)).toBeCloseTo(MAGNETS * u, 9); // 3,200
    // Japan's and Korea's makers publish no capacity: the union adds nothing countable, and says so.
    expect(textAt(workbook, `D${ROW.metal}`)).toBe("#N/A");
  });

  test("the own plant's first year 2027 moves by the delay to 2029, at 80 % of its 5,000 t/yr", () => {
    expect(textAt(workbook, capacityCell("D", 2028))).toBe("#N/A");
    expect(numberAt(workbook, capacityCell("D", 2029))).toBeCloseTo(5_000 * u, 9); // 4,000
    expect(numberAt(workbook, capacityCell("E", 2029))).toBeCloseTo(4_000 * u, 9);
  });

  test("independence years: demand 2,100 t NdFeB growing 8 %/yr against the scenario's capacity", () => {
    const demand = (1_500_000 * EV_MOTOR_KG_NDFEB) / 1_000; // 2,100 t NdFeB
    expect(numberAt(workbook, `B${ROW.metal}`)).toBeCloseTo(demand, 9);
    // Magnets: 3,200 >= 2,100 already in 2026.
    expect(numberAt(workbook, `E${ROW.magnet}`)).toBe(2026);
    // Metal: nothing until 2029, then 4,000 >= 2,100 × 1.08^3 = 2,645.4.
    expect(4_000).toBeGreaterThanOrEqual(demand * 1.08 ** 3);
    expect(numberAt(workbook, `E${ROW.metal}`)).toBe(2029);
    expect(numberAt(workbook, `E${ROW.separation}`)).toBe(2026);
  });

  test("the whole chain is independent in 2029, bound by metal until then and by magnets in 2029", () => {
    expect(numberAt(workbook, `D${ROW.chain}`)).toBe(2029);
    const binding = textAt(workbook, `I${ROW.chain}`);
    expect(binding).toMatch(
      /^Binding stage by year: 2026 metal & alloy \(no figure for 2,100 t\/yr\)/
    );
    expect(binding).toContain("2028 metal & alloy");
    // 2029: magnets 3,200 for 2,100 × 1.08^3 = 2,645.3952 are the lowest cover (metal 4,000 for the same);
    // the list shows whole tonnes.
    expect(binding).toMatch(/2029 magnet manufacturing \(3,200 t\/yr for 2,645 t\/yr\)$/);
  });

  test("a delay of d years moves the chain's year by d: 2027 without the delay", () => {
    const undelayed = model();
    enter(undelayed, { ...SCENARIO, B13: "0" });
    // 2027: metal 4,000 >= 2,268, magnets 3,200 >= 2,268, separation 2,819.2 >= its share.
    expect(numberAt(undelayed, `D${ROW.chain}`)).toBe(2027);
    expect(numberAt(undelayed, `E${ROW.metal}`)).toBe(2027);
  });

  test("the lead-time case: base is today's answer; a case the sources lack is #N/A saying so, never base", () => {
    const base = model();
    enter(base, { ...SCENARIO, B10: "base" });
    expect(numberAt(base, `D${ROW.chain}`)).toBe(2029);
    const high = model();
    enter(high, { ...SCENARIO, B10: "high" });
    // Running plants do not move: magnets keep 3,200 in 2026.
    expect(numberAt(high, `D${ROW.magnet}`)).toBeCloseTo(3_200, 9);
    // The metal lead-time record gives only a base case (3 years): the own metal plant cannot be moved by "high".
    expect(textAt(high, `E${ROW.metal}`)).toBe("#N/A");
    expect(textAt(high, `D${ROW.chain}`)).toBe("#N/A");
    expect(messageAt(high, `D${ROW.chain}`)).toMatch(/Metal & alloy lead time has no high case/);
  });

  test("the own plant in the block's last row counts the same: blank rows above it are ignored", () => {
    const lastRow = model();
    enter(lastRow, {
      ...SCENARIO,
      A18: "",
      B18: "",
      C18: "",
      D18: "",
      E18: "",
      A22: OWN_METAL_PLANT.A18,
      B22: OWN_METAL_PLANT.B18,
      C22: OWN_METAL_PLANT.C18,
      D22: OWN_METAL_PLANT.D18,
      E22: OWN_METAL_PLANT.E18,
    });
    expect(numberAt(lastRow, capacityCell("D", 2029))).toBeCloseTo(4_000, 9);
    expect(numberAt(lastRow, `D${ROW.chain}`)).toBe(2029);
  });

  test("the capacity citation lists the own plant as the analyst's, graded low", () => {
    expect(textAt(workbook, capacityCell("D", 2029))).toBe("4,000");
    const sheet = workbook.addBlankSheet();
    workbook.enter(
      sheet,
      { row: 0, col: 0 },
      `=RE.SOURCE("CAPACITY","US","metal",2029,"running",'${SHEET}'!A17:F22,2,0.8)`
    );
    const text = workbook.textAt(sheet, { row: 0, col: 0 });
    expect(text).toContain("Texas metal line");
    expect(text).toMatch(/confidence low/);
  });
});

describe("one quantity, one value: the summary's demand by stage is the whole chain's (the scenario)", () => {
  const workbook = model();
  enter(workbook, SCENARIO);
  const magnets = (1_500_000 * EV_MOTOR_KG_NDFEB) / 1_000; // 2,100 t NdFeB
  /** The chain's citation, with the arguments of the template's own whole-chain formula. */
  const chainCitation = () => {
    const formula = workbook.inputOf(SHEET, at(`D${ROW.chain}`));
    const sheet = workbook.addBlankSheet();
    workbook.enter(
      sheet,
      { row: 0, col: 0 },
      formula
        .replace("RE.INDEPENDENCEYEAR(", 'RE.SOURCE("INDEPENDENCEYEAR",')
        .replace(/(\$?[A-I]\$?\d+)/g, `'${SHEET}'!$1`)
    );
    return workbook.textAt(sheet, { row: 0, col: 0 });
  };
  const chainDemand = (citation: string, stage: string, product: string) => {
    const found = new RegExp(`Chain demand at ${stage}: ([\\d,.]+) t/yr ${product} in 2026`).exec(
      citation
    );
    if (!found) throw new Error(`no chain demand at ${stage} in: ${citation}`);
    return Number(found[1].replace(/,/g, ""));
  };

  test("separation: 2,100 t NdFeB × 0.285 Nd + Pr ÷ 0.85 t metal per t oxide = 704.1 t NdPr oxide, the chain's figure", () => {
    const separation = numberAt(workbook, `B${ROW.separation}`) ?? Number.NaN;
    expect(separation).toBeCloseTo((magnets * NDPR_SHARE_OF_NDFEB) / NDPR_METAL_PER_OXIDE, 9);
    const citation = chainCitation();
    // The citation writes its figures to 4 decimals.
    expect(chainDemand(citation, "separation / refining", "NdPr oxide")).toBeCloseTo(separation, 3);
    expect(chainDemand(citation, "mining", "REO")).toBeCloseTo(
      numberAt(workbook, `B${ROW.mining}`) ?? Number.NaN,
      3
    );
  });

  test("RE.CONVERT from NdFeB to NdPr oxide agrees with the row and the chain: the magnets' Nd + Pr, 704.1 t, not all their rare earths", () => {
    const sheet = workbook.addBlankSheet();
    workbook.enter(sheet, { row: 0, col: 0 }, `=RE.CONVERT(${magnets},"NdFeB","oxide","NdPr")`);
    const converted = workbook.numberAt(sheet, { row: 0, col: 0 }) ?? Number.NaN;
    expect(converted).toBeCloseTo(numberAt(workbook, `B${ROW.separation}`) ?? Number.NaN, 9);
    expect(converted).not.toBeCloseTo((magnets * REE_SHARE_OF_NDFEB) / NDPR_METAL_PER_OXIDE, 1);
  });

  test("the mining row's NdPr share starts as the dataset's cited figure, the one the chain uses", () => {
    expect(numberAt(workbook, "B11")).toBe(MOUNTAIN_PASS_NDPR_SHARE_OF_TREO);
    expect(textAt(workbook, "C11")).toMatch(/row 33\) always uses the cited Mountain Pass share/);
  });
});

describe("layout: the chart on the printed page, over no cell", () => {
  const sheet = independenceModelTemplate();
  const chart = sheet.charts![0];
  const widths = sheet.columnWidths!;
  const points = (col: number) => columnPoints(widths[String.fromCharCode(65 + col)] ?? Number.NaN);

  test("its size is the template's own, and it lies in the print area from the demand block's caption to its last year", () => {
    expect(chart.size).toBeDefined();
    const size = chartPoints(chart);
    const from = parseCell(chart.anchor)!;
    let col = from.col;
    for (let left = size.width; left > points(col) + 1e-9; col++) left -= points(col);
    const rows = Math.ceil(size.height / ROW_POINTS - 1e-9);
    const covered = { row: from.row, col: from.col, rows, cols: col - from.col + 1 };
    expect(contains(parseA1(sheet.print!.area), covered)).toBe(true);
    // Page 2 starts with it, and it ends with the demand block (11 years from row 37).
    expect(sheet.print!.pageBreaksBefore).toEqual([from.row + 1]);
    expect(from.row + rows).toBe(blocks.demand + 11);
    const underneath = sheet.cells.filter((c) => {
      const ref = parseCell(c.address)!;
      const inside = contains(covered, { ...ref, rows: 1, cols: 1 });
      return inside && (c.formula !== undefined || (c.value !== undefined && c.value !== ""));
    });
    expect(underneath.map((c) => c.address)).toEqual([]);
  });
});
