import { failureText } from "../../src/core/_lib/messages/failureText";
import { supplyShare } from "../../src/core/supplyShare";
import {
  cited,
  fixture,
  leavesDataUnchanged,
  realData,
  rivalSeparationShares,
} from "../_support/fixture";
import { basisText, failedWith, failureMessage, ok, paramsOf } from "../_support/outcomes";
import { CHINA_SEPARATION_SHARE_2023, CHINA_SHARE_2024, MINE_T_REO } from "../_support/expected";

const data = realData();

describe("supplyShare on the reference dataset", () => {
  test("mining uses the USGS production ratio of the newest edition: China 2024 = 270,000 / 380,000 t REO (MCS 2026)", () => {
    const share = ok(supplyShare(data, { country: "China", stage: "mining", year: 2024 }));
    expect(share.value).toBeCloseTo(
      MINE_T_REO.mcs2026[2024].CN / MINE_T_REO.mcs2026[2024].WORLD,
      12
    );
    expect(share.value).toBeCloseTo(0.7105, 4);
    expect(share.basis.map((b) => b.label)).toEqual([
      "China, mining output 2024 (USGS MCS 2026)",
      "World, mining output 2024 (USGS MCS 2026)",
    ]);
    expect(share.basis[0].computed).toBe("China 270,000 ÷ world 380,000 t REO = 71.1%");
    expect(share.basis.every((b) => b.sourceIds.includes("USGS-MCS26"))).toBe(true);
  });

  test("last year's number stays reproducible: the MCS 2025 edition asked by name gives 270,000 / 390,000", () => {
    const share = ok(
      supplyShare(data, { country: "China", stage: "mining", year: 2024, basis: "USGS MCS 2025" })
    );
    expect(share.value).toBeCloseTo(
      MINE_T_REO.mcs2025[2024].CN / MINE_T_REO.mcs2025[2024].WORLD,
      12
    );
    expect(share.basis[0].label).toBe("China, mining output 2024 (USGS MCS 2025)");
  });

  test("United States 2024 = 45,500 / 380,000", () => {
    expect(ok(supplyShare(data, { country: "US", stage: "mine", year: 2024 })).value).toBeCloseTo(
      MINE_T_REO.mcs2026[2024].US / MINE_T_REO.mcs2026[2024].WORLD,
      12
    );
  });

  test("takes the latest edition that has both figures: 2023 from MCS 2025 (255,000 / 376,000), MCS 2024 on request", () => {
    const share = ok(supplyShare(data, { country: "CN", stage: "mining", year: 2023 }));
    expect(share.value).toBeCloseTo(
      MINE_T_REO.mcs2025[2023].CN / MINE_T_REO.mcs2025[2023].WORLD,
      12
    );
    expect(share.basis[0].label).toContain("USGS MCS 2025");
    expect(
      ok(supplyShare(data, { country: "CN", stage: "mining", year: 2023, basis: "USGS MCS 2024" }))
        .value
    ).toBeCloseTo(MINE_T_REO.mcs2024[2023].CN / MINE_T_REO.mcs2024[2023].WORLD, 12);
  });

  test("the default year is the stage's latest observed year (2025 for mining, 2024 for separation and magnet)", () => {
    expect(ok(supplyShare(data, { country: "China", stage: "mining" })).value).toBeCloseTo(
      MINE_T_REO.mcs2026[2025].CN / MINE_T_REO.mcs2026[2025].WORLD,
      12
    );
    // 2025 has no observed separation or magnet share (the 2025 claims are indicators), so 2024 (IEA-Oct25).
    expect(ok(supplyShare(data, { country: "China", stage: "separation" })).value).toBe(
      CHINA_SHARE_2024.separation
    );
    expect(ok(supplyShare(data, { country: "China", stage: "magnet" })).value).toBe(
      CHINA_SHARE_2024.magnet
    );
  });

  test("other stages use the reported share on the stage's default basis: China separation 2023 = 92% (IEA GCMO 2024, magnet REE refined)", () => {
    const share = ok(supplyShare(data, { country: "PRC", stage: "refining", year: 2023 }));
    expect(share.value).toBe(CHINA_SEPARATION_SHARE_2023);
    expect(share.basis[0].sourceIds).toEqual(["IEA-GCMO24"]);
    expect(share.basis[0].label).toBe(
      "China, share of world separation / refining 2023 (magnet REE refined; IEA GCMO 2024)"
    );
    expect(ok(supplyShare(data, { country: "China", stage: "separation", year: 2024 })).value).toBe(
      CHINA_SHARE_2024.separation
    );
    expect(ok(supplyShare(data, { country: "China", stage: "magnet", year: 2024 })).value).toBe(
      CHINA_SHARE_2024.magnet
    );
  });

  test("one basis per answer: 2020 has only BIS and Argonne figures, so it is #N/A naming them until one is asked for", () => {
    const failure = failedWith(
      supplyShare(data, { country: "China", stage: "mining", year: 2020 }),
      "notAvailable",
      "otherBases"
    );
    expect(failureText(failure)).toBe(
      'No share for China at mining in 2020 on the basis asked (observed, total REO mined); the dataset has: observed, REE mined (BIS finding), BIS Section 232 (2022) (ask with basis "BIS Section 232 (2022)"); observed, REE mined (Argonne), Argonne 2022 (ask with basis "Argonne 2022"). Shares of different bases are not one series.'
    );
    expect(
      ok(supplyShare(data, { country: "China", stage: "mining", year: 2020, basis: "BIS" })).value
    ).toBe(0.6);
    expect(
      ok(supplyShare(data, { country: "China", stage: "mining", year: 2020, basis: "Argonne" }))
        .value
    ).toBe(0.58);
    expect(
      ok(supplyShare(data, { country: "China", stage: "magnet", year: 2020, basis: "BIS" })).value
    ).toBe(0.9);
    // 2023 mining on the IEA's magnet-REE basis, asked for: not the USGS ratio of the same year.
    expect(
      ok(supplyShare(data, { country: "China", stage: "mining", year: 2023, basis: "magnet REE" }))
        .value
    ).toBe(0.62);
  });

  test("a projection-only year is #N/A saying which projection exists and how to ask; asked for, it names the scenario", () => {
    expect(
      failureMessage(
        supplyShare(data, { country: "Malaysia", stage: "separation", year: 2030 }),
        "notAvailable",
        "otherBases"
      )
    ).toBe(
      'No share for Malaysia at separation in 2030 on the basis asked (observed, magnet REE refined); the dataset has: projection "IEA base case (GCMO 2024)", magnet REE refined (ask with basis "IEA base case (GCMO 2024)"). Shares of different bases are not one series.'
    );
    const share = supplyShare(data, {
      country: "Malaysia",
      stage: "separation",
      year: 2030,
      basis: "IEA base case (GCMO 2024)",
    });
    expect(ok(share).value).toBe(0.12);
    expect(basisText(share)).toContain("projection: IEA base case (GCMO 2024)");
    expect(
      ok(supplyShare(data, { country: "China", stage: "mining", year: 2035, basis: "projection" }))
        .value
    ).toBe(0.52);
  });

  test("missing data is notAvailable and names the years and countries the dataset has", () => {
    const failure = failedWith(
      supplyShare(data, { country: "Vietnam", stage: "separation", year: 2024 }),
      "notAvailable",
      "missingShare"
    );
    expect(failureText(failure)).toBe(
      "No share for Vietnam at separation in 2024: at separation the dataset has China, Malaysia, Australia, observed for 2020, 2023, 2024, and projections for 2030, 2035."
    );
    const own = failedWith(
      supplyShare(data, { country: "Malaysia", stage: "separation", year: 2024 }),
      "notAvailable",
      "missingShare"
    );
    expect(failureText(own)).toBe(
      "No share for Malaysia at separation in 2024: the dataset has Malaysia at separation for 2023, 2030."
    );
  });

  test("a stage without any share (metal: a documented gap) is notAvailable", () => {
    expect(
      failureMessage(
        supplyShare(data, { country: "China", stage: "metal" }),
        "notAvailable",
        "missingStageData"
      )
    ).toBe("The dataset has no share data for the metal stage.");
    expect(
      failureMessage(
        supplyShare(data, { country: "China", stage: "metal", year: 2030 }),
        "notAvailable",
        "missingShare"
      )
    ).toBe("No share for China at metal in 2030: the dataset has no share at the metal stage.");
  });

  test("an unknown basis is invalid and lists the bases, editions and scenarios", () => {
    const basis = paramsOf(
      supplyShare(data, { country: "China", stage: "mining", year: 2024, basis: "astrology" }),
      "invalid",
      "unknownKeyword"
    );
    expect(basis).toMatchObject({ what: "basis", given: "astrology" });
    expect(basis.accepted.slice(0, 4)).toEqual([
      "observed",
      "projection",
      "total REO mined",
      "USGS MCS 2026",
    ]);
  });
});

describe("supplyShare rejects bad input", () => {
  test("unknown country or stage is invalid and lists the accepted values", () => {
    const country = failedWith(
      supplyShare(data, { country: "Atlantis", stage: "mining" }),
      "invalid",
      "unknownKeyword"
    );
    expect(country.params).toMatchObject({ what: "country", given: "Atlantis" });
    expect(country.params.accepted.slice(0, 4)).toEqual(["WORLD", "CN", "US", "MM"]);
    const stage = failedWith(
      supplyShare(data, { country: "China", stage: "smelting" }),
      "invalid",
      "unknownKeyword"
    );
    expect(failureText(stage)).toBe(
      'Unknown stage "smelting". Use one of: mining, separation, metal, magnet, recycling.'
    );
  });

  test("an impossible year is outOfRange", () => {
    expect(
      failureMessage(
        supplyShare(data, { country: "China", stage: "mining", year: 1200 }),
        "outOfRange",
        "numberOutOfRange"
      )
    ).toBe("year must be between 1900 and 2200; got 1200.");
    failedWith(
      supplyShare(data, { country: "China", stage: "mining", year: 2024.5 }),
      "outOfRange",
      "notWholeNumber"
    );
    failedWith(
      supplyShare(data, { country: "China", stage: "mining", year: Number.NaN }),
      "outOfRange",
      "notFiniteNumber"
    );
  });

  test("never mutates the dataset", () => {
    expect(
      leavesDataUnchanged((d) => {
        supplyShare(d, { country: "China", stage: "mining", year: 2024 });
        supplyShare(d, { country: "Malaysia", stage: "separation", year: 2030 });
        supplyShare(d, { country: "Vietnam", stage: "separation" });
      })
    ).toBe(true);
  });
});

describe("supplyShare on fixtures", () => {
  test("of two observed reports for one year the more confident wins, whatever their order", () => {
    const data = fixture({
      shares: [...rivalSeparationShares],
    });
    const share = ok(supplyShare(data, { country: "China", stage: "separation", year: 2025 }));
    expect(share.value).toBe(0.9); // the medium-confidence record, not the low one listed first
    expect(share.basis[0].confidence).toBe("medium");
  });

  test("an observed share is preferred to a projection of the same year, which is only used in projection years", () => {
    const data = fixture({
      shares: [
        {
          stage: "magnet",
          country: "CN",
          year: 2030,
          value: 0.8,
          projection: "scenario A",
          ...cited,
        },
        { stage: "magnet", country: "JP", year: 2030, value: 0.05, ...cited },
      ],
    });
    // 2030 has an observed figure (Japan), so it is not a projection year: China's projection is not used.
    failedWith(
      supplyShare(data, { country: "China", stage: "magnet", year: 2030 }),
      "notAvailable",
      "otherBases"
    );
    expect(ok(supplyShare(data, { country: "Japan", stage: "magnet", year: 2030 })).value).toBe(
      0.05
    );
  });

  test("a production edition without a world total falls through to reported shares", () => {
    const data = fixture({
      production: [
        {
          stage: "mining",
          country: "CN",
          year: 2024,
          edition: "E1",
          estimated: false,
          value: 10,
          unit: "t REO",
          ...cited,
        },
      ],
      shares: [{ stage: "mining", country: "CN", year: 2024, value: 0.5, ...cited }],
    });
    expect(ok(supplyShare(data, { country: "China", stage: "mining", year: 2024 })).value).toBe(
      0.5
    );
  });
});

describe("supplyShare of a group or an analyst's own list (issue 10 item 2)", () => {
  test("a list is the sum of its members' shares on one series: US + Australia 2024 = (45,500 + 29,000) / 380,000", () => {
    const result = supplyShare(data, { country: "US+Australia", stage: "mining", year: 2024 });
    expect(ok(result).value).toBeCloseTo(
      (MINE_T_REO.mcs2026[2024].US + MINE_T_REO.mcs2026[2024].AU) / MINE_T_REO.mcs2026[2024].WORLD,
      12
    );
    const us = ok(supplyShare(data, { country: "US", stage: "mining", year: 2024 })).value;
    const au = ok(supplyShare(data, { country: "Australia", stage: "mining", year: 2024 })).value;
    expect(ok(result).value).toBeCloseTo(us + au, 12);
    expect(basisText(result)).toContain("United States 12% + Australia 7.6% = 19.6%");
    expect(basisText(result)).toContain("members in this dataset: United States, Australia");
  });

  test("each country once, whatever the separator: 'US+Australia+US' and 'Australia, US' equal 'US+Australia'", () => {
    const once = ok(supplyShare(data, { country: "US+Australia", stage: "mining", year: 2024 }));
    for (const country of ["US+Australia+US", "Australia, US", "US + Australia"])
      expect(ok(supplyShare(data, { country, stage: "mining", year: 2024 })).value).toBe(
        once.value
      );
  });

  test("a member without a figure on the series makes it #N/A naming the member, never 0", () => {
    const message = failureMessage(
      supplyShare(data, { country: "Quad", stage: "mining", year: 2025 }),
      "notAvailable",
      "groupShareMissing"
    );
    expect(message).toContain("members: Japan");
    expect(message).toContain("not counted as 0");
    expect(
      failureMessage(
        supplyShare(data, { country: "allied", stage: "mining", year: 2024 }),
        "notAvailable",
        "groupShareMissing"
      )
    ).toContain("South Korea");
  });

  test("a world-minus group is 100% less the countries outside it: non-China 2024 = 1 − 270,000 / 380,000", () => {
    expect(
      ok(supplyShare(data, { country: "non-China", stage: "mining", year: 2024 })).value
    ).toBeCloseTo(1 - MINE_T_REO.mcs2026[2024].CN / MINE_T_REO.mcs2026[2024].WORLD, 12);
    // IEA GCMO 2024, magnet REE refined: China 92% → the rest 8%, whatever the report lists
    expect(
      ok(supplyShare(data, { country: "non-China", stage: "separation", year: 2023 })).value
    ).toBeCloseTo(1 - CHINA_SEPARATION_SHARE_2023, 12);
  });

  test("reported shares add up too, and the basis argument passes through: China + Malaysia separation 2023 = 92% + 5%", () => {
    expect(
      ok(supplyShare(data, { country: "China+Malaysia", stage: "separation", year: 2023 })).value
    ).toBeCloseTo(0.97, 12);
    // MCS 2025 edition asked by name: China 270,000 + Myanmar 31,000 of 390,000
    const older = ok(
      supplyShare(data, {
        country: "China+Myanmar",
        stage: "mining",
        year: 2024,
        basis: "USGS MCS 2025",
      })
    );
    const cn = ok(
      supplyShare(data, { country: "CN", stage: "mining", year: 2024, basis: "USGS MCS 2025" })
    );
    const mm = ok(
      supplyShare(data, { country: "MM", stage: "mining", year: 2024, basis: "USGS MCS 2025" })
    );
    expect(older.value).toBeCloseTo(cn.value + mm.value, 12);
  });

  test("unknown items and groups without published members are refused with the reason", () => {
    expect(
      failureMessage(
        supplyShare(data, { country: "US+Narnia", stage: "mining" }),
        "invalid",
        "unknownRegion"
      )
    ).toContain('Unknown region "Narnia"');
    expect(
      failureMessage(
        supplyShare(data, { country: "FORGE", stage: "mining" }),
        "notAvailable",
        "membershipNotPublished"
      )
    ).toContain("not published");
    // a single unknown name keeps the country parameter's message
    expect(
      failureMessage(
        supplyShare(data, { country: "Narnia", stage: "mining" }),
        "invalid",
        "unknownKeyword"
      )
    ).toContain('Unknown country "Narnia"');
  });
});
