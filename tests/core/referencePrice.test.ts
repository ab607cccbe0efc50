import { referencePrice } from "../../src/core/referencePrice";
import { cited, fixture, leavesDataUnchanged, realData } from "../_support/fixture";
import { failedWith, failureMessage, ok, paramsOf } from "../_support/outcomes";
import { NDPR_OXIDE_SMM_2026_09_USD_KG } from "../_support/expected";

const data = realData();

describe("referencePrice (USD/kg): one market's latest quote, never another's", () => {
  test("NdPr oxide, latest, in the default market (China): the Sep 2026 range 92–97 USD/kg, with its quote basis", () => {
    const result = ok(referencePrice(data, { element: "NdPr" }));
    expect(result.value).toBe(NDPR_OXIDE_SMM_2026_09_USD_KG);
    expect(result.basis[0].label).toBe(
      "NdPr oxide, China domestic, VAT excluded (SMM), 2026-09: 94.5 USD/kg (monthly range, VAT excluded)"
    );
    expect(result.basis[0].confidence).toBe("low");
    expect(ok(referencePrice(data, { element: "PrNd", form: "oxide" })).value).toBe(
      NDPR_OXIDE_SMM_2026_09_USD_KG
    );
  });

  test("a date takes the market's latest quote on or before it; a year or month means its end", () => {
    expect(ok(referencePrice(data, { element: "NdPr", date: "2025-06-30" })).value).toBe(55);
    expect(ok(referencePrice(data, { element: "NdPr", date: "2024" })).value).toBe(56); // Lynas, Dec 2024
    expect(
      ok(referencePrice(data, { element: "NdPr", date: "2024-05-01", market: "FOB China" })).value
    ).toBe(54); // FOB China 18 Apr 2024
    expect(ok(referencePrice(data, { element: "NdPr", form: "metal" })).value).toBe(149.31);
    expect(ok(referencePrice(data, { element: "NdPr", form: "metal", market: "FOB" })).value).toBe(
      63
    );
  });

  test("markets are never spliced: Dy on 31 Jul 2025 is 225 in China and 800 CIF Europe", () => {
    expect(ok(referencePrice(data, { element: "Dy", date: "2025-07-31" })).value).toBe(225);
    expect(
      ok(referencePrice(data, { element: "Dy", date: "2025-07-31", market: "Europe" })).value
    ).toBe(800);
    expect(ok(referencePrice(data, { element: "Tb", date: "2025-05-10" })).value).toBe(904.17);
    expect(ok(referencePrice(data, { element: "dysprosium" })).value).toBe(194.44);
  });

  test("the US market is the USGS annual average of Argus FOB quotes, the newest edition first: Dy 2020 = 261 (MCS 2025), 2022 = 382 (MCS 2026)", () => {
    const result = ok(referencePrice(data, { element: "Dy", date: "2020-12-31", market: "US" }));
    expect(result.value).toBe(261);
    expect(result.basis[0].sourceIds).toEqual(["USGS-MCS25", "Corrections-2026-12"]);
    expect(ok(referencePrice(data, { element: "Dy", date: "2022", market: "US" })).value).toBe(382);
    expect(
      failureMessage(
        referencePrice(data, { element: "Dy", date: "2022" }),
        "notAvailable",
        "missingPriceBefore"
      )
    ).toBe(
      "No Dy oxide price on or before 2022 in this market (its earliest quote is 2025-03-10, China domestic (SMM)). Other markets with quotes: Europe, US, FOB China."
    );
  });

  test("a date more than 92 days past the market's latest quote, or in the future, is #N/A naming that quote", () => {
    expect(
      failureMessage(
        referencePrice(data, { element: "Dy", date: "2026-11-30" }),
        "notAvailable",
        "stalePrice"
      )
    ).toBe(
      "No Dy oxide quote within 92 days before 2026-11-30 in this market: its latest quote on or before that date is 2026-02-05 (China domestic (SMM), 194.44 USD/kg)."
    );
    const fob = paramsOf(
      referencePrice(data, { element: "NdPr", date: "2024", market: "FOB China" }),
      "notAvailable",
      "stalePrice"
    );
    expect(fob.latest).toMatchObject({
      date: "2024-06-20",
      market: "FOB China",
      value: 51,
      unit: "USD/kg",
    });
    const future = paramsOf(
      referencePrice(data, { element: "NdPr", date: "2100-01-01" }),
      "notAvailable",
      "futurePriceDate"
    );
    expect(future.date).toBe("2100-01-01");
    expect(future.latest).toMatchObject({ product: "NdPr", form: "oxide" });
    expect(future.latest.date).toMatch(/^2026-09/);
    // Within the window the answer says how old its quote is.
    const recent = ok(referencePrice(data, { element: "NdPr", date: "2026-11-30" }));
    expect(recent.value).toBe(NDPR_OXIDE_SMM_2026_09_USD_KG);
    expect(recent.basis[0].note).toContain(
      "the latest quote on or before 2026-11-30 is of 2026-09"
    );
  });

  test("quotes outside the four markets (realised prices, floors) are never an answer", () => {
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
    expect(
      failureMessage(
        referencePrice(data, { element: "NdPr" }),
        "notAvailable",
        "missingPriceInMarket"
      )
    ).toBe(
      'The dataset has no China quote for NdPr oxide. Its other quotes (company realisations, global averages) are in RE.TABLE("prices").'
    );
  });

  test("missing quotes are notAvailable and say what exists", () => {
    expect(
      failureMessage(
        referencePrice(data, { element: "La" }),
        "notAvailable",
        "missingPriceInMarket"
      )
    ).toBe(
      "The dataset has no China quote for La oxide. It has US quotes: ask with that market (4th argument); markets are never mixed."
    );
    expect(ok(referencePrice(data, { element: "La", market: "US" })).value).toBe(1);
    const tm = paramsOf(referencePrice(data, { element: "Tm" }), "notAvailable", "missingPrice");
    expect(tm).toMatchObject({ product: "Tm", form: "oxide" });
    expect(tm.available.slice(0, 4)).toEqual(["NdPr|oxide", "NdPr|metal", "Dy|oxide", "Tb|oxide"]);
    expect(
      failureMessage(
        referencePrice(data, { element: "Dy", date: "2019", market: "US" }),
        "notAvailable",
        "missingPriceBefore"
      )
    ).toBe(
      "No Dy oxide price on or before 2019 in this market (its earliest quote is 2020, Argus FOB average (USGS)). Other markets with quotes: China, Europe, FOB China."
    );
  });
});

describe("referencePrice rejects bad input", () => {
  test("unknown product or form and malformed dates are invalid", () => {
    const unknown = paramsOf(
      referencePrice(data, { element: "unobtainium" }),
      "invalid",
      "unknownKeyword"
    );
    expect(unknown).toMatchObject({ what: "element", given: "unobtainium" });
    expect(unknown.accepted.slice(0, 3)).toEqual(["Sc", "Y", "La"]);
    expect(unknown.accepted[unknown.accepted.length - 1]).toBe("NdPr");
    expect(
      failureMessage(
        referencePrice(data, { element: "Nd", form: "powder" }),
        "invalid",
        "unknownKeyword"
      )
    ).toBe('Unknown form "powder". Use one of: oxide, metal, alloy, magnet.');
    expect(
      failureMessage(
        referencePrice(data, { element: "Nd", date: "June 2025" }),
        "invalid",
        "invalidDate"
      )
    ).toBe('date "June 2025" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-06-30).');
    failedWith(
      referencePrice(data, { element: "Nd", date: "2025-13-01" }),
      "invalid",
      "invalidDate"
    );
    expect(
      failureMessage(
        referencePrice(data, { element: "Nd", market: "Mars" }),
        "invalid",
        "unknownKeyword"
      )
    ).toBe('Unknown market "Mars". Use one of: China, FOB China, Europe, US.');
  });

  test("never mutates the dataset", () => {
    expect(leavesDataUnchanged((d) => referencePrice(d, { element: "Tb", date: "2025-06" }))).toBe(
      true
    );
  });
});
