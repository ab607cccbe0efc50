/**
 * Groups in RE.SHARE and RE.DEPENDENCY, RE.STOCKCOVER, RE.INDICATOR and RE.HISTORY's one-series rule in a
 * real spreadsheet engine (HyperFormula), each checked against the sum of its parts in native formulas or
 * against values worked out by hand from the cited records of the embedded dataset: USGS MCS 2026 mine
 * production 2024 (US 45,500, Australia 29,000, China 270,000, world 380,000 t REO), US net import reliance
 * 2025 67% and import sources 2021–24 (China 71%, Malaysia 13%), the stockpiles table (IREL 500 t NdPr
 * oxide; US National Defense Stockpile FY2025 potential acquisitions 300 t NdPr oxide, 450 t NdFeB block).
 * HyperFormula keeps 11 significant digits, so values are compared to 9 decimals.
 */
import { DetailedCellError, type HyperFormula } from "hyperformula";
import { valueAt, workbook } from "../_support/model-workbook";
import {
  MINE_T_REO,
  STOCK_T,
  US_IMPORT_SOURCE,
  US_NET_IMPORT_RELIANCE,
} from "../_support/expected";

function errorAt(hf: HyperFormula, address: string): DetailedCellError {
  const value = valueAt(hf, address);
  expect(value).toBeInstanceOf(DetailedCellError);
  return value as DetailedCellError;
}

describe("a group in RE.SHARE equals the sum of its parts", () => {
  const hf = workbook([
    [
      '=RE.SHARE("US+Australia","mining",2024)',
      '=RE.SHARE("US","mining",2024)+RE.SHARE("Australia","mining",2024)',
      "=A1-B1",
      "=(45500+29000)/380000",
    ],
    ['=RE.SHARE("non-China","mining",2024)', '=1-RE.SHARE("China","mining",2024)'],
    ['=RE.SHARE("Quad","mining",2025)'],
    ['=RE.SOURCE("SHARE","US+Australia","mining",2024)'],
  ]);

  test("US + Australia 2024 = 45,500 / 380,000 + 29,000 / 380,000 = 0.1961", () => {
    expect(valueAt(hf, "A1")).toBeCloseTo(
      (MINE_T_REO.mcs2026[2024].US + MINE_T_REO.mcs2026[2024].AU) / MINE_T_REO.mcs2026[2024].WORLD,
      9
    );
    expect(valueAt(hf, "C1")).toBeCloseTo(0, 9);
    expect(valueAt(hf, "A1")).toBeCloseTo(valueAt(hf, "D1") as number, 9);
  });

  test("non-China = 1 − China (110,000 / 380,000)", () => {
    expect(valueAt(hf, "A2")).toBeCloseTo(
      (MINE_T_REO.mcs2026[2024].WORLD - MINE_T_REO.mcs2026[2024].CN) /
        MINE_T_REO.mcs2026[2024].WORLD,
      9
    );
    expect(valueAt(hf, "A2")).toBeCloseTo(valueAt(hf, "B2") as number, 9);
  });

  test("a member without a figure is #N/A naming it, never 0", () => {
    const error = errorAt(hf, "A3");
    expect(error.value).toBe("#N/A");
    expect(error.message).toContain("Japan");
  });

  test("RE.SOURCE names the members and cites their records", () => {
    const text = String(valueAt(hf, "A4"));
    expect(text).toContain("United States, Australia");
    expect(text).toContain("U.S. Geological Survey, Mineral Commodity Summaries 2026");
  });
});

describe("a supplier group in RE.DEPENDENCY equals the sum of its parts", () => {
  const hf = workbook([
    [
      '=RE.DEPENDENCY("separation","China+Malaysia","US")',
      '=RE.DEPENDENCY("separation","China","US")+RE.DEPENDENCY("separation","Malaysia","US")',
      "=0.67*(0.71+0.13)",
    ],
    ['=RE.DEPENDENCY("separation","China","US+Japan")'],
    ['=RE.DEPENDENCY("mining","China","US")'],
  ]);

  test("China + Malaysia = 67% × (71% + 13%) = 0.5628", () => {
    expect(valueAt(hf, "A1")).toBeCloseTo(
      US_NET_IMPORT_RELIANCE[2025] * (US_IMPORT_SOURCE.CN + US_IMPORT_SOURCE.MY),
      9
    );
    expect(valueAt(hf, "A1")).toBeCloseTo(valueAt(hf, "B1") as number, 9);
    expect(valueAt(hf, "A1")).toBeCloseTo(valueAt(hf, "C1") as number, 9);
  });

  test("a consumer group is #N/A with its reason; US mining is a cited 0 (net exporter)", () => {
    expect(errorAt(hf, "A2").message).toContain("combined net import reliance");
    expect(valueAt(hf, "A3")).toBe(0);
  });
});

describe("RE.STOCKCOVER = stock ÷ demand × 365", () => {
  const hf = workbook([
    [1000, '=RE.STOCKCOVER("India","NdPr oxide",A1)', "=500/A1*365"],
    [1000, '=RE.STOCKCOVER("US","NdPr oxide",A2,"days","potential acquisitions")', "=300/A2*365"],
    [
      900,
      '=RE.STOCKCOVER("US","NdFeB magnet block",A3,"years","potential acquisitions")',
      "=450/A3",
    ],
    [1000, '=RE.STOCKCOVER("US","NdPr oxide",A4)'],
    [1000, '=RE.SOURCE("STOCKCOVER","US","NdPr oxide",A5,"days","potential acquisitions")'],
    [0, '=RE.STOCKCOVER("India","NdPr oxide",A6)'],
  ]);

  test("IREL 500 t ÷ 1,000 t/yr × 365 = 182.5 days; NDS 300 t = 109.5 days; 450 t ÷ 900 t/yr = 0.5 years", () => {
    expect(valueAt(hf, "B1")).toBe((STOCK_T.irelNdprOxide / 1000) * 365);
    expect(valueAt(hf, "B1")).toBe(valueAt(hf, "C1"));
    expect(valueAt(hf, "B2")).toBeCloseTo((STOCK_T.ndsFy2025.ndprOxide / 1000) * 365, 9);
    expect(valueAt(hf, "B2")).toBeCloseTo(valueAt(hf, "C2") as number, 9);
    expect(valueAt(hf, "B3")).toBeCloseTo(STOCK_T.ndsFy2025.ndfebBlock / 900, 9);
    expect(valueAt(hf, "B3")).toBeCloseTo(valueAt(hf, "C3") as number, 9);
  });

  test("unpublished holdings are #N/A; RE.SOURCE says potential acquisitions are not a stock held", () => {
    const error = errorAt(hf, "B4");
    expect(error.value).toBe("#N/A");
    expect(error.message).toContain("not published");
    expect(String(valueAt(hf, "B5"))).toContain("not purchases made or stock held");
    expect(errorAt(hf, "B6").value).toBe("#NUM!");
  });
});

describe("RE.HISTORY keeps one series; RE.INDICATOR's series have histories", () => {
  const hf = workbook([
    ['=RE.HISTORY("HHI","mining")', null, null, '=RE.SOURCE("HISTORY","HHI","mining")'],
    [],
    [],
    [],
    ['=RE.HISTORY("INDICATOR","net import reliance","US")'],
    [],
    [],
    [],
    [],
    [],
    [],
    ['=RE.HISTORY("INDICATOR","production","China",,"mining")'],
  ]);

  test("the HHI of mining is USGS production only: 2023-2025, the 2020 BIS-share row left out and named", () => {
    expect(valueAt(hf, "A2")).toBe(2023);
    expect(valueAt(hf, "A3")).toBe(2024);
    expect(valueAt(hf, "A4")).toBe(2025);
    // 2024: USGS MCS 2026 shares of 380,000 t; the index is Σ (share in %)² over the listed producers
    // (CA, GL, ZA and TZ are listed at 0 and add nothing)
    const { WORLD, ...listed } = MINE_T_REO.mcs2026[2024];
    const hhi2024 = Object.values(listed).reduce((sum, t) => sum + ((t / WORLD) * 100) ** 2, 0);
    expect(valueAt(hf, "B3")).toBeCloseTo(hhi2024, 6);
    expect(String(valueAt(hf, "D1"))).toContain("2020 (REE mined (BIS finding))");
  });

  test("US net import reliance 2020-2025 (USGS): 1, 0.95, 0.95, 0.9, 0.53, 0.67", () => {
    const years = [2020, 2021, 2022, 2023, 2024, 2025];
    years.forEach((year, i) => {
      expect(valueAt(hf, `A${6 + i}`)).toBe(year);
      expect(valueAt(hf, `B${6 + i}`)).toBe(
        US_NET_IMPORT_RELIANCE[year as keyof typeof US_NET_IMPORT_RELIANCE]
      );
    });
  });

  test("China's mine production 2022-2025, each year from the latest USGS edition", () => {
    expect([13, 14, 15, 16].map((r) => valueAt(hf, `B${r}`))).toEqual([
      MINE_T_REO.mcs2024[2022].CN,
      MINE_T_REO.mcs2025[2023].CN,
      MINE_T_REO.mcs2026[2024].CN,
      MINE_T_REO.mcs2026[2025].CN,
    ]);
  });
});
