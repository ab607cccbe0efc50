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
  MOUNTAIN_PASS_NDPR_SHARE_OF_TREO,
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
      '=RE.INDEPENDENCEYEAR("US","mining>separation>metal>magnet",3000,2025,,"planned")',
      '=RE.SOURCE("INDEPENDENCEYEAR","US","mining>separation>metal>magnet",3000,2025,,"planned")',
    ],
    [
      '=RE.INDEPENDENCEYEAR("US","mining>separation",7900,2025,,"planned")',
      '=RE.INDEPENDENCEYEAR("US","mining>separation",8000,2025,,"planned")',
      `=RE.INDEPENDENCEYEAR("US","mining",7900/${MOUNTAIN_PASS_NDPR_SHARE_OF_TREO},2025)`,
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
      "Binding stage by year: 2025 metal & alloy (no figure for 3,000 t/yr), 2026 metal & alloy (600 t/yr for 3,000 t/yr), 2027 separation / refining (3,524 t/yr for 1,006 t/yr)"
    );
    expect(text).toContain(
      "Chain demand at separation / refining: 1,005.8824 t/yr NdPr oxide in 2025"
    );
  });

  test("a chain through mining converts NdPr oxide to mined REO at Mountain Pass's cited 15.7% NdPr share", () => {
    // 3,000 t NdFeB → 1,005.8824 t NdPr oxide → 1,005.8824 ÷ 0.157 = 6,406.894 t REO; US mining (Mountain
    // Pass, 50,692 t REO actual output 2025) covers it, so the chain is still bound by metal: 2027
    expect(valueAt(hf, "B2")).toBe(2027);
    const text = valueAt(hf, "C2") as string;
    expect(text).toContain("Chain demand at mining: 6,406.894 t/yr REO in 2025");
    expect(text).toContain(
      "NdPr share of rare-earth oxide in the Mountain Pass ore — MP Materials Corp., Annual Report on Form 10-K for 2021"
    );
    expect(text).toContain("as if every mine's ore had Mountain Pass's distribution");
  });

  test("mining binds when the REO a separation demand needs exceeds the mine: 8,000 t NdPr oxide needs 50,955 t REO", () => {
    // 7,900 ÷ 0.157 = 50,318.5 ≤ 50,692: covered once separation reaches 10,924 (2029, Energy Fuels Phase 2)
    expect(valueAt(hf, "A3")).toBe(2029);
    expect(valueAt(hf, "C3")).toBe(2025);
    // 8,000 ÷ 0.157 = 50,955.4 > 50,692: mining never covers it
    const error = valueAt(hf, "B3") as DetailedCellError;
    expect(error.value).toBe("#N/A");
    expect(error.message).toContain("2029 mining (50,692 t/yr for 50,955 t/yr)");
  });
});

describe("scenarios: the lead-time case", () => {
  // leadTimes magnet/any 2 / 2 / 3 years, separation/any 4 / 5 / 8; metal/any base 3 only
  const hf = workbook([
    [
      '=RE.CAPACITY("US","magnet",2027,"planned")',
      '=RE.CAPACITY("US","magnet",2027,"planned",,,,"high")',
      '=RE.CAPACITY("US","magnet",2027,"planned",,,,"base")',
      '=RE.CAPACITY("US","magnet",2027,"planned",,,,"low")',
    ],
    [
      '=RE.CAPACITY("US","separation",2027,"planned",,,,"low")',
      '=RE.CAPACITY("US","separation",2028,"planned")',
      '=RE.CAPACITY("US","metal",2028,"planned",,,,"high")',
      '=RE.SOURCE("CAPACITY","US","magnet",2027,"planned",,,,"high")',
    ],
    [
      '=RE.INDEPENDENCEYEAR("US","magnet",15000,2025,,"planned")',
      '=RE.INDEPENDENCEYEAR("US","magnet",15000,2025,,"planned",,,,"high")',
      '=RE.INDEPENDENCEYEAR("US","magnet",15000,2025,,"planned",,1,,"high")',
      '=RE.CAPACITY("US","magnet",2027,"planned",,,,"worst")',
    ],
  ]);

  test("high moves a magnet plant still to come online by 3 − 2 = 1 year: Vulcan's 10,000 leaves 2027", () => {
    expect(valueAt(hf, "A1")).toBe(2000 + 2000 + 600 + 10000);
    expect(valueAt(hf, "B1")).toBe(2000 + 2000 + 600);
    expect(valueAt(hf, "C1")).toBe(valueAt(hf, "A1"));
    expect(valueAt(hf, "D1")).toBe(valueAt(hf, "A1")); // low 2 = base 2
  });

  test("low moves separation 4 − 5 = 1 year earlier: Aclara's 1,400 from 2028 counts in 2027", () => {
    expect(valueAt(hf, "A2")).toBe(valueAt(hf, "B2"));
    expect(valueAt(hf, "B2")).toBe(3524 + 1400);
  });

  test("a case the stage's record lacks is #N/A; an unknown case #VALUE!", () => {
    const metal = valueAt(hf, "C2") as DetailedCellError;
    expect(metal.value).toBe("#N/A");
    expect(metal.message).toMatch(/Metal & alloy lead time has no high case/);
    expect((valueAt(hf, "D3") as DetailedCellError).value).toBe("#VALUE!");
  });

  test("RE.SOURCE cites the lead-time record and the first years it moved", () => {
    expect(valueAt(hf, "D2")).toMatch(
      /Lead-time case high, Magnet manufacturing \(any\): 3 years against the base 2.*Benson magnet plant \(NC\) and existing RTP plant 2027 → 2028/s
    );
  });

  test("a later case never makes independence earlier; a delay adds to it", () => {
    // planned: 14,600 in 2027, 30,000 from 2028; high: 14,600 in 2028, 30,000 in 2029; + 1 year: 2029, 2030 past the horizon
    expect(valueAt(hf, "A3")).toBe(2028);
    expect(valueAt(hf, "B3")).toBe(2029);
    expect((valueAt(hf, "C3") as DetailedCellError).value).toBe("#N/A");
  });
});

describe("RE.INDEPENDENCEPROB", () => {
  // Canada has no magnet plant in the dataset; your own: A planned (assumed chance 0.5) from 2028, B under
  // construction (0.75) from 2029. Magnet lead time 2 / 2 / 3 years: a triangular draw L moves a first year
  // by round(L − 2), i.e. a year later when L > 2.5, with probability (3 − 2.5)² = 0.25. So by 2029 A is in
  // whenever it comes online, B only on time: both (1,500 t/yr) = 0.5 × 0.75 × 0.75 = 0.28125.
  const hf = workbook([
    ["Plant A", "Canada", "magnet", 1000, 2028, "planned"],
    ["Plant B", "Canada", "magnet", 1000, 2029, "construction"],
    ["planned", 1],
    [
      '=RE.INDEPENDENCEPROB("Canada","magnet",1500,2025,2029,,A1:F2)',
      '=RE.INDEPENDENCEPROB("Canada","magnet",1500,2025,2029,,A1:F2,,,A3:B3)',
      '=RE.INDEPENDENCEPROB("Canada","magnet",1500,2025,2029,,A1:F2,1)',
      '=RE.INDEPENDENCEPROB("Canada","magnet",1500,2025,2029,,A1:F2)',
    ],
    [
      '=RE.INDEPENDENCEPROB("US","magnet",15000,2025,2029)',
      '=RE.SOURCE("INDEPENDENCEPROB","US","magnet",15000,2025,2029)',
      '=RE.INDEPENDENCEPROB("US","magnet",15000,2025,2024)',
      '=RE.INDEPENDENCEPROB("US","magnet",15000,2025,2031)',
    ],
    [
      '=ARRAYFORMULA(RE.INDEPENDENCEPROB("US","magnet",15000,2025,E6:E8))',
      null,
      '=RE.INDEPENDENCEPROB("Canada","magnet",1500,2025,2029)',
      null,
      2027,
    ],
    [null, null, null, null, 2028],
    [null, null, null, null, 2029],
  ]);
  /** Three standard errors at 10,000 trials. */
  const within = (value: unknown, exact: number) =>
    expect(Math.abs((value as number) - exact)).toBeLessThan(
      3 * Math.sqrt((exact * (1 - exact)) / 10000)
    );

  test("two plants of your own: 0.5 × 0.75 × 0.75 = 0.28125 within three standard errors; your odds replace the assumed", () => {
    within(valueAt(hf, "A4"), 0.5 * 0.75 * 0.75);
    within(valueAt(hf, "B4"), 1 * 0.75 * 0.75);
    // a delay of a year leaves B out by 2029 whatever its draw
    expect(valueAt(hf, "C4")).toBe(0);
    // seeded: the same formula, the same answer
    expect(valueAt(hf, "D4")).toBe(valueAt(hf, "A4"));
  });

  test("the reference pipeline: two of Vulcan (0.5), 10X (0.75), Blacksburg (0.5) by 2029 = 0.625 exactly by hand", () => {
    expect(valueAt(hf, "A5")).toBe(0.6232);
    within(valueAt(hf, "A5"), 0.625);
    const text = valueAt(hf, "B5") as string;
    expect(text).toContain("An assumption of this add-in, not a sourced figure");
    expect(text).toMatch(/6,232 of 10,000 seeded trials \(seed 1\)/);
    expect(text).toContain("triangular from 2 to 3 years, most likely 2");
  });

  test("a range of years spills one probability per year, never falling", () => {
    const [[y2027], [y2028], [y2029]] = block(hf, "A6", 3, 1) as number[][];
    expect(y2027).toBe(0);
    expect(y2028).toBeGreaterThan(0);
    expect(y2029).toBeGreaterThanOrEqual(y2028);
    expect(y2029).toBe(valueAt(hf, "A5"));
  });

  test("a year before the base year is #NUM!, past the horizon #N/A; no plant at all is #N/A, never 0", () => {
    expect((valueAt(hf, "C5") as DetailedCellError).value).toBe("#NUM!");
    expect((valueAt(hf, "D5") as DetailedCellError).value).toBe("#N/A");
    const none = valueAt(hf, "C6") as DetailedCellError;
    expect(none.value).toBe("#N/A");
    expect(none.message).toMatch(/No plant at magnet manufacturing in Canada/);
  });
});
