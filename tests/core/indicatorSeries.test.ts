import { indicatorValue } from "../../src/core/indicatorSeries";
import { leavesDataUnchanged, realData } from "../_support/fixture";
import { failed, failureMessage, ok } from "../_support/outcomes";
import { MINE_T_REO, US_IMPORT_SOURCE, US_NET_IMPORT_RELIANCE } from "../_support/expected";

const data = realData();

describe("indicatorValue reads series by their fields", () => {
  test("US net import reliance, compounds and metals (USGS MCS 2026): 2024 = 53%, the MCS 2025 edition's 80% superseded", () => {
    expect(
      ok(indicatorValue(data, { measure: "net import reliance", country: "US", year: 2024 })).value
    ).toBe(US_NET_IMPORT_RELIANCE[2024]);
    expect(ok(indicatorValue(data, { measure: "reliance", country: "United States" })).value).toBe(
      US_NET_IMPORT_RELIANCE[2025]
    );
  });

  test("one series per material: mining is the net exporter's bound 0 (USGS prints E)", () => {
    const result = ok(
      indicatorValue(data, { measure: "reliance", country: "US", year: 2024, stage: "mining" })
    );
    expect(result.value).toBe(0);
    expect(result.basis[0].note).toContain("net exporter");
  });

  test("production: compounds and metals by default (five years), mine production for mining (latest USGS edition)", () => {
    expect(
      ok(indicatorValue(data, { measure: "production", country: "US", year: 2025 })).value
    ).toBe(8900);
    expect(
      ok(
        indicatorValue(data, { measure: "production", country: "US", year: 2025, stage: "mining" })
      ).value
    ).toBe(MINE_T_REO.mcs2026[2025].US);
    // 2023: MCS 2025 (255,000 t, as corrected) wins over MCS 2024's figure for the same year
    expect(
      ok(indicatorValue(data, { measure: "production", country: "China", year: 2023 })).value
    ).toBe(MINE_T_REO.mcs2025[2023].CN);
  });

  test("import source share needs its partner; apparent consumption is t REO", () => {
    expect(
      ok(indicatorValue(data, { measure: "import source share", country: "US", partner: "China" }))
        .value
    ).toBe(US_IMPORT_SOURCE.CN);
    expect(
      ok(indicatorValue(data, { measure: "consumption", country: "US", year: 2025 })).value
    ).toBe(27_000);
  });

  test("what is missing is #N/A naming what exists; unknown keywords are invalid", () => {
    expect(
      failureMessage(
        indicatorValue(data, { measure: "reliance", country: "US", year: 2019 }),
        "notAvailable",
        "indicatorPointMissing"
      )
    ).toContain("2025, 2024, 2023, 2022, 2021, 2020");
    expect(
      failureMessage(
        indicatorValue(data, { measure: "reliance", country: "US", stage: "magnet" }),
        "notAvailable",
        "indicatorStageMissing"
      )
    ).toContain("separation+metal, mining");
    failed(indicatorValue(data, { measure: "reliance", country: "Japan" }), "notAvailable");
    failed(indicatorValue(data, { measure: "mood", country: "US" }), "invalid");
    failed(indicatorValue(data, { measure: "reliance", country: "US", year: -3 }), "outOfRange");
    expect(
      leavesDataUnchanged((d) => indicatorValue(d, { measure: "production", country: "CN" }))
    ).toBe(true);
  });
});
