import fc from "fast-check";
import { compareDates, isAfter, onOrBefore } from "../../src/core/_lib/dates";
import { findKeyword, unknownKeywordIn } from "../../src/core/_lib/findKeyword";
import { failureText } from "../../src/core/_lib/messages/failureText";
import type { Failure } from "../../src/core/_lib/outcome";
import { KeywordMap } from "../../src/lib/keywordMap";
import { marketGroupOf, priceMarketKeywords } from "../../src/core/_lib/markets";
import type { Price } from "../../src/data/schema";
import { normaliseKeyword } from "../../src/lib/normalise";
import { supplyShare } from "../../src/core/supplyShare";
import { fixture, realData } from "../_support/fixture";
import { ok } from "../_support/outcomes";

describe("normaliseKeyword", () => {
  test("drops case, spaces, hyphens, dashes, underscores and dots", () => {
    expect(normaliseKeyword(" Non-China ")).toBe("nonchina");
    expect(normaliseKeyword("NON_CHINA")).toBe("nonchina");
    expect(normaliseKeyword("U.S.")).toBe("us");
    expect(normaliseKeyword("mine – magnet")).toBe("minemagnet");
  });

  test("is idempotent (property)", () => {
    fc.assert(
      fc.property(fc.string(), (s) => normaliseKeyword(normaliseKeyword(s)) === normaliseKeyword(s))
    );
  });
});

describe("KeywordMap", () => {
  test("first keyword is canonical, the first value for a key wins, unknown keywords give undefined", () => {
    const map = new KeywordMap<number>().add(1, ["One", "uno"]).add(2, ["two", "UNO"]);
    expect(map.accepted).toEqual(["One", "two"]);
    expect(map.find("u n o")).toBe(1);
    expect(map.find("TWO")).toBe(2);
    expect(map.find("three")).toBeUndefined();
    expect(map.find("three")).toBeUndefined();
  });

  test("finds stay right however many distinct keywords it sees", () => {
    const map = new KeywordMap<number>().add(1, ["one"]);
    for (let i = 0; i < 10_000; i++) map.find(`word ${i}`);
    expect(map.find("ONE")).toBe(1);
  });
});

describe("dates", () => {
  test("a date asked at a coarser precision covers its whole period", () => {
    expect(onOrBefore("2024-06-20", "2024")).toBe(true);
    expect(onOrBefore("2025-01-02", "2024")).toBe(false);
    expect(onOrBefore("2025", "2025-03-01")).toBe(true);
    expect(onOrBefore("2025-07", "2025-07-15")).toBe(true);
    expect(isAfter("2026-01-01", "2025-12")).toBe(true);
    expect(isAfter("2025-12-31", "2025-12")).toBe(false);
  });
});

describe("marketGroupOf", () => {
  test("a quote's own market group, or for older records the group its market's name points to", () => {
    const price = (market: string, marketGroup?: Price["marketGroup"]): Price => ({
      product: "NdPr",
      form: "oxide",
      market,
      ...(marketGroup ? { marketGroup } : {}),
      date: "2025",
      value: 1,
      unit: "USD/kg",
      sourceIds: ["X"],
      asOf: "2025",
      confidence: "high",
    });
    expect(
      [
        price("FOB China"),
        price("China domestic (SMM)"),
        price("CIF Europe (Benchmark)"),
        price("Rotterdam ask"),
        price("US average (USGS)"),
        price("MP realized"),
        price("DoD price floor"),
        price("anything", "US"),
      ].map(marketGroupOf)
    ).toEqual(["FOB China", "China", "Europe", "Europe", "US", "other", "other", "US"]);
    expect(priceMarketKeywords.find("domestic")).toBe("China");
    expect(priceMarketKeywords.find("other")).toBeUndefined();
  });
});

describe("compareDates", () => {
  test("orders every date of the dataset as the collator did, without one", () => {
    const { dataset } = realData();
    const dates = [
      ...dataset.shares.map((s) => s.asOf),
      ...dataset.prices.map((p) => p.date),
      ...dataset.exportControls.map((m) => m.effective),
      "2024",
      "2024-06",
      "2024-06-20",
      "2025",
    ];
    for (const a of dates)
      for (const b of dates)
        expect(Math.sign(compareDates(a, b))).toBe(Math.sign(a.localeCompare(b)));
  });
});

// The same call on one snapshot answering with one frozen answer, and keys keeping arguments apart, are
// the runner's answer cache's now: tests/functions/answerCache.test.ts.
describe("answers per dataset", () => {
  test("a new snapshot starts with an empty memo: a refreshed dataset is never answered from the old one", () => {
    const old = realData();
    const changed = fixture({
      production: old.dataset.production.map((p) =>
        p.country === "CN" && p.year === 2024 ? { ...p, value: 190_000 } : p
      ),
    });
    expect(ok(supplyShare(old, { country: "CN", stage: "mining", year: 2024 })).value).toBeCloseTo(
      270 / 380,
      12
    );
    expect(
      ok(supplyShare(changed, { country: "CN", stage: "mining", year: 2024 })).value
    ).toBeCloseTo(0.5, 12);
  });
});

describe("findKeyword", () => {
  const forms = new KeywordMap<string>().add("oxide", ["oxide", "REO"]).add("metal", ["metal"]);

  test("answers the value a keyword names", () => {
    expect(findKeyword(forms, "form", "reo")).toEqual({ ok: true, value: "oxide", basis: [] });
  });

  test("an unknown or missing keyword is invalid and lists the canonical keywords", () => {
    const unknown = findKeyword(forms, "form", "ore");
    expect(unknown).toEqual({
      ok: false,
      kind: "invalid",
      code: "unknownKeyword",
      params: { what: "form", given: "ore", accepted: ["oxide", "metal"] },
    });
    expect(failureText(unknown as Failure)).toBe('Unknown form "ore". Use one of: oxide, metal.');
    const missing = unknownKeywordIn(forms, "form", undefined);
    expect(missing).toEqual({
      ok: false,
      kind: "invalid",
      code: "unknownKeyword",
      params: { what: "form", given: "", accepted: ["oxide", "metal"] },
    });
    expect(failureText(missing)).toBe("Missing form. Use one of: oxide, metal.");
  });
});
