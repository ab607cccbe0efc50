/**
 * HyperFormula rounds results to about 11 significant digits (its `precisionRounding`), so numbers are
 * compared to 9 decimals.
 *
 * Whole workbooks of =RE.* formulas evaluated by a real spreadsheet engine (HyperFormula, GPL-3.0, a dev
 * dependency only), beside native formulas: RE results feeding native ones and the reverse, ranges,
 * spills, errors and IFERROR. The RE functions are the very implementations Excel runs, registered
 * through preview/hyperformula-plugin.ts. Expected values are worked out by hand from the cited records.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { refreshReFormulas, registerReFunctions } from "../../preview/hyperformula-plugin";
import dataset from "../../src/data/dataset.json";
import { datasetFingerprint } from "../../src/data/fingerprint";
import { activateDataset, resetToEmbedded } from "../../src/data/store";
import { parseDataset } from "../../src/data/validate";
import { SPECS } from "../../src/functions/specs";
import {
  MINE_T_REO,
  LEAD_TIME_ANY_YEARS,
  STAGE_ID_NAME_ROWS,
  US_MAGNETS_RUNNING_T,
} from "../_support/expected";

/** China's share of world mine production, 2024 (USGS MCS 2026). */
const CN_MINING_2024 = MINE_T_REO.mcs2026[2024].CN / MINE_T_REO.mcs2026[2024].WORLD;

registerReFunctions(HyperFormula);

type Sheet = RawCellContent[][];

function workbook(sheets: Record<string, Sheet>, arrays = false): HyperFormula {
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", useArrayArithmetic: arrays });
}

/** The value of one cell given as "Sheet!A1". */
function valueAt(hf: HyperFormula, address: string): unknown {
  const cell = hf.simpleCellAddressFromString(address, 0);
  if (!cell) throw new Error(`bad address ${address}`);
  return hf.getCellValue(cell);
}

function expectCellError(value: unknown, code: string, message?: RegExp): void {
  expect(value).toBeInstanceOf(DetailedCellError);
  const error = value as DetailedCellError;
  expect(error.value).toBe(code);
  expect(error.message.length).toBeGreaterThan(0);
  if (message) expect(error.message).toMatch(message);
}

describe("RE results feed native formulas", () => {
  const hf = workbook({
    Model: [
      ['=ROUND(RE.SHARE("China","mining",2024)*100,1)'],
      ['=RE.CAPACITY("US","magnet",2028)-RE.DEMAND("EV motor",2000000)'],
      ['=IF(RE.HHI("refining",2023)>1800,"highly concentrated","not")'],
      ['=ROUND(RE.DEPENDENCY("separation","China","US")*100,0)&"%"'],
      [
        '=SUM(RE.LEADTIME("mining"),RE.LEADTIME("separation"),RE.LEADTIME("metal"),RE.LEADTIME("magnet"))',
      ],
      ['=RE.LEADTIME("mining>separation>metal>magnet")'],
    ],
  });

  test("rounding a share to a percentage", () => {
    // USGS MCS 2026: China 270,000 of 380,000 t REO in 2024 = 71.05…%
    expect(valueAt(hf, "Model!A1")).toBe(Math.round(CN_MINING_2024 * 100 * 10) / 10);
    expect(valueAt(hf, "Model!A1")).toBe(71.1);
  });

  test("capacity minus demand", () => {
    // US NdFeB capacity running in 2028 (capacity table): Noveon 2,000 + eVAC's 2,000 t/yr ramp target;
    // 2,000,000 EV motors × 1.4 kg NdFeB (MP Materials / Neo) × 30% rare-earth content (the default material) = 840 t
    expect(valueAt(hf, "Model!A2")).toBeCloseTo(
      US_MAGNETS_RUNNING_T[2026] - ((2000000 * 1.4) / 1000) * 0.3,
      9
    );
  });

  test("classing an HHI by the DOJ threshold", () => {
    // IEA GCMO 2024 refining shares 2023: 92² + 5² + 1² = 8,490 > 1,800 (DOJ/FTC 2023)
    expect(valueAt(hf, "Model!A3")).toBe("highly concentrated");
  });

  test("a dependency as a percentage text", () => {
    // USGS MCS 2026: 67% net import reliance (2025) × 71% of imports from China (2021–24) = 48%
    expect(valueAt(hf, "Model!A4")).toBe("48%");
  });

  test("a chain's lead time equals the sum of its stages", () => {
    // base cases: mining 15.7, separation 5, metal 3, magnet 2 years
    expect(valueAt(hf, "Model!A5")).toBeCloseTo(
      LEAD_TIME_ANY_YEARS.mining.base +
        LEAD_TIME_ANY_YEARS.separation.base +
        LEAD_TIME_ANY_YEARS.metal.base +
        LEAD_TIME_ANY_YEARS.magnet.base,
      9
    );
    expect(valueAt(hf, "Model!A6")).toBeCloseTo(valueAt(hf, "Model!A5") as number, 12);
  });
});

describe("native results feed RE formulas", () => {
  const hf = workbook({
    Inputs: [
      ["separation", 2025, "china", "MINING", null, 8000, 0.05],
      ['=LOWER("Refining")', "=DATE(2025,6,30)", '=CONCATENATE("Nd","Pr")', "=2020+4"],
    ],
    Model: [
      ['=RE.ONLINEYEAR("separation", YEAR(DATE(2026,1,1)))'],
      ["=RE.ONLINEYEAR(Inputs!A1, Inputs!B1)"],
      ["=RE.SHARE(Inputs!C1, Inputs!D1, Inputs!D2)"],
      ["=RE.LEADTIME(Inputs!A2)"],
      ['=RE.PRICE(Inputs!C2, "oxide", Inputs!B2)'],
      ['=RE.INDEPENDENCEYEAR("US", "magnet", Inputs!F1, Inputs!B1, Inputs!G1, "planned")'],
      ['=RE.LEADTIME("mining", Inputs!E1)'],
    ],
  });

  test("a year computed by native date functions", () => {
    // 2026 + separation base lead time 5 years
    expect(valueAt(hf, "Model!A1")).toBe(2026 + LEAD_TIME_ANY_YEARS.separation.base);
    expect(valueAt(hf, "Model!A2")).toBe(2025 + LEAD_TIME_ANY_YEARS.separation.base);
  });

  test("keywords and years from cells, in any case", () => {
    // USGS MCS 2026: China 270,000 of 380,000 t REO in 2024
    expect(valueAt(hf, "Model!A3")).toBeCloseTo(CN_MINING_2024, 9);
    expect(valueAt(hf, "Model!A4")).toBe(LEAD_TIME_ANY_YEARS.separation.base);
  });

  test("an Excel date from DATE() is a date argument", () => {
    // Lynas's China domestic (VAT excluded) NdPr average for June 2025, the latest China quote by 2025-06-30
    expect(valueAt(hf, "Model!A5")).toBe(55);
  });

  test("growth from a cell", () => {
    // US magnet capacity with planned plants: 4,600 t/yr in 2026, 14,600 in 2027; demand 8,000 × 1.05^(Y − 2025)
    // from the base year in a cell: 2026 needs 8,400 > 4,600; 2027 needs 8,820 ≤ 14,600
    expect(8000 * 1.05).toBeGreaterThan(4600);
    expect(8000 * 1.05 ** 2).toBeLessThan(14600);
    expect(valueAt(hf, "Model!A6")).toBe(2027);
  });

  test("an empty cell is a blank argument: the default applies", () => {
    // mining, scope any, base case: 15.7 years (S&P Global 2023)
    expect(valueAt(hf, "Model!A7")).toBe(LEAD_TIME_ANY_YEARS.mining.base);
  });

  test("changing an input recalculates the RE formula", () => {
    hf.setCellContents(hf.simpleCellAddressFromString("Inputs!B1", 0)!, 2030);
    expect(valueAt(hf, "Model!A2")).toBe(2030 + LEAD_TIME_ANY_YEARS.separation.base);
  });
});

describe("ranges", () => {
  const hf = workbook({
    Scores: [
      [3, 2, 4, 1, 5, 0],
      [2, 1, 1, 1, 1, 0],
      [3],
      [2],
      [4],
      [1],
      [5],
      [0],
      ["=RE.GAPSCORE(A1:F1)"],
      ["=RE.GAPSCORE(A3:A8)"],
      ["=RE.GAPSCORE(A1:F1, A2:F2, 10)"],
      ["=RE.GAPSCORE(A1:C2)"],
      ["=RE.GAPSCORE(A1:E1)"],
      ['=RE.SOURCE("GAPSCORE", A1:F1)'],
      ['=RE.TABLE("stages", B20:B21)'],
      [null, "id"],
      [null, "name"],
    ],
  });

  test("six scores in a row or in a column", () => {
    // openness 1 − s/5 of 3,2,4,1,5,0 = 0.4 + 0.6 + 0.2 + 0.8 + 0 + 1 = 3 of 6 → 50
    expect(valueAt(hf, "Scores!A9")).toBeCloseTo((100 * 3) / 6, 10);
    expect(valueAt(hf, "Scores!A10")).toBeCloseTo(50, 10);
  });

  test("weights from a second range and a scale of 10", () => {
    // openness on 0-10: 0.7, 0.8, 0.6, 0.9, 0.5, 1; weights 2,1,1,1,1,0 → (1.4 + 0.8 + 0.6 + 0.9 + 0.5) / 6
    expect(valueAt(hf, "Scores!A11")).toBeCloseTo(
      (100 * (2 * 0.7 + 0.8 + 0.6 + 0.9 + 0.5)) / 6,
      10
    );
  });

  test("a block of cells, or five scores, is #VALUE! saying what is wanted", () => {
    expectCellError(valueAt(hf, "Scores!A12"), "#VALUE!", /one row or one column; got a 2×3 range/);
    expectCellError(valueAt(hf, "Scores!A13"), "#VALUE!", /exactly 6/);
  });

  test("RE.SOURCE forwards a range whole", () => {
    expect(valueAt(hf, "Scores!A14")).toMatch(/^Gap score, with the gaps' default weights/);
  });
});

describe("spills", () => {
  const hf = workbook({
    Gaps: [
      ["=RE.GAPS()"],
      [],
      [],
      [],
      [],
      [],
      [],
      ["=SUM(C2:C7)", '=COUNTIF(A2:A7,"*capital*")', "=A2"],
    ],
    Stages: [
      ['=RE.TABLE("stages", "id, name")'],
      [],
      [],
      [],
      [],
      [],
      ['=INDEX(A1:B6, MATCH("magnet", A1:A6, 0), 2)'],
    ],
    Blocked: [["=RE.GAPS()"], [null, "in the way"]],
  });

  test("RE.GAPS() spills a 7 × 4 table that native formulas can read", () => {
    expect(valueAt(hf, "Gaps!A1")).toBe("Gap");
    expect(valueAt(hf, "Gaps!D1")).toBe("Source");
    // gaps table (seed analysis): first "Allied supply coordination", last "Equity capital", weights 1 each
    expect(valueAt(hf, "Gaps!A2")).toBe("Allied supply coordination");
    expect(valueAt(hf, "Gaps!A7")).toBe("Equity capital");
    expect(valueAt(hf, "Gaps!A8")).toBe(1 + 1 + 1 + 1 + 1 + 1);
    expect(valueAt(hf, "Gaps!B8")).toBe(1);
    expect(valueAt(hf, "Gaps!C8")).toBe("Allied supply coordination");
  });

  test('RE.TABLE("stages", ...) spills and INDEX/MATCH reads it', () => {
    expect(hf.getSheetValues(hf.getSheetId("Stages")!).slice(0, 6)).toEqual(STAGE_ID_NAME_ROWS);
    expect(valueAt(hf, "Stages!A7")).toBe("Magnet manufacturing");
  });

  test("a spill blocked by a value is #SPILL!, as in Excel", () => {
    expect((valueAt(hf, "Blocked!A1") as DetailedCellError).value).toBe("#SPILL!");
  });

  test("a TABLE error does not spill: one #VALUE! cell with the message", () => {
    const errors = workbook({ S: [['=RE.TABLE("nosuch")']] });
    expectCellError(valueAt(errors, "S!A1"), "#VALUE!", /Unknown table "nosuch"/);
  });
});

describe("errors carry their code and message, and IFERROR catches them", () => {
  const hf = workbook({
    E: [
      ['=RE.LEADTIME("smelting")'],
      ['=RE.SHARE("Vietnam","separation",2024)'],
      ['=RE.ONLINEYEAR("separation",1200)'],
      ['=IFERROR(RE.SHARE("Vietnam","separation",2024),0)'],
      ['=IFERROR(RE.LEADTIME("smelting"),"check the stage")'],
      ['=ISNA(RE.SHARE("Vietnam","separation",2024))'],
      ['=RE.SHARE(NA(),"mining",2024)'],
      ["=RE.GAPSCORE(B8:G8)", 3, "=1/0", 4, 1, 5, 0],
      ['=RE.SOURCE("SHARE","Vietnam","separation",2024)'],
      ['=RE.DEMAND("EV motor","many")'],
      ['=RE.ELEMENT("Nd","chinaGroup")'],
      ['=IFNA(RE.ELEMENT("Nd","chinaGroup"),"none given")'],
      ['=RE.SHARE("China","mining",2024,"observed",1)'],
    ],
  });

  test("#VALUE! for an unknown keyword, listing the accepted values", () =>
    expectCellError(
      valueAt(hf, "E!A1"),
      "#VALUE!",
      /Use one of: mining, separation, metal, magnet, recycling/
    ));

  test("#N/A when the data has no value, saying what it has", () =>
    expectCellError(valueAt(hf, "E!A2"), "#N/A", /No share for Vietnam at separation in 2024/));

  test("#NUM! for an impossible number", () =>
    expectCellError(valueAt(hf, "E!A3"), "#NUM!", /start_year must be between 1900 and 2200/));

  test("IFERROR, IFNA and ISNA work on RE errors", () => {
    expect(valueAt(hf, "E!A4")).toBe(0);
    expect(valueAt(hf, "E!A5")).toBe("check the stage");
    expect(valueAt(hf, "E!A6")).toBe(true);
    expect(valueAt(hf, "E!A12")).toBe("none given");
  });

  test("incoming errors pass through, from a scalar or from inside a range", () => {
    expect((valueAt(hf, "E!A7") as DetailedCellError).value).toBe("#N/A");
    expect((valueAt(hf, "E!A8") as DetailedCellError).value).toBe("#DIV/0!");
  });

  test("RE.SOURCE returns the cited function's own error", () => {
    const direct = valueAt(hf, "E!A2") as DetailedCellError;
    const cited = valueAt(hf, "E!A9") as DetailedCellError;
    expect(cited.value).toBe("#N/A");
    expect(cited.message).toBe(direct.message);
  });

  test("wrong type and an element without the field", () => {
    expectCellError(valueAt(hf, "E!A10"), "#VALUE!", /units must be a number; got text "many"/);
    expectCellError(valueAt(hf, "E!A11"), "#N/A", /chinaGroup/);
  });

  test("too many arguments is the engine's own #N/A, as Excel refuses the formula", () => {
    expect((valueAt(hf, "E!A13") as DetailedCellError).value).toBe("#N/A");
  });
});

describe("a scalar parameter given a range is computed per cell and spills, as dynamic-array Excel lifts it", () => {
  // HyperFormula lifts functions over ranges in its array-arithmetic mode (Excel 365's behaviour).
  const hf = workbook(
    {
      L: [["China", '=RE.SHARE(A1:A3, "mining", 2024)'], ["United States"], ["Australia"]],
    },
    true
  );

  test("three countries' shares", () => {
    // USGS MCS 2026, t REO 2024 of a world 380,000: China 270,000; United States 45,500; Australia 29,000
    const t = MINE_T_REO.mcs2026[2024];
    expect(valueAt(hf, "L!B1")).toBeCloseTo(t.CN / t.WORLD, 9);
    expect(valueAt(hf, "L!B2")).toBeCloseTo(t.US / t.WORLD, 9);
    expect(valueAt(hf, "L!B3")).toBeCloseTo(t.AU / t.WORLD, 9);
  });
});

describe("the catalogue's examples give the results they state", () => {
  test.each(SPECS.map((s) => [s.example.formula, s] as const))("%s", (formula, spec) => {
    const hf = workbook({ X: [[formula]] });
    const value = valueAt(hf, "X!A1");
    if (spec.example.value !== undefined) {
      if (typeof spec.example.value === "number") expect(value).toBeCloseTo(spec.example.value, 9);
      else expect(value).toBe(spec.example.value);
    } else {
      expect(value).not.toBeInstanceOf(DetailedCellError);
      if (spec.returns !== "matrix")
        expect(String(value)).toContain(spec.example.shows.replace(/\s*….*$/, ""));
    }
  });
});

describe("a newly activated dataset", () => {
  afterEach(() => resetToEmbedded());

  test("answers after refreshReFormulas: spills re-sized, dependents recalculated", () => {
    const hf = workbook({
      D: [["=RE.DATASET()", '=RE.TABLE("prices", "product")', "=COUNTA(B1:B500)"]], // the prices table has 140 records since dataset 2.0.0,
    });
    const prices = dataset.prices.length;
    expect(valueAt(hf, `D!B${prices + 1}`)).toBe(dataset.prices[prices - 1].product);
    expect(valueAt(hf, "D!C1")).toBe(1 + prices);

    const copy = JSON.parse(JSON.stringify(dataset));
    copy.meta.version = "9.9.9";
    copy.prices.pop();
    const parsed = parseDataset(copy);
    if (!parsed.ok) throw new Error(parsed.issues.join("\n"));
    activateDataset(
      parsed.dataset,
      { kind: "url", url: "https://example.org/dataset.json" },
      datasetFingerprint(parsed.dataset)
    );
    refreshReFormulas(hf);

    expect(valueAt(hf, "D!A1")).toBe("9.9.9");
    expect(valueAt(hf, `D!B${prices}`)).toBe(dataset.prices[prices - 2].product);
    expect(valueAt(hf, `D!B${prices + 1}`)).toBeNull();
    expect(valueAt(hf, "D!C1")).toBe(prices);
  });
});
