/**
 * The modelling kit in a real spreadsheet engine (HyperFormula): RE.HISTORY, the analyst's own regions
 * and own projects, each checked against values worked out by hand from the cited records of the
 * embedded dataset (capacity records noveon-san-marcos 2,000 t/yr NdFeB operating from 2023,
 * evac-sumter ramping with a sourced 2026 target of 2,000, shinetsu-smmv in Vietnam 2,200 operating from
 * 2016; USGS MCS 2026 mine production).
 */
import { DetailedCellError } from "hyperformula";
import {
  MAGNET_PLANT_T,
  MINE_T_REO,
  NDPR_OXIDE_US_USD_KG,
  US_MAGNETS_RUNNING_T,
} from "../_support/expected";
import { block, valueAt, workbook } from "../_support/model-workbook";

describe("RE.HISTORY spills a BDH-style table", () => {
  const hf = workbook([
    ['=RE.HISTORY("SHARE","China","mining")'],
    [],
    [],
    [],
    [],
    ['=RE.HISTORY("CAPACITY","US","magnet")'],
    [],
    [],
    [],
    [],
    [],
    ['=RE.HISTORY("PRICE","NdPr","oxide",,"US")'],
    [],
    [],
    [],
    [],
    [],
    [],
    ['=RE.SOURCE("HISTORY","SHARE","China","mining")'],
    ['=RE.HISTORY("LEADTIME","mining")'],
    ['=RE.HISTORY("SHARE","China","mining",2024)'],
  ]);

  test("China's mining share, one USGS row per year, ascending, with its sources", () => {
    // USGS MCS 2025 (2023, as corrected): 255,000 / 376,000; MCS 2026: 270,000 / 380,000 (2024), 270,000 / 390,000 (2025)
    expect(block(hf, "A1", 4, 3)).toEqual([
      ["year", "RE.SHARE", "source"],
      [
        2023,
        expect.closeTo(MINE_T_REO.mcs2025[2023].CN / MINE_T_REO.mcs2025[2023].WORLD, 9),
        "USGS-MCS25, Corrections-2026-12",
      ],
      [
        2024,
        expect.closeTo(MINE_T_REO.mcs2026[2024].CN / MINE_T_REO.mcs2026[2024].WORLD, 9),
        "USGS-MCS26",
      ],
      [
        2025,
        expect.closeTo(MINE_T_REO.mcs2026[2025].CN / MINE_T_REO.mcs2026[2025].WORLD, 9),
        "USGS-MCS26",
      ],
    ]);
    expect(valueAt(hf, "A5")).toBeNull();
  });

  test("a given year is the history's last period", () => {
    expect(block(hf, "A21", 3, 1)).toEqual([["year"], [2023], [2024]]);
  });

  test("US magnet capacity by year: Noveon from 2023, eVAC's sourced 2026 target added", () => {
    expect(block(hf, "A6", 5, 2)).toEqual([
      ["year", "RE.CAPACITY"],
      [2023, MAGNET_PLANT_T.noveonSanMarcos],
      [2024, MAGNET_PLANT_T.noveonSanMarcos],
      [2025, US_MAGNETS_RUNNING_T[2025]],
      [2026, US_MAGNETS_RUNNING_T[2026]],
    ]);
  });

  test("one market per history: the US (USGS/Argus) averages, 2021-2025", () => {
    expect(block(hf, "A12", 6, 2)).toEqual([
      ["date", "RE.PRICE"],
      ["2021", NDPR_OXIDE_US_USD_KG[2021]],
      ["2022", NDPR_OXIDE_US_USD_KG[2022]],
      ["2023", NDPR_OXIDE_US_USD_KG[2023]],
      ["2024", NDPR_OXIDE_US_USD_KG[2024]],
      ["2025", NDPR_OXIDE_US_USD_KG[2025]],
    ]);
  });

  test("RE.SOURCE cites every row, labelled with its period", () => {
    const text = valueAt(hf, "A19") as string;
    for (const year of [2023, 2024, 2025])
      expect(text).toContain(`${year}: China, mining output ${year}`);
  });

  test("a function without a year or date is #VALUE! naming those that have one", () => {
    const error = valueAt(hf, "A20") as DetailedCellError;
    expect(error).toBeInstanceOf(DetailedCellError);
    expect(error.value).toBe("#VALUE!");
    expect(error.message).toMatch(/SHARE, DEPENDENCY, HHI, CAPACITY, PRICE/);
  });
});

describe("the analyst's own regions", () => {
  const hf = workbook([
    [
      '=RE.CAPACITY("allied","magnet",2028)',
      '=RE.CAPACITY("Vietnam","magnet",2028)',
      '=RE.CAPACITY("allied, Vietnam","magnet",2028)',
    ],
    [
      '=RE.CAPACITY("US","magnet",2028)',
      '=RE.CAPACITY("US+Vietnam","magnet",2028)',
      '=RE.CAPACITY("US+Vietnam+US+Vietnam","magnet",2028)',
    ],
    [
      '=RE.SOURCE("CAPACITY","US+Vietnam","magnet",2028)',
      '=RE.CAPACITY("US+Atlantis","magnet",2028)',
      '=RE.CAPACITY("US+","magnet",2028)',
    ],
    [
      '=RE.INDEPENDENCEYEAR("US+Vietnam","magnet",6000,2025)',
      '=RE.INDEPENDENCEYEAR("US","magnet",6000,2025)',
    ],
  ]);

  test("a union equals the sum of its disjoint parts", () => {
    // allied (US treaty allies) has 4,000 (Noveon + eVAC); Vietnam, not an ally, 2,200 (Shin-Etsu)
    expect(valueAt(hf, "A1")).toBe(US_MAGNETS_RUNNING_T[2026]);
    expect(valueAt(hf, "B1")).toBe(MAGNET_PLANT_T.shinEtsuVietnam);
    expect(valueAt(hf, "C1")).toBe(US_MAGNETS_RUNNING_T[2026] + MAGNET_PLANT_T.shinEtsuVietnam);
    expect(valueAt(hf, "B2")).toBe((valueAt(hf, "A2") as number) + (valueAt(hf, "B1") as number));
  });

  test("each country counts once however often it is named", () => {
    expect(valueAt(hf, "C2")).toBe(valueAt(hf, "B2"));
  });

  test("RE.SOURCE names the union's members", () => {
    expect(valueAt(hf, "A3")).toMatch(
      /Region of your own: United States \+ Vietnam .*members in this dataset: United States, Vietnam/
    );
  });

  test("an unknown or empty item is #VALUE! saying so", () => {
    expect((valueAt(hf, "B3") as DetailedCellError).message).toMatch(/Unknown region "Atlantis"/);
    expect((valueAt(hf, "C3") as DetailedCellError).message).toMatch(/empty item/);
  });

  test("a union's independence comes no later than a part's", () => {
    // 6,000 t/yr: US alone never reaches it by the horizon; with Vietnam's 2,200, 2026 gives 6,200
    expect(valueAt(hf, "A4")).toBe(2026);
    expect((valueAt(hf, "B4") as DetailedCellError).value).toBe("#N/A");
  });
});

describe("the analyst's own projects", () => {
  const hf = workbook([
    ["name", "country", "stage", "t/yr", "first year", "status"],
    ["Plant A", "US", "magnet", 1000, 2027, null],
    ["Plant B", "US", "magnet", 500, 2031, null],
    ["Plant C", "Japan", "magnet", 700, 2026, null],
    ["Plant D", "US", "magnet", 300, 2027, "planned"],
    ['=RE.CAPACITY("US","magnet",2028)', '=RE.CAPACITY("US","magnet",2028,,A1:F5)'],
    [
      '=RE.CAPACITY("US","magnet",2028,"planned")',
      '=RE.CAPACITY("US","magnet",2028,"planned",A1:F5)',
    ],
    [
      '=RE.CAPACITY("Japan","magnet",2028,,A2:F5)',
      '=RE.SOURCE("CAPACITY","Japan","magnet",2028,,A2:F5)',
    ],
    [
      '=RE.INDEPENDENCEYEAR("US","magnet",4500,2025)',
      '=RE.INDEPENDENCEYEAR("US","magnet",4500,2025,,,A1:F5)',
    ],
    ['=RE.CAPACITY("US","magnet",2028,,A1:E1)', '=RE.CAPACITY("US","magnet",2028,,A2:D2)'],
  ]);

  test("extra projects add exactly their qualifying capacity", () => {
    // running: Plant A (1,000 from 2027) only; B starts after 2028, C is in Japan, D is planned
    expect(valueAt(hf, "B6")).toBe((valueAt(hf, "A6") as number) + 1000);
    // planned adds D's 300 too
    expect(valueAt(hf, "B7")).toBe((valueAt(hf, "A7") as number) + 1000 + 300);
  });

  test("a region the dataset cannot size answers from the analyst's plant, cited as theirs", () => {
    // Japan's listed magnet plants have no figure, so the total is Plant C's 700, a lower bound
    expect(valueAt(hf, "A8")).toBe(700);
    expect(valueAt(hf, "B8")).toMatch(
      /Plant C \(your own project, JP\).*your own project, entered in the workbook/
    );
  });

  test("more capacity brings independence forward", () => {
    // 4,500 t/yr: 4,000 in 2026-2029 never covers it; with Plant A, 5,000 from 2027
    expect((valueAt(hf, "A9") as DetailedCellError).value).toBe("#N/A");
    expect(valueAt(hf, "B9")).toBe(2027);
  });

  test("a header row alone adds nothing; a short row is #VALUE! naming the row", () => {
    expect(valueAt(hf, "A10")).toBe(valueAt(hf, "A6"));
    expect((valueAt(hf, "B10") as DetailedCellError).message).toMatch(
      /row 1: give name, country, stage, capacity/
    );
  });
});

describe("RE.STARTYEAR, RE.ONLINEYEAR's inverse", () => {
  const hf = workbook([
    ['=RE.STARTYEAR("separation",2030)', '=RE.STARTYEAR("separation",2030,,"high")'],
    [
      '=RE.ONLINEYEAR("mining>separation>metal>magnet",RE.STARTYEAR("mining>separation>metal>magnet",2035))',
      '=2035-RE.LEADTIME("mining>separation>metal>magnet")',
      '=RE.STARTYEAR("mining>separation>metal>magnet",2035)',
    ],
    ['=RE.STARTYEAR("separation",1800)'],
  ]);

  test("the year to be online by minus the lead time", () => {
    // leadTimes separation/any: low 4, base 5, high 8 years
    expect(valueAt(hf, "A1")).toBe(2030 - 5);
    expect(valueAt(hf, "B1")).toBe(2030 - 8);
  });

  test("it undoes RE.ONLINEYEAR, for a chain too", () => {
    expect(valueAt(hf, "A2")).toBeCloseTo(2035, 9);
    expect(valueAt(hf, "C2")).toBeCloseTo(valueAt(hf, "B2") as number, 9);
  });

  test("an impossible year is #NUM!", () => {
    expect((valueAt(hf, "A3") as DetailedCellError).value).toBe("#NUM!");
  });
});

describe("scenarios: delay and utilisation", () => {
  const hf = workbook([
    ["Plant A", "US", "magnet", 1000, 2027],
    [
      '=RE.CAPACITY("US","magnet",2028,,A1:E1)',
      '=RE.CAPACITY("US","magnet",2028,,A1:E1,1)',
      '=RE.CAPACITY("US","magnet",2029,,A1:E1,2)',
      '=RE.CAPACITY("US","magnet",2028,,A1:E1,2)',
    ],
    [
      '=RE.CAPACITY("US","magnet",2028,"planned")',
      '=RE.CAPACITY("US","magnet",2029,"planned",,1)',
      '=RE.CAPACITY("US","magnet",2028,,,,0.5)',
      '=RE.CAPACITY("US","magnet",2028)',
    ],
    [
      '=RE.INDEPENDENCEYEAR("US","magnet",4500,2025,,,A1:E1)',
      '=RE.INDEPENDENCEYEAR("US","magnet",4500,2025,,,A1:E1,1)',
      '=RE.INDEPENDENCEYEAR("US","magnet",4500,2025,,,A1:E1,0,0.9)',
      '=RE.CAPACITY("US","magnet",2028,,,-1)',
    ],
  ]);

  test("a delay of d years moves every future first year by d", () => {
    // Plant A (1,000 from 2027) with a delay of 2 counts from 2029: not in 2028, in 2029
    expect(valueAt(hf, "A2")).toBe(4000 + 1000);
    expect(valueAt(hf, "B2")).toBe(4000 + 1000); // from 2028 with a delay of 1
    expect(valueAt(hf, "C2")).toBe(4000 + 1000);
    expect(valueAt(hf, "D2")).toBe(4000);
    // the dataset's plants: what counts in 2028 with "planned" counts in 2029 after a delay of 1
    // (their first years 2027-2028 lie after the as-of year; Noveon's 2023 and eVAC's 2026 target do not move)
    expect(valueAt(hf, "B3")).toBe(valueAt(hf, "A3"));
  });

  test("utilisation scales every counted figure", () => {
    expect(valueAt(hf, "C3")).toBe(0.5 * (valueAt(hf, "D3") as number));
  });

  test("a delay makes independence later, lower utilisation too", () => {
    // 4,500 t/yr: 5,000 from 2027 with Plant A; delayed a year, from 2028; at 90% 4,500 from 2027
    expect(valueAt(hf, "A4")).toBe(2027);
    expect(valueAt(hf, "B4")).toBe(2028);
    expect(valueAt(hf, "C4")).toBe(2027);
  });

  test("a negative delay is #NUM!", () => {
    expect((valueAt(hf, "D4") as DetailedCellError).value).toBe("#NUM!");
  });
});

describe("whole-chain independence", () => {
  const hf = workbook([
    [
      '=RE.INDEPENDENCEYEAR("US","separation>metal>magnet",3000,2025,,"planned")',
      '=RE.INDEPENDENCEYEAR("US","separation",3000*0.285/0.85,2025,,"planned")',
      '=RE.INDEPENDENCEYEAR("US","metal",3000,2025,,"planned")',
      '=RE.INDEPENDENCEYEAR("US","magnet",3000,2025,,"planned")',
    ],
    [
      '=RE.SOURCE("INDEPENDENCEYEAR","US","separation>metal>magnet",3000,2025,,"planned")',
      '=RE.INDEPENDENCEYEAR("US","mining>separation>metal>magnet",3000,2025)',
    ],
  ]);

  test("a chain's year is the latest of its stages' years, never earlier than any", () => {
    // 3,000 t/yr NdFeB needs 3,000 × 0.285 (NdPr share of magnet mass) ÷ 0.85 (NdPr metal per oxide)
    // ≈ 1,006 t NdPr oxide: US separation (3,524) covers it in 2025; metal reaches 10,600 in 2027
    // (600 in 2026); magnets 4,600 in 2026. So the chain is independent in 2027, bound by metal.
    expect(valueAt(hf, "B1")).toBe(2025);
    expect(valueAt(hf, "C1")).toBe(2027);
    expect(valueAt(hf, "D1")).toBe(2026);
    expect(valueAt(hf, "A1")).toBe(2027);
    for (const stage of ["B1", "C1", "D1"])
      expect(valueAt(hf, "A1") as number).toBeGreaterThanOrEqual(valueAt(hf, stage) as number);
  });

  test("RE.SOURCE names the binding stage per year and the converted demands", () => {
    const text = valueAt(hf, "A2") as string;
    expect(text).toContain(
      "Binding stage by year: 2025 metal & alloy (no figure for 3,000 t/yr), 2026 metal & alloy (600 t/yr for 3,000 t/yr), 2027 separation / refining (3,524 t/yr for 1,005.8824 t/yr)"
    );
    expect(text).toContain(
      "Chain demand at separation / refining: 1,005.8824 t/yr NdPr oxide in 2025"
    );
  });

  test("a chain through mining is #N/A: no cited factor takes NdPr oxide to mined REO", () => {
    const error = valueAt(hf, "B2") as DetailedCellError;
    expect(error.value).toBe("#N/A");
    expect(error.message).toMatch(/No cited factor converts NdPr oxide demand to REO/);
  });
});
