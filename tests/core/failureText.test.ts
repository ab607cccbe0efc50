/**
 * The one renderer of core failures: every code puts its params into prose a user can read, with no
 * internal record id, no "undefined", "null" or "NaN", and no empty fragment ("()", " ,", a doubled space).
 * The table below is typed by code, so a new code without a case here does not compile.
 */
import { failureText, type FailureParams } from "../../src/core/_lib/messages/failureText";
import { fail, type Failure, type FailureCode } from "../../src/core/_lib/outcome";
import { realData } from "../_support/fixture";

const data = realData().dataset;
const plant = data.capacity[0];
const otherPlant = data.capacity[1];
const quote = data.prices[0];
const laterQuote = data.prices[1];
const forge = data.regions.find((r) => r.members?.length === 0);
const ranged = data.indicators.find((i) => i.low !== undefined && i.high !== undefined);
if (!forge || !ranged)
  throw new Error("the dataset lost its unpublished group or its ranged factor");

function stockpile(id: string) {
  const found = data.stockpiles.find((s) => s.id === id);
  if (!found) throw new Error(`the dataset lost stockpile ${id}`);
  return found;
}

const SAMPLES: { readonly [C in FailureCode]: readonly FailureParams[C][] } = {
  unknownKeyword: [
    { what: "stage", given: "smelting", accepted: ["mining", "separation"] },
    { what: "stage", given: "  ", accepted: ["mining", "separation"] },
  ],
  unknownScope: [{ given: "medium", classes: ["any", "light"], countries: ["CN", "US"] }],
  unknownRegion: [
    { given: "EU", regions: ["allied", "G7"], countries: ["CN", "US"] },
    { given: "", regions: ["allied", "G7"], countries: ["CN", "US"] },
  ],
  emptyChainLink: [{ text: "mine>>magnet" }],
  emptyRegionListItem: [{ text: "US++Japan" }],
  notFiniteNumber: [{ what: "demand", value: Number.POSITIVE_INFINITY }],
  numberOutOfRange: [{ what: "year", value: 1200, min: 1900, max: 2200 }],
  numberBelow: [{ what: "weight 1 (Allied supply coordination)", value: -1, min: 0 }],
  numberNotPositive: [{ what: "demand", value: 0 }],
  notWholeNumber: [{ what: "year", value: 2024.5 }],
  resultNotFinite: [{}],
  wrongCount: [{ what: "scores", expected: 6, got: 5 }],
  zeroWeights: [{}],
  invalidDate: [{ what: "date", given: "June 2025" }],
  growthTooLow: [{ growth: -1 }],
  sameSupplierAndConsumer: [{ country: "United States" }],
  missingLeadTime: [{ stage: "Recycling", scope: "heavy" }],
  missingLeadTimeCase: [
    { stage: "Metal & alloy", scope: "any", leadCase: "low", given: ["base"] },
    { stage: "Recycling", scope: "any", leadCase: "base", given: [] },
  ],
  missingStageData: [{ stage: "metal" }],
  missingShare: [
    {
      country: "Vietnam",
      stage: "separation",
      year: 2024,
      countryYears: [],
      stageYears: [2023, 2024],
      projectionYears: [2030],
      stageCountries: ["China", "Malaysia"],
    },
    {
      country: "Malaysia",
      stage: "separation",
      year: 2024,
      countryYears: [2023],
      stageYears: [],
      projectionYears: [],
      stageCountries: [],
    },
    {
      country: "China",
      stage: "metal",
      year: 2030,
      countryYears: [],
      stageYears: [],
      projectionYears: [],
      stageCountries: [],
    },
  ],
  otherBases: [
    {
      country: "China",
      stage: "mining",
      year: 2020,
      asked: "observed, total REO mined",
      available: [
        { basis: "REE mined (BIS finding)", edition: "BIS Section 232 (2022)" },
        { basis: "magnet REE refined", edition: "GCMO 2024", projection: "IEA base case" },
      ],
    },
  ],
  importStageNotCovered: [
    { consumer: "United States", stage: "mining", covered: ["separation", "metal"] },
  ],
  missingImportReliance: [{ consumer: "Japan", supplier: "China", stage: "separation" }],
  missingImportRelianceYear: [{ consumer: "United States", year: 2019, years: [2024, null] }],
  missingImportSource: [{ consumer: "United States", supplier: "Malaysia" }],
  missingDependency: [
    { consumer: "World", supplier: "China", stages: ["mining", "magnet"] },
    { consumer: "World", supplier: "China", stages: [] },
  ],
  missingConcentration: [
    { stage: "separation", year: 2022, years: [2023, 2024], projected: [2030] },
    { stage: "metal", year: 2024, years: [], projected: [] },
  ],
  nothingCounted: [
    {
      label: "Capacity: US, recycling",
      product: "REO",
      unsized: [],
      undated: [],
      otherProduct: [],
    },
    {
      label: "Capacity: Japan, magnet",
      product: "NdFeB",
      unsized: [plant],
      undated: [],
      otherProduct: [],
    },
    {
      label: "Capacity: EU, metal",
      product: "NdPr metal",
      unsized: [],
      undated: [],
      otherProduct: [otherPlant],
    },
  ],
  notWithinHorizon: [{ base: 2026, horizon: 2029 }],
  beyondHorizon: [{ year: 2035, horizon: 2029 }],
  missingIntensity: [{ application: "data center", material: "NdFeB" }],
  unsupportedIntensityUnit: [{ application: "motor", unit: "kg/MW", expected: "kg" }],
  missingFactor: [{ what: "Nd metal per oxide", from: "oxide", to: "metal" }],
  missingComposition: [
    { material: "Dy", record: ranged, use: "demand" },
    { material: "Tb", record: undefined, use: "demand" },
    { material: "Dy", record: ranged, use: "conversion" },
  ],
  noMagnetShare: [{ element: "Cerium", materials: ["NdPr", "Nd", "Pr", "Dy", "Tb"] }],
  notConvertible: [{ application: "F-35", basis: "REE", material: "NdFeB" }],
  elementRequired: [{ form: "oxide", other: "metal" }],
  missingPrice: [{ product: "Tm", form: "oxide", available: ["NdPr|oxide", "Dy|oxide"] }],
  missingPriceInMarket: [
    { product: "La", form: "oxide", market: "China", markets: ["US"] },
    { product: "La", form: "oxide", market: "China", markets: ["other"] },
  ],
  missingPriceBefore: [
    {
      product: "Dy",
      form: "oxide",
      date: "2019",
      quotes: [quote, laterQuote],
      otherMarkets: ["US"],
    },
    { product: "Dy", form: "oxide", date: "2019", quotes: [quote], otherMarkets: [] },
  ],
  stalePrice: [{ date: "2026-11-30", latest: quote, windowDays: 92 }],
  futurePriceDate: [{ date: "2100-01-01", latest: quote }],
  missingElementField: [{ element: "Lanthanum", field: "chinaGroup" }],
  membershipNotPublished: [{ region: forge }],
  ownProjectTooShort: [{ row: 2 }],
  ownProjectBadKeyword: [
    {
      row: 1,
      column: "country",
      cause: fail("invalid", "unknownKeyword", {
        what: "country",
        given: "Atlantis",
        accepted: ["CN", "US"],
      }),
    },
  ],
  ownProjectBadCapacity: [{ row: 3 }],
  ownProjectBadFirstYear: [{ row: 1, min: 1990, max: 2100 }],
  ownProjectBadStatus: [{ row: 4, accepted: ["operating", "committed", "planned"] }],
  historyEmpty: [
    { fn: "RE.SHARE", periods: [2020, 2024], reason: "No share for Vietnam at mining in 2024." },
    { fn: "RE.PRICE", periods: [], reason: "" },
  ],
  chainFactorMissing: [{ downstream: "NdPr oxide", upstream: "REO" }],
  chainNotWithinHorizon: [
    {
      base: 2026,
      horizon: 2029,
      binding: [
        { year: 2026, stage: "Magnet", capacity: 1000, need: 3000 },
        { year: 2027, stage: "Metal", capacity: null, need: 3000 },
      ],
    },
  ],
  scenarioCaseMissing: [
    { stage: "Metal & alloy", leadCase: "high", given: ["base"] },
    { stage: "Recycling", leadCase: "low", given: [] },
  ],
  notWhole: [{ what: "trials", value: 1000.5 }],
  probabilityYearBeforeBase: [{ year: 2024, base: 2025 }],
  probabilityNothingToCount: [{ stage: "Magnet manufacturing", region: "Canada" }],
  oddsBadRow: [{ row: 2, statuses: ["operating", "planned"] }],
  groupShareMissing: [
    {
      group: "Quad",
      stage: "mining",
      year: 2025,
      asked: "observed, total REO mined",
      missing: ["Japan"],
      complement: false,
    },
    {
      group: "Non-China (rest of world)",
      stage: "separation",
      year: 2024,
      asked: "observed, magnet REE refined",
      missing: ["China"],
      complement: true,
    },
  ],
  groupWithoutMembers: [{ group: "Nowhere" }],
  missingGroupImportSources: [
    { consumer: "United States", group: "allied", missing: ["Australia", "Thailand"] },
  ],
  groupAsConsumer: [{ group: "United States + Japan", withData: ["United States"] }],
  unknownStockHolder: [{ given: "Narnia", holders: ["IREL (India) Ltd", "JOGMEC"] }],
  unknownStockMaterial: [
    { holder: "United States", material: "unobtainium", materials: ["NdPr oxide", "lanthanum"] },
  ],
  stockNotPublished: [
    { stock: stockpile("jp-jogmec-held"), others: [stockpile("jp-jogmec-target")] },
    {
      stock: stockpile("us-nds-rare-earths-held"),
      others: [stockpile("us-nds-fy2025-ndpr-oxide")],
    },
  ],
  stockNotTonnes: [{ stock: stockpile("kr-gunsan-neodymium"), others: [] }],
  stockMeasureMissing: [
    {
      holder: "China",
      material: "rare earths",
      measure: "held",
      others: [stockpile("cn-state-2012")],
    },
  ],
  indicatorSeriesMissing: [
    { measure: "net import reliance", country: "Japan" },
    { measure: "import source share", country: "United States", partner: "Russia" },
  ],
  indicatorStageMissing: [
    {
      measure: "production",
      country: "United States",
      stage: "magnet",
      held: ["separation+metal"],
    },
  ],
  indicatorPointMissing: [
    { measure: "net import reliance", country: "United States", year: 2019, years: [2025, 2024] },
    { measure: "import source share", country: "United States", year: 2024, years: [null] },
  ],
  indicatorValueMissing: [
    { name: "World yttrium mine production", year: 2025, note: "USGS gives a range only." },
    { name: "China mining quota", year: null },
  ],
};

const cases: [FailureCode, number, Failure][] = (Object.keys(SAMPLES) as FailureCode[]).flatMap(
  (code) =>
    SAMPLES[code].map(
      (params, i) => [code, i, { ok: false, kind: "invalid", code, params } as Failure] as const
    )
) as [FailureCode, number, Failure][];

/** Ids of the dataset records the samples carry: none may reach a user's text (a region's id is its keyword). */
const recordIds = [plant.id, otherPlant.id, ranged.id];

describe("failureText renders every code as prose", () => {
  test.each(cases)("%s (sample %i)", (_code, _i, failure) => {
    const text = failureText(failure);
    expect(text.length).toBeGreaterThan(20);
    expect(text).toMatch(/[.)]$/);
    expect(text).not.toMatch(/undefined|null|NaN|\[object/);
    // "()" only as a function's call (RE.GAPS()), never as an empty aside.
    expect(text).not.toMatch(/(?<![A-Z])\(\s*\)|\s[,.;:]|,,|\s{2}|:\s*\.|\|/);
    for (const id of recordIds) expect(text).not.toContain(id);
  });

  test("every code has a sample", () => {
    expect(new Set(cases.map(([code]) => code)).size).toBe(Object.keys(SAMPLES).length);
  });

  test("a nested failure (an analyst's row naming an unknown country) quotes the lookup's own text", () => {
    expect(failureText(cases.find(([code]) => code === "ownProjectBadKeyword")![2])).toBe(
      'Your projects, row 1, country: Unknown country "Atlantis". Use one of: CN, US.'
    );
  });
});

test("a binding list shows whole tonnes from 100 t up, and keeps a small figure's digits so none reads as 0", () => {
  const text = failureText(
    fail("notAvailable", "chainNotWithinHorizon", {
      base: 2026,
      horizon: 2035,
      binding: [
        { year: 2028, stage: "Metal & alloy", capacity: 2449.44, need: 2645.3952 },
        { year: 2029, stage: "Recycling", capacity: 12.34, need: 0.0421 },
      ],
    })
  );
  expect(text).toContain("2028 metal & alloy (2,449 t/yr for 2,645 t/yr)");
  expect(text).toContain("2029 recycling (12.3 t/yr for 0.0421 t/yr)");
});
