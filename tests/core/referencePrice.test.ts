import { referencePrice } from "../../src/core/referencePrice";
import { cited, fixture, leavesDataUnchanged, realData } from "../_support/fixture";
import { failed, ok } from "../_support/outcomes";

const data = realData();

describe("referencePrice (USD/kg): preferred market tier first, then the latest quote in it", () => {
  test("NdPr oxide, latest: China domestic (SMM) 4 Sep 2025, 595,000-598,000 CNY/t at 7.2 = 82.85", () => {
    const result = ok(referencePrice(data, { element: "NdPr" }));
    expect(result.value).toBe(82.85);
    expect(result.basis[0].label).toBe(
      "NdPr oxide, China domestic (SMM), 2025-09-04: 82.85 USD/kg"
    );
    expect(ok(referencePrice(data, { element: "PrNd", form: "oxide" })).value).toBe(82.85);
  });

  test("a date takes the latest quote on or before it; a year or month means its end", () => {
    expect(ok(referencePrice(data, { element: "NdPr", date: "2025-06-30" })).value).toBe(59.51);
    expect(ok(referencePrice(data, { element: "NdPr", date: "2024" })).value).toBe(51); // FOB China 20 Jun 2024
    expect(ok(referencePrice(data, { element: "NdPr", date: "2024-05-01" })).value).toBe(54); // FOB China 18 Apr 2024
    expect(ok(referencePrice(data, { element: "NdPr", form: "metal" })).value).toBe(63);
  });

  test("China's quotes are preferred to later European ones (thin trade after April 2025)", () => {
    // Dy oxide on 31 Jul 2025: CIF Europe quoted 800 in Jul 2025, China domestic 225 on 23 May 2025.
    expect(ok(referencePrice(data, { element: "Dy", date: "2025-07-31" })).value).toBe(225);
    expect(ok(referencePrice(data, { element: "Tb", date: "2025-05-10" })).value).toBe(904.17);
    expect(ok(referencePrice(data, { element: "dysprosium" })).value).toBe(227.08);
  });

  test("when no preferred market has a quote yet, the next tier answers: Dy in 2020 = USGS US average 258", () => {
    const result = ok(referencePrice(data, { element: "Dy", date: "2020-12-31" }));
    expect(result.value).toBe(258);
    expect(result.basis[0].sourceIds).toEqual(["USGS-MCS21"]);
  });

  test("a contractual floor is used only when nothing else is quoted", () => {
    const data = fixture({
      prices: [
        {
          product: "NdPr",
          form: "oxide",
          market: "DoD price floor",
          date: "2025-10",
          value: 110,
          unit: "USD/kg",
          ...cited,
        },
        {
          product: "NdPr",
          form: "oxide",
          market: "MP realized",
          date: "2024",
          value: 51,
          unit: "USD/kg",
          ...cited,
        },
      ],
    });
    expect(ok(referencePrice(data, { element: "NdPr" })).value).toBe(51);
  });

  test("missing quotes are notAvailable and say what exists", () => {
    expect(failed(referencePrice(data, { element: "La" }), "notAvailable").message).toBe(
      "The dataset has no oxide price for La (it has: NdPr oxide, NdPr metal, Dy oxide, Tb oxide)."
    );
    expect(
      failed(referencePrice(data, { element: "Dy", date: "2019" }), "notAvailable").message
    ).toBe("No Dy oxide price on or before 2019 (the earliest is 2020, US average (USGS)).");
  });
});

describe("referencePrice rejects bad input", () => {
  test("unknown product or form and malformed dates are invalid", () => {
    expect(failed(referencePrice(data, { element: "unobtainium" }), "invalid").message).toMatch(
      /^Unknown element "unobtainium"\. Use one of: Sc, Y, La, .*, NdPr\.$/
    );
    expect(failed(referencePrice(data, { element: "Nd", form: "powder" }), "invalid").message).toBe(
      'Unknown form "powder". Use one of: oxide, metal, alloy, magnet.'
    );
    expect(
      failed(referencePrice(data, { element: "Nd", date: "June 2025" }), "invalid").message
    ).toBe('date "June 2025" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-06-30).');
    failed(referencePrice(data, { element: "Nd", date: "2025-13-01" }), "invalid");
  });

  test("never mutates the dataset", () => {
    expect(leavesDataUnchanged((d) => referencePrice(d, { element: "Tb", date: "2025-06" }))).toBe(
      true
    );
  });
});
