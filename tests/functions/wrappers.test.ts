/**
 * Every Excel wrapper, called the way Excel calls it, on the embedded dataset. Each gets at least the five
 * cases formula.js tests its functions with: blank, incoming error, happy path, domain error, wrong type.
 * Expected values are worked out by hand from the cited records (the comment names the source); they are
 * not copied from the functions' output.
 */
import { ShimError, isExcelError } from "../_support/custom-functions-shim";
import dataset from "../../src/data/dataset.json";
import {
  capacity,
  convert,
  dataset as datasetInfo,
  demand,
  dependency,
  element,
  exportcontrol,
  gaps,
  gapscore,
  hhi,
  independenceyear,
  indicator,
  leadtime,
  onlineyear,
  price,
  share,
  source,
  stockcover,
  registered,
  table,
} from "../_support/excel-functions";
import {
  CHINA_SEPARATION_SHARE_2023,
  CHINA_SHARE_2024,
  LEAD_TIME_ANY_YEARS,
  MAGNET_PLANT_T,
  MINE_T_REO,
  STAGE_ID_NAME_ROWS,
  STOCK_T,
  US_IMPORT_SOURCE,
  US_MAGNETS_RUNNING_T,
  US_NET_IMPORT_RELIANCE,
} from "../_support/expected";

/** An error cell handed to a function, as Excel hands it over. */
const NA_IN = new CustomFunctions.Error(
  CustomFunctions.ErrorCode.notAvailable,
  "upstream lookup failed"
);
const DIV0_IN = new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);

type Code = "#VALUE!" | "#N/A" | "#NUM!";

function expectError(result: unknown, code: Code, message?: RegExp): void {
  expect(isExcelError(result)).toBe(true);
  const error = result as ShimError;
  expect(error.code).toBe(code);
  expect(error.message ?? "").not.toBe("");
  if (message) expect(error.message).toMatch(message);
}

/** A matrix function's refusal: a 1×1 matrix holding the error. */
function expectMatrixError(result: unknown, code: Code, message?: RegExp): void {
  expect(Array.isArray(result) && result.length === 1 && result[0].length === 1).toBe(true);
  expectError((result as unknown[][])[0][0], code, message);
}

describe("RE.LEADTIME", () => {
  test("blank stage is a #VALUE! saying it is required", () =>
    expectError(leadtime(null as never), "#VALUE!", /RE\.LEADTIME: stage is required/));
  test("an incoming error passes through unchanged", () =>
    expect(leadtime(NA_IN as never)).toBe(NA_IN));
  test("separation, any scope, base case", () => {
    // leadTimes separation/any: low 4, base 5, high 8 years (seed analysis, Iluka, MP Materials, Lynas)
    expect(leadtime("separation")).toBe(LEAD_TIME_ANY_YEARS.separation.base);
    expect(leadtime("separation", null as never, "high")).toBe(LEAD_TIME_ANY_YEARS.separation.high);
  });
  test("a chain adds its stages' lead times", () => {
    // base cases: mining 15.7 (S&P Global 2023), separation 5, metal 3, magnet 2
    expect(leadtime("mining>separation>metal>magnet")).toBeCloseTo(
      LEAD_TIME_ANY_YEARS.mining.base +
        LEAD_TIME_ANY_YEARS.separation.base +
        LEAD_TIME_ANY_YEARS.metal.base +
        LEAD_TIME_ANY_YEARS.magnet.base,
      10
    );
  });
  test("a stage whose sources give no figure is #N/A naming it", () =>
    expectError(leadtime("recycling"), "#N/A", /Recycling lead time/));
  test("an unknown stage is #VALUE! listing the stages", () =>
    expectError(leadtime("smelting"), "#VALUE!", /mining, separation, metal, magnet, recycling/));
  test("a row of stages answers one lead time per stage, in one call", () =>
    // base cases: mining 15.7 (S&P Global 2023), magnet 2
    expect(registered("LEADTIME")([["mining", "magnet"]])).toEqual([
      [LEAD_TIME_ANY_YEARS.mining.base, LEAD_TIME_ANY_YEARS.magnet.base],
    ]));
});

describe("RE.ONLINEYEAR", () => {
  test("blank start year is #VALUE!", () =>
    expectError(onlineyear("separation", null as never), "#VALUE!", /start_year is required/));
  test("an incoming error passes through", () =>
    expect(onlineyear("separation", DIV0_IN as never)).toBe(DIV0_IN));
  test("start year plus the lead time", () => {
    // 2025 + separation base lead time 5 years
    expect(onlineyear("separation", 2025)).toBe(2025 + 5);
    // mining, US scope: 29 years discovery to production (S&P Global US study, 2024)
    expect(onlineyear("mining", 2024, "US")).toBe(2024 + 29);
  });
  test("numeric text is a number", () =>
    expect(onlineyear("separation", "2025" as never)).toBe(2030));
  test("an impossible start year is #NUM!", () =>
    expectError(onlineyear("separation", 1200), "#NUM!", /1900 and 2200/));
  test("non-numeric text is #VALUE!", () =>
    expectError(
      onlineyear("separation", "soon" as never),
      "#VALUE!",
      /start_year must be a number; got text "soon"/
    ));
});

describe("RE.SHARE", () => {
  test("blank country is #VALUE!", () =>
    expectError(share("", "mining", 2024), "#VALUE!", /country is required/));
  test("an incoming error passes through", () =>
    expect(share("China", NA_IN as never, 2024)).toBe(NA_IN));
  test("mining is the USGS production ratio", () => {
    const mcs26 = MINE_T_REO.mcs2026[2024];
    const mcs25 = MINE_T_REO.mcs2025[2024];
    // USGS MCS 2026: China 270,000 t REO of a world 380,000 t REO in 2024
    expect(share("China", "mining", 2024)).toBeCloseTo(mcs26.CN / mcs26.WORLD, 12);
    // USGS MCS 2026: United States 45,500 t REO in 2024
    expect(share("United States", "mining", 2024)).toBeCloseTo(mcs26.US / mcs26.WORLD, 12);
    // the MCS 2025 edition, asked for by name
    expect(share("China", "mining", 2024, "USGS MCS 2025")).toBeCloseTo(mcs25.CN / mcs25.WORLD, 12);
  });
  test("a projection-only year is #N/A until the projection is asked for", () => {
    expectError(
      share("China", "mining", 2030),
      "#N/A",
      /ask with basis "IEA base case \(GCMO 2024\)"/
    );
    expect(share("China", "mining", 2030, "projection")).toBe(0.54);
  });
  test("other stages take the reported share", () => {
    // IEA GCMO 2024: China 92% of separation (refining) in 2023
    expect(share("China", "separation", 2023)).toBe(CHINA_SEPARATION_SHARE_2023);
  });
  test("no data is #N/A saying what the dataset has", () =>
    expectError(
      share("Vietnam", "separation", 2024),
      "#N/A",
      /No share for Vietnam.*the dataset has/
    ));
  test("a year out of range is #NUM!", () => expectError(share("China", "mining", 1200), "#NUM!"));
  test("a boolean country is an unknown keyword, #VALUE!", () =>
    expectError(share(true as never, "mining", 2024), "#VALUE!", /Unknown country "TRUE"/));
});

describe("RE.DEPENDENCY", () => {
  test("all blank: China's worst stage for the world market", () => {
    // the chain's worst stage at the latest year of each: magnet 2024, 94% (IEA commentary, Oct 2025), above
    // separation 2024, 91% (same source) and mining 2025, 270,000 ÷ 390,000 t REO = 69.2% (USGS MCS 2026)
    expect(dependency()).toBe(CHINA_SHARE_2024.magnet);
  });
  test("an incoming error passes through", () =>
    expect(dependency("separation", NA_IN as never)).toBe(NA_IN));
  test("US on China at separation: net import reliance × China's share of imports", () => {
    // USGS MCS 2026: net import reliance 67% (2025) × 71% of imports from China
    expect(dependency("separation", "China", "US")).toBeCloseTo(
      US_NET_IMPORT_RELIANCE[2025] * US_IMPORT_SOURCE.CN,
      12
    );
  });
  test("a consumer without import data for the stage is #N/A saying what is needed", () =>
    expectError(
      dependency("magnet", "China", "US"),
      "#N/A",
      /would need United States's import reliance/
    ));
  test("an impossible year is #NUM!", () =>
    expectError(dependency("mining", "China", "WORLD", 99999), "#NUM!"));
  test("a 2×2 range as supplier is #VALUE!", () =>
    expectError(
      dependency("mining", [
        ["CN", "US"],
        ["AU", "MM"],
      ] as never),
      "#VALUE!",
      /2×2 range/
    ));
});

describe("RE.HHI", () => {
  test("blank stage is #VALUE!", () =>
    expectError(hhi(undefined as never), "#VALUE!", /stage is required/));
  test("an incoming error passes through", () => expect(hhi(NA_IN as never)).toBe(NA_IN));
  test("refining 2023 from the IEA shares", () => {
    // IEA GCMO 2024 separation shares 2023: China 92%, Malaysia 5%, Australia 1%
    expect(hhi("refining", 2023)).toBeCloseTo(92 ** 2 + 5 ** 2 + 1 ** 2, 8);
  });
  test("mining 2024 from USGS production", () => {
    // USGS MCS 2026, t REO 2024, every producer listed (CA, GL, ZA and TZ at 0 add nothing)
    const { WORLD, ...producers } = MINE_T_REO.mcs2026[2024];
    expect(hhi("mining", 2024)).toBeCloseTo(
      Object.values(producers).reduce((sum, t) => sum + ((100 * t) / WORLD) ** 2, 0),
      8
    );
  });
  test("a stage without shares is #N/A", () => expectError(hhi("recycling"), "#N/A", /recycling/));
  test("text as year is #VALUE!", () =>
    expectError(hhi("mining", "last" as never), "#VALUE!", /year must be a number/));
});

describe("RE.CAPACITY", () => {
  test("blank year is #VALUE!", () =>
    expectError(capacity("US", "magnet", null as never), "#VALUE!", /year is required/));
  test("an incoming error passes through", () =>
    expect(capacity(NA_IN as never, "magnet", 2025)).toBe(NA_IN));
  test("US magnet capacity running in 2025 and 2026", () => {
    // capacity table, NdFeB t/yr: Noveon San Marcos 2,000 (operating since 2023); MP Independence and eVAC Sumter
    // ramp without sourced output in 2025, eVAC's 2,000 t/yr target counts from 2026
    expect(capacity("US", "magnet", 2025)).toBe(US_MAGNETS_RUNNING_T[2025]);
    expect(capacity("US", "magnet", 2026)).toBe(
      MAGNET_PLANT_T.noveonSanMarcos + MAGNET_PLANT_T.evacSumter2026Target
    );
  });
  test("a wider status adds plants not yet running at their figure", () => {
    // planned by 2028: + USA Rare Earth's 600 t/yr ramp, Vulcan Benson 10,000 (2027), MP 10X's 9,000 increment and
    // Blacksburg 6,400 (2028)
    expect(capacity("US", "magnet", 2028, "planned")).toBe(
      US_MAGNETS_RUNNING_T[2026] +
        MAGNET_PLANT_T.usarStillwater2026Target +
        MAGNET_PLANT_T.vulcanNewPlant +
        MAGNET_PLANT_T.mp10x +
        MAGNET_PLANT_T.usarBlacksburg
    );
  });
  test("nothing to count is #N/A, never 0", () => {
    expectError(capacity("Myanmar", "magnet", 2025), "#N/A", /not a recorded zero/);
    expectError(capacity("Japan", "magnet", 2025), "#N/A", /Takefu/);
    expectError(capacity("US", "magnet", 2035), "#N/A", /horizon, 2029/);
  });
  test("an impossible year is #NUM!", () => expectError(capacity("US", "magnet", 1200), "#NUM!"));
  test("an unknown status is #VALUE! listing the statuses", () =>
    expectError(
      capacity("US", "magnet", 2025, "dreaming"),
      "#VALUE!",
      /running, committed, planned/
    ));
});

describe("RE.INDEPENDENCEYEAR", () => {
  test("blank demand is #VALUE!", () =>
    expectError(
      independenceyear("US", "magnet", null as never, 2025),
      "#VALUE!",
      /demand is required/
    ));
  test("a blank base year is #VALUE!: it is explicit", () =>
    expectError(
      independenceyear("US", "magnet", 8000, null as never),
      "#VALUE!",
      /baseYear is required/
    ));
  test("an incoming error passes through", () =>
    expect(independenceyear("US", "magnet", NA_IN as never, 2025)).toBe(NA_IN));
  test("the first year capacity covers demand", () => {
    // base year 2025; US magnet capacity running: 2,000 t/yr in 2025, 4,000 from 2026 (eVAC's ramp target)
    expect(independenceyear("US", "magnet", US_MAGNETS_RUNNING_T[2026], 2025)).toBe(2026);
    // 2,000 t/yr is covered at once
    expect(independenceyear("US", "magnet", US_MAGNETS_RUNNING_T[2025], 2025)).toBe(2025);
    // with the planned plants, 8,000 t/yr is covered in 2027 (Vulcan Benson)
    expect(independenceyear("US", "magnet", 8000, 2025, 0, "planned")).toBe(2027);
  });
  test("beyond the data's horizon is #N/A", () =>
    expectError(independenceyear("US", "magnet", 1e9, 2025), "#N/A", /horizon/));
  test("demand 0 or below is #NUM!", () =>
    expectError(independenceyear("US", "magnet", -5, 2025), "#NUM!"));
  test("growth as text is #VALUE!", () =>
    expectError(
      independenceyear("US", "magnet", 8000, 2025, "fast" as never),
      "#VALUE!",
      /growth must be a number/
    ));
});

describe("RE.DEMAND", () => {
  test("blank application is #VALUE!", () =>
    expectError(demand("  ", 10), "#VALUE!", /application is required/));
  test("an incoming error passes through", () =>
    expect(demand("EV motor", NA_IN as never)).toBe(NA_IN));
  test("EV motors in REE (the default) and in NdFeB", () => {
    // 1.4 kg NdFeB per EV traction motor (MP Materials / Neo filings); REE ≈ 30% of NdFeB mass (Heim23)
    expect(demand("EV motor", 1000000)).toBeCloseTo(((1000000 * 1.4) / 1000) * 0.3, 9);
    expect(demand("EV motor", 1000000, "REE")).toBeCloseTo(((1000000 * 1.4) / 1000) * 0.3, 9);
    expect(demand("EV motor", 1000000, "NdFeB")).toBeCloseTo((1000000 * 1.4) / 1000, 9);
  });
  test("a platform's REE content is not converted to magnet mass", () =>
    expectError(demand("F-35", 10, "NdFeB"), "#N/A", /not NdFeB magnet mass/));
  test("an application whose sources give no figure is #N/A", () =>
    expectError(demand("data centre", 10), "#N/A", /no REE intensity/));
  test("negative units are #NUM!", () => expectError(demand("EV motor", -1), "#NUM!"));
  test("a range of units is #VALUE!", () =>
    expectError(demand("EV motor", [[1], [2]] as never), "#VALUE!", /2×1 range/));
});

describe("RE.CONVERT", () => {
  test("blank value is #VALUE!", () =>
    expectError(convert(null as never, "oxide", "metal", "Nd"), "#VALUE!"));
  test("an incoming error passes through", () =>
    expect(convert(NA_IN as never, "oxide", "metal", "Nd")).toBe(NA_IN));
  test("oxide to metal with the element's factor", () => {
    // elements table: Nd2O3 → 0.8574 t Nd per t oxide (IUPAC atomic weights)
    expect(convert(100, "oxide", "metal", "Nd")).toBeCloseTo(100 * 0.8574, 10);
    expect(convert(100, "REO", "element", "Neodymium")).toBeCloseTo(100 * 0.8574, 10);
  });
  test("negative mass is #NUM!", () => expectError(convert(-1, "oxide", "metal", "Nd"), "#NUM!"));
  test("oxide without an element is #VALUE! saying one is needed", () =>
    expectError(convert(100, "oxide", "metal"), "#VALUE!", /needs an element/));
  test("non-numeric value is #VALUE!", () =>
    expectError(convert("lots" as never, "oxide", "metal", "Nd"), "#VALUE!"));
});

describe("RE.PRICE", () => {
  test("blank element is #VALUE!", () =>
    expectError(price(null as never), "#VALUE!", /element is required/));
  test("an incoming error passes through", () => expect(price("NdPr", "oxide", NA_IN)).toBe(NA_IN));
  test("latest China quote on or before the date", () => {
    // Lynas's China domestic (VAT excluded) NdPr average: 55.0 USD/kg for June 2025
    expect(price("NdPr", "oxide", "2025-06-30")).toBe(55);
    // the same date as an Excel serial: 2025-06-30 is day 45838 of the 1900 date system
    expect(price("NdPr", "oxide", 45838)).toBe(55);
  });
  test("a market is asked for by name and never spliced with another", () => {
    // USGS annual average (Argus FOB) of Dy oxide, 2022: 382 USD/kg; China has no 2022 quote
    expect(price("Dy", "oxide", 2022, "US")).toBe(382);
    expectError(price("Dy", "oxide", 2022), "#N/A", /Other markets with quotes/);
  });
  test("a product without quotes in the market is #N/A listing what exists", () =>
    expectError(price("La"), "#N/A", /no China quote for La oxide\. It has US quotes/));
  test("a date before Excel's calendar is #NUM!", () =>
    expectError(price("NdPr", "oxide", -3), "#NUM!"));
  test("a malformed date is #VALUE!", () =>
    expectError(price("NdPr", "oxide", "30/06/2025"), "#VALUE!", /YYYY-MM-DD/));
});

describe("RE.EXPORTCONTROL", () => {
  test("blank element is #VALUE!", () =>
    expectError(exportcontrol(""), "#VALUE!", /element is required/));
  test("an incoming error passes through", () => expect(exportcontrol("Dy", NA_IN)).toBe(NA_IN));
  test("licensing, suspension, not controlled", () => {
    // MOFCOM/GAC Announcement No. 18 [2025]: Dy licensed from 2025-04-04
    expect(exportcontrol("Dy", "2025-06-01")).toMatch(
      /^Licence required: Announcement No\. 18 \[2025\].*2025-04-04/
    );
    // No. 57 [2025] (Ho) suspended by No. 70 from 2025-11-07 to 2026-11-10
    expect(exportcontrol("Holmium", "2026-01-01")).toMatch(
      /^Suspended until 2026-11-10: Announcement No\. 57/
    );
    // before April 2025 Nd is not controlled as an element; the 2023 technology catalogue applies
    expect(exportcontrol("Nd", "2024-01-01")).toMatch(/^Not controlled as an element/);
  });
  test("a date after the dataset's knowledge says so", () =>
    expect(exportcontrol("Dy", 2027)).toMatch(/decisions after 2026-12 are not in this dataset/));
  test("a serial number beyond 9999-12-31 is #NUM!", () =>
    expectError(exportcontrol("Dy", 3e6), "#NUM!"));
  test("an unknown element is #VALUE! listing the symbols", () =>
    expectError(exportcontrol("Xx"), "#VALUE!", /Sc, Y, La, Ce, Pr, Nd/));
});

describe("RE.ELEMENT", () => {
  test("blank field is #VALUE!", () =>
    expectError(element("Nd", null as never), "#VALUE!", /field is required/));
  test("an incoming error passes through", () => expect(element(NA_IN as never, "z")).toBe(NA_IN));
  test("symbol or name, field or alias", () => {
    // neodymium: atomic number 60, Nd2O3, 0.8574 t metal per t oxide
    expect(element("Nd", "atomicNumber")).toBe(60);
    expect(element("neodymium", "z")).toBe(60);
    expect(element("ND", "oxide")).toBe("Nd2O3");
    expect(element("Nd", "factor")).toBe(0.8574);
  });
  test("a field the sources do not give is #N/A", () =>
    expectError(element("Nd", "chinaGroup"), "#N/A"));
  test("an unknown field is #VALUE! listing the fields", () =>
    expectError(element("Nd", "colour"), "#VALUE!", /atomicNumber.*oxidePerMetal/));
  test("a number as element is an unknown keyword", () =>
    expectError(element(60 as never, "name"), "#VALUE!", /"60"/));
});

describe("RE.GAPSCORE", () => {
  test("blank scores are #VALUE!", () =>
    expectError(gapscore(null as never), "#VALUE!", /scores is required/));
  test("an error inside the range passes through", () =>
    expect(gapscore([[3, 2, NA_IN, 1, 5, 0]])).toBe(NA_IN));
  test("equal default weights, a row or a column", () => {
    // openness 1 − s/5 of 3,2,4,1,5,0: 0.4 + 0.6 + 0.2 + 0.8 + 0 + 1 = 3 of 6 → 50
    expect(gapscore([[3, 2, 4, 1, 5, 0]])).toBeCloseTo((100 * 3) / 6, 10);
    expect(gapscore([[3], [2], [4], [1], [5], [0]])).toBeCloseTo(50, 10);
  });
  test("custom weights and scale", () => {
    // weights 2,1,1,1,1,0 on a 0-10 scale: (2×0.7 + 0.8 + 0.6 + 0.9 + 0.5) / 6
    expect(gapscore([[3, 2, 4, 1, 5, 0]], [[2, 1, 1, 1, 1, 0]], 10)).toBeCloseTo(
      (100 * (2 * 0.7 + 0.8 + 0.6 + 0.9 + 0.5)) / 6,
      10
    );
  });
  test("a score above the scale is #NUM!", () =>
    expectError(gapscore([[6, 1, 1, 1, 1, 1]]), "#NUM!"));
  test("a blank cell among the scores is #VALUE!", () =>
    expectError(gapscore([[3, 2, null, 1, 5, 0]] as never), "#VALUE!", /blank cell at position 3/));
  test("a 2×3 block is #VALUE!: one row or one column", () =>
    expectError(
      gapscore([
        [1, 2, 3],
        [4, 5, 0],
      ]),
      "#VALUE!",
      /one row or one column/
    ));
  test("three scores is #VALUE! saying six are needed", () =>
    expectError(gapscore([[1, 2, 3]]), "#VALUE!", /exactly 6/));
});

describe("RE.GAPS", () => {
  test("a 7 × 4 table with a header, in the gaps' order", () => {
    const rows = gaps() as unknown[][];
    expect(rows).toHaveLength(1 + 6);
    expect(rows.every((row) => row.length === 4)).toBe(true);
    expect(rows[0]).toEqual(["Gap", "Meaning", "Default weight", "Source"]);
    // gaps table, order 1 and 6 (seed analysis): allied supply coordination … equity capital, weight 1 each
    expect(rows[1][0]).toBe("Allied supply coordination");
    expect(rows[6][0]).toBe("Equity capital");
    expect(rows.slice(1).map((row) => row[2])).toEqual([1, 1, 1, 1, 1, 1]);
  });
});

describe("RE.TABLE", () => {
  test("blank name is #VALUE!", () => expectMatrixError(table(""), "#VALUE!", /name is required/));
  test("an incoming error passes through", () => expect(table(NA_IN as never)).toEqual([[NA_IN]]));
  test("chosen columns, as a comma list or a range of names", () => {
    const expected = STAGE_ID_NAME_ROWS;
    expect(table("stages", [["id, name"]])).toEqual(expected);
    expect(table("Stages", [["ID"], ["Name"]])).toEqual(expected);
  });
  test("an alias of a table", () =>
    expect(table("pipeline", [["id"]])).toHaveLength(1 + dataset.capacity.length));
  test("an unknown table is #VALUE! listing the tables", () =>
    expectMatrixError(table("nosuch"), "#VALUE!", /sources, stages, countries/));
  test("an unknown column is #VALUE! listing the columns", () =>
    expectMatrixError(table("stages", [["colour"]]), "#VALUE!", /Use one of: id, order, name/));
  test("a 2×2 block of column names is #VALUE!", () =>
    expectMatrixError(
      table("stages", [
        ["id", "name"],
        ["order", "aliases"],
      ]),
      "#VALUE!",
      /one row or one column/
    ));
});

describe("RE.DATASET", () => {
  test("blank field is the version", () =>
    expect(datasetInfo(null as never)).toBe(dataset.meta.version));
  test("an incoming error passes through", () => expect(datasetInfo(NA_IN as never)).toBe(NA_IN));
  test("as-of date, origin, record count", () => {
    expect(datasetInfo("as of")).toBe(dataset.meta.asOf);
    expect(datasetInfo("origin")).toMatch(/embedded/i);
    const tables = Object.values(dataset).filter(Array.isArray) as unknown[][];
    expect(datasetInfo("records")).toBe(tables.reduce((n, t) => n + t.length, 0));
  });
  test("an unknown field is #VALUE! listing the fields", () =>
    expectError(datasetInfo("colour"), "#VALUE!", /version, asOf, origin/));
  test("a range is #VALUE!", () => expectError(datasetInfo([["a", "b"]] as never), "#VALUE!"));
});

describe("RE.SOURCE", () => {
  test("blank function name is #VALUE!", () =>
    expectError(source(""), "#VALUE!", /function_name is required/));
  test("an incoming error among the arguments passes through", () =>
    expect(source("SHARE", [[["China"]], [[NA_IN]], [[2024]]])).toBe(NA_IN));
  test("cites the records behind a value, with their sources in full", () => {
    const text = source("SHARE", [[["China"]], [["mining"]], [[2024]]]) as string;
    expect(text).toMatch(/Mineral Commodity Summaries 2026/);
    // the computation the value rests on: 270,000 ÷ 380,000 t REO
    expect(text).toMatch(/270,000 ÷ world 380,000 t REO/);
    expect(source("re.share()", [[["China"]], [["mining"]], [[2024]]])).toBe(text);
  });
  test("a range argument is forwarded whole", () =>
    expect(source("GAPSCORE", [[[3, 2, 4, 1, 5, 0]]])).toMatch(/Gap score/));
  test("the function's own error, unchanged", () => {
    const direct = share("Vietnam", "separation", 2024) as ShimError;
    const cited = source("SHARE", [[["Vietnam"]], [["separation"]], [[2024]]]) as ShimError;
    expect(cited.code).toBe("#N/A");
    expect(cited.message).toBe(direct.message);
  });
  test("an unknown function is #VALUE! listing the functions", () =>
    expectError(source("VLOOKUP"), "#VALUE!", /LEADTIME, ONLINEYEAR, SHARE/));
  test("a number as function name is #VALUE!", () =>
    expectError(source(42 as never), "#VALUE!", /"42"/));
});

describe("RE.INDEPENDENCEPROB", () => {
  // year takes a range (one probability per cell), so a single year comes back as a 1×1 matrix
  const prob = (...args: unknown[]) => {
    const result = registered("INDEPENDENCEPROB")(...args);
    return Array.isArray(result) ? (result as unknown[][])[0][0] : result;
  };
  test("blank demand or year is #VALUE!", () => {
    expectError(prob("US", "magnet", null, 2025, 2029), "#VALUE!", /demand is required/);
    expectError(prob("US", "magnet", 15000, 2025, null), "#VALUE!", /year is required/);
  });
  test("an incoming error passes through", () =>
    expect(prob("US", "magnet", NA_IN, 2025, 2029)).toBe(NA_IN));
  test("the share of seeded trials: two of Vulcan (0.5), 10X (0.75), Blacksburg (0.5) are needed, 0.625 by hand", () => {
    expect(prob("US", "magnet", 15000, 2025, 2029)).toBe(0.6232);
    expect(prob("US", "magnet", 15000, 2025, 2029, null, null, null, null, null, 10000, 1)).toBe(
      0.6232
    );
  });
  test("too few trials is #NUM!; odds as text is #VALUE!", () => {
    expectError(prob("US", "magnet", 15000, 2025, 2029, null, null, null, null, null, 10), "#NUM!");
    expectError(
      prob("US", "magnet", 15000, 2025, 2029, "fast"),
      "#VALUE!",
      /growth must be a number/
    );
  });
});

describe("RE.STOCKCOVER", () => {
  test("blank demand is #VALUE! saying it is required", () =>
    expectError(
      stockcover("India", "NdPr oxide", null as never),
      "#VALUE!",
      /demand_t_per_yr is required/
    ));
  test("an incoming error passes through unchanged", () =>
    expect(stockcover(NA_IN as never, "NdPr oxide", 1000)).toBe(NA_IN));
  test("IREL's stock and the NDS plan's potential acquisitions, by hand", () => {
    // stockpiles: IREL 500 t NdPr oxide (Energetica India, Dec 2025); NDS FY2025 potential acquisitions 300 t
    // NdPr oxide (USGS MCS 2026, p. 153)
    expect(stockcover("India", "NdPr oxide", 1000)).toBe((STOCK_T.irelNdprOxide / 1000) * 365);
    expect(stockcover("US", "NdPr oxide", 600, "years", "potential acquisitions")).toBe(
      STOCK_T.ndsFy2025.ndprOxide / 600
    );
  });
  test("unpublished holdings are #N/A; a demand of 0 is #NUM!", () => {
    expectError(stockcover("US", "NdPr oxide", 1000), "#N/A", /not published/);
    expectError(stockcover("India", "NdPr oxide", -5), "#NUM!");
  });
  test("text as demand and an unknown unit are #VALUE!", () => {
    expectError(stockcover("India", "NdPr oxide", "lots" as never), "#VALUE!", /must be a number/);
    expectError(stockcover("India", "NdPr oxide", 1000, "weeks"), "#VALUE!", /days, years/);
  });
});

describe("RE.INDICATOR", () => {
  test("blank measure is #VALUE! saying it is required", () =>
    expectError(indicator(null as never, "US"), "#VALUE!", /measure is required/));
  test("an incoming error passes through unchanged", () =>
    expect(indicator("production", DIV0_IN as never)).toBe(DIV0_IN));
  test("US net import reliance and production (USGS MCS 2026 Salient Statistics)", () => {
    expect(indicator("net import reliance", "US", 2024)).toBe(US_NET_IMPORT_RELIANCE[2024]);
    expect(indicator("production", "US", 2025, "mining")).toBe(MINE_T_REO.mcs2026[2025].US);
    expect(indicator("import source share", "US", null, null, "Malaysia")).toBe(
      US_IMPORT_SOURCE.MY
    );
  });
  test("a year the series lacks is #N/A naming its years; an impossible year #NUM!", () => {
    expectError(indicator("net import reliance", "US", 2019), "#N/A", /2025, 2024/);
    expectError(indicator("net import reliance", "US", 1200), "#NUM!");
  });
  test("text as year and an unknown measure are #VALUE!", () => {
    expectError(indicator("production", "US", "last" as never), "#VALUE!", /year must be a number/);
    expectError(indicator("mood", "US"), "#VALUE!", /net import reliance, import source share/);
  });
});
