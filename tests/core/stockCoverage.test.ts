import { stockCoverage } from "../../src/core/stockCoverage";
import { leavesDataUnchanged, realData } from "../_support/fixture";
import { basisText, failed, failureMessage, ok } from "../_support/outcomes";
import { STOCK_T } from "../_support/expected";

const data = realData();

describe("stockCoverage: stock ÷ demand × 365 on the stock's own material", () => {
  test("IREL's 500 t of NdPr oxide covers 1,000 t/yr for 500 / 1,000 × 365 = 182.5 days", () => {
    const result = stockCoverage(data, { holder: "India", material: "NdPr oxide", demand: 1000 });
    expect(ok(result).value).toBe((STOCK_T.irelNdprOxide / 1000) * 365);
    expect(basisText(result)).toContain("500 t ÷ 1,000 t/yr × 365 = 182.5 days");
    expect(basisText(result)).toContain("not a declared strategic reserve");
    expect(ok(result).basis[0].confidence).toBe("medium");
  });

  test("in years: 500 / 1,000 = 0.5", () => {
    expect(
      ok(stockCoverage(data, { holder: "IREL", material: "NdPr", demand: 1000, unit: "years" }))
        .value
    ).toBe(0.5);
  });

  test("US holdings are not published: #N/A naming the FY2025 potential acquisitions and how to ask", () => {
    const message = failureMessage(
      stockCoverage(data, { holder: "US", material: "NdPr oxide", demand: 1000 }),
      "notAvailable",
      "stockNotPublished"
    );
    expect(message).toContain("not published");
    expect(message).toContain(
      'potential acquisitions FY2025: 300 t (ask with measure "potential acquisitions")'
    );
  });

  test("potential acquisitions when asked (USGS MCS 2026: 300 t NdPr oxide, 450 t NdFeB block), said not to be a stock", () => {
    const ndpr = stockCoverage(data, {
      holder: "US",
      material: "NdPr oxide",
      demand: 1000,
      measure: "potential acquisitions",
    });
    expect(ok(ndpr).value).toBeCloseTo((STOCK_T.ndsFy2025.ndprOxide / 1000) * 365, 12);
    expect(basisText(ndpr)).toContain("not purchases made or stock held");
    expect(
      ok(
        stockCoverage(data, {
          holder: "National Defense Stockpile",
          material: "NdFeB magnet block",
          demand: 900,
          measure: "potential acquisitions",
        })
      ).value
    ).toBeCloseTo((STOCK_T.ndsFy2025.ndfebBlock / 900) * 365, 12);
  });

  test("'Government Stockpile: None' for heavy rare earths is a cited 0 t, so 0 days", () => {
    const result = stockCoverage(data, { holder: "US", material: "dysprosium", demand: 100 });
    expect(ok(result).value).toBe(0);
    expect(ok(result).basis[0].sourceIds).toEqual(["USGS-MCS26-HREE"]);
  });

  test("figures in days or money, and unpublished ones, are #N/A saying so, never 0", () => {
    expect(
      failureMessage(
        stockCoverage(data, { holder: "Korea", material: "neodymium", demand: 100 }),
        "notAvailable",
        "stockNotTonnes"
      )
    ).toContain("not a tonnage");
    expect(
      failureMessage(
        stockCoverage(data, { holder: "Japan", material: "rare earths", demand: 100 }),
        "notAvailable",
        "stockNotPublished"
      )
    ).toContain("not disclosed");
    expect(
      failureMessage(
        stockCoverage(data, { holder: "US", material: "yttrium", demand: 100 }),
        "notAvailable",
        "stockNotPublished"
      )
    ).toContain("Not available");
    expect(
      failureMessage(
        stockCoverage(data, { holder: "China", material: "rare earths", demand: 100 }),
        "notAvailable",
        "stockMeasureMissing"
      )
    ).toContain("949 million USD");
  });

  test("bad input: unknown holder, material, unit or measure; demand not above 0", () => {
    expect(
      failureMessage(
        stockCoverage(data, { holder: "Narnia", material: "NdPr", demand: 1 }),
        "notAvailable",
        "unknownStockHolder"
      )
    ).toContain("JOGMEC");
    expect(
      failureMessage(
        stockCoverage(data, { holder: "US", material: "unobtainium", demand: 1 }),
        "notAvailable",
        "unknownStockMaterial"
      )
    ).toContain("NdFeB magnet block");
    failed(
      stockCoverage(data, { holder: "US", material: "NdPr", demand: 1, unit: "weeks" }),
      "invalid"
    );
    failed(
      stockCoverage(data, { holder: "US", material: "NdPr", demand: 1, measure: "target" }),
      "invalid"
    );
    failed(stockCoverage(data, { holder: "US", material: "NdPr", demand: 0 }), "outOfRange");
    failed(
      stockCoverage(data, { holder: "US", material: "NdPr", demand: Number.NaN }),
      "outOfRange"
    );
    expect(
      leavesDataUnchanged((d) => stockCoverage(d, { holder: "India", material: "NdPr", demand: 5 }))
    ).toBe(true);
  });
});
