/**
 * The December 2026 figures against their sources: USGS Mineral Commodity Summaries 2026 (the Rare Earths,
 * Rare Earths (Heavy) and Yttrium sheets, version 1.3 of 27 May 2026), transcribed here from the printed
 * tables, and each correction of the December 2026 check against the source it names.
 */
import dataset from "../../src/data/dataset.json";
import type { DatasetShape } from "../../src/data/schema";

const data = dataset as unknown as DatasetShape;
const MCS26 = "USGS MCS 2026";

/** World Mine Production and Reserves (p. 153), t REO; "—" (zero) is 0, NA is null. Footnote marks removed. */
const MINE_PRODUCTION: Readonly<Record<string, readonly [number, number]>> = {
  US: [45_500, 51_000],
  AU: [29_000, 29_000],
  BR: [560, 2_000],
  MM: [27_000, 22_000],
  CA: [0, 0],
  CN: [270_000, 270_000],
  GL: [0, 0],
  IN: [2_900, 2_900],
  MG: [1_400, 2_700],
  MY: [140, 110],
  NG: [1_500, 1_500],
  RU: [2_600, 2_600],
  ZA: [0, 0],
  TZ: [0, 0],
  TH: [2_100, 4_800],
  VN: [300, 150],
  ZZ: [1_000, 550],
  WORLD: [380_000, 390_000],
};

const RESERVES: Readonly<Record<string, number | null>> = {
  US: 1_900_000,
  AU: 6_300_000,
  BR: 11_000_000,
  CA: 830_000,
  CN: 44_000_000,
  GL: 1_500_000,
  IN: null,
  MY: 710_000,
  RU: 3_800_000,
  ZA: 860_000,
  TZ: 890_000,
  VN: 3_500_000,
  MM: null,
  WORLD: 75_000_000,
};

/** Salient Statistics prices, USD/kg, 2021–2025 (Rare Earths, Rare Earths (Heavy), Yttrium sheets). */
const OXIDE_PRICES: Readonly<Record<string, readonly number[]>> = {
  La: [1.51, 1.39, 0.96, 0.97, 1.0],
  Ce: [1.54, 1.45, 1.03, 1.21, 1.71],
  Pr: [93, 128, 76, 56, 74],
  Nd: [98, 134, 78, 56, 73],
  NdPr: [92, 124, 75, 55, 69],
  Sm: [2.03, 3.34, 2.17, 2.01, 2.82],
  Eu: [31, 30, 27, 27, 27],
  Gd: [47, 75, 47, 28, 30],
  Tb: [1340, 2050, 1300, 812, 1010],
  Dy: [410, 382, 330, 257, 239],
  Ho: [140, 180, 91, 67, 70],
  Er: [36, 53, 41, 43, 46],
  Yb: [15, 14, 13, 14, 15],
  Lu: [811, 814, 829, 780, 888],
  Y: [6, 12, 8, 6, 9],
};

function production(country: string, year: number, edition: string) {
  return data.production.filter(
    (p) => p.country === country && p.year === year && p.edition === edition
  );
}

function record<T extends { id: string }>(table: readonly T[], id: string): T {
  const found = table.find((r) => r.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
}

describe("USGS Mineral Commodity Summaries 2026 as printed", () => {
  test.each(Object.entries(MINE_PRODUCTION))(
    "%s mine production 2024 and 2025",
    (country, [y24, y25]) => {
      for (const [year, value] of [
        [2024, y24],
        [2025, y25],
      ] as const) {
        const rows = production(country, year, MCS26);
        expect(rows).toHaveLength(1);
        expect(rows[0].value).toBe(value);
        expect(rows[0].unit).toBe("t REO");
        expect(rows[0].sourceIds).toEqual(["USGS-MCS26"]);
        expect(rows[0].confidence).toBe("high");
      }
    }
  );

  test("a zero comes only from a printed dash, and says so", () => {
    for (const p of data.production.filter((r) => r.value === 0)) {
      expect(p.edition).toBe(MCS26);
      expect(p.note).toMatch(/"—".*zero/);
    }
  });

  test("2024 follows the newest edition while the older edition's figure stays with its source", () => {
    const revised: Readonly<Record<string, readonly [number, number]>> = {
      WORLD: [390_000, 380_000],
      AU: [13_000, 29_000],
      NG: [13_000, 1_500],
      TH: [13_000, 2_100],
      MM: [31_000, 27_000],
    };
    for (const [country, [older, newer]] of Object.entries(revised)) {
      expect(production(country, 2024, "USGS MCS 2025")[0]).toMatchObject({
        value: older,
        sourceIds: ["USGS-MCS25"],
      });
      expect(production(country, 2024, MCS26)[0].value).toBe(newer);
    }
  });

  test.each(Object.entries(RESERVES))("%s reserves", (country, value) => {
    const rows = data.reserves.filter((r) => r.country === country && r.edition === MCS26);
    expect(rows).toHaveLength(1);
    expect(rows[0].value).toBe(value);
    if (country === "WORLD") expect(rows[0].qualifier).toBe(">");
  });

  test("net import reliance 2021–2025 and the 2021–24 import sources", () => {
    const reliance = (year: number) => record(data.indicators, `us-net-import-reliance-${year}`);
    expect(reliance(2024)).toMatchObject({ value: 0.53, sourceIds: ["USGS-MCS26"] });
    expect(reliance(2025)).toMatchObject({ value: 0.67, sourceIds: ["USGS-MCS26"] });
    expect(reliance(2023)).toMatchObject({ value: 0.9, qualifier: ">" });
    expect(reliance(2021)).toMatchObject({ value: 0.95, qualifier: ">" });
    expect(record(data.indicators, "us-net-import-reliance-2024-mcs2025")).toMatchObject({
      value: 0.8,
      sourceIds: ["USGS-MCS25", "MotleyFool-Census"],
    });
    const share = (code: string) => record(data.indicators, `us-import-source-${code}`).value;
    expect([share("cn"), share("my"), share("jp"), share("ee"), share("other")]).toEqual([
      0.71, 0.13, 0.05, 0.05, 0.06,
    ]);
  });

  test("National Defense Stockpile FY2025 potential acquisitions", () => {
    const nds = (k: string) => record(data.indicators, `nds-fy2025-acquisition-${k}`).value;
    expect([nds("ndpr-oxide"), nds("ndfeb-block"), nds("smco-alloy"), nds("lanthanum")]).toEqual([
      300, 450, 60, 1100,
    ]);
  });

  test.each(Object.entries(OXIDE_PRICES))(
    "%s oxide annual average prices 2021–2025",
    (product, values) => {
      const series = [2021, 2022, 2023, 2024, 2025].map((year) =>
        data.prices.filter(
          (p) =>
            p.product === product &&
            p.form === "oxide" &&
            p.date === String(year) &&
            p.edition === MCS26
        )
      );
      for (const [k, rows] of series.entries()) {
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({ value: values[k], marketGroup: "US", unit: "USD/kg" });
      }
    }
  );
});

describe("each correction of the December 2026 check, against its source", () => {
  const control = (id: string) => record(data.exportControls, id);

  test.each(["mofcom-55", "mofcom-56", "mofcom-57", "mofcom-58"])(
    "%s: announced 2025-10-09, to take effect 2025-11-08, suspended the day before by No. 70",
    (id) => {
      expect(control(id)).toMatchObject({
        announced: "2025-10-09",
        effective: "2025-11-08",
        tookEffect: false,
        suspendedBy: "mofcom-70",
        suspendedUntil: "2026-11-10",
      });
      expect(control(id).sourceIds).toEqual(
        expect.arrayContaining(["Xinhua-Oct25", "ChemRadar-70"])
      );
    }
  );

  test("No. 61: clause (3) from publication, clauses (1) and (2) from 2025-12-01", () => {
    const m = control("mofcom-61");
    expect(m.clauses?.map((c) => [c.clause.slice(0, 3), c.effective])).toEqual([
      ["(3)", "2025-10-09"],
      ["(1)", "2025-12-01"],
      ["(2)", "2025-12-01"],
    ]);
    expect(m.effective).toBe("2025-10-09");
    expect(m.sourceIds).toContain("UDN-61");
  });

  test("No. 70 says what it suspends; No. 72 suspends Article 2 of No. 46 [2024] to 2026-11-27", () => {
    expect(control("mofcom-70").suspends?.map((s) => s.measure)).toEqual([
      "mofcom-55",
      "mofcom-56",
      "mofcom-57",
      "mofcom-58",
      "mofcom-61",
      "mofcom-62",
    ]);
    const m72 = control("mofcom-72");
    expect(m72).toMatchObject({ announced: "2025-11-09", suspendedUntil: "2026-11-27" });
    expect(m72.suspends?.[0]).toMatchObject({ measure: "Announcement No. 46 [2024]" });
    expect(m72.suspends?.[0].part).toMatch(/^Article 2/);
    expect(m72.sourceIds).toContain("ClarkHill-72");
  });

  test("what China did when the suspension ended on 2026-11-10 stays unknown", () => {
    for (const id of ["mofcom-55", "mofcom-57", "mofcom-61", "mofcom-62", "mofcom-70"]) {
      expect(control(id).afterSuspension?.status).toBe("unknown");
      expect(control(id).afterSuspension?.note).toMatch(/2027-01-10|10 Jan 2027/);
    }
  });

  test("the Commerce equity in Vulcan is the counterpart of the CHIPS incentive, flagged do-not-add", () => {
    const equity = record(data.programmes, "commerce-vulcan-equity");
    expect(equity.sourceIds).toContain("Vulcan-PRN-Nov25");
    expect(equity.note).toMatch(/not additional money: do not add/);
    const pack = record(data.programmes, "vulcan-package-nov25");
    expect(pack.note).toMatch(/\$1,380M and include ReElement/);
    expect(pack.recipient).toMatch(/ReElement/);
  });

  test("the 2018 world production figure cites the 2018 Minerals Yearbook", () => {
    expect(record(data.indicators, "world-mine-production-2018")).toMatchObject({
      value: 190_000,
      sourceIds: ["USGS-MYB18", "Corrections-2026-12"],
    });
  });

  test("rows printed in MCS 2025 are no longer called unprinted, and the missing ones are in", () => {
    expect(JSON.stringify(data)).not.toMatch(/not printed as a separate figure/);
    const mcs25 = (country: string) => production(country, 2023, "USGS MCS 2025")[0]?.value;
    expect([mcs25("VN"), mcs25("MG"), mcs25("MY"), mcs25("ZZ"), mcs25("WORLD")]).toEqual([
      300, 2_000, 130, 1_100, 376_000,
    ]);
    expect(
      data.reserves.find((r) => r.country === "CA" && r.edition === "USGS MCS 2025")?.value
    ).toBe(830_000);
  });

  test("Dy and Tb 2020 prices are Argus quotes carried by USGS, with MCS 2025's revision beside them", () => {
    const year2020 = (product: string) =>
      data.prices
        .filter((p) => p.product === product && p.date === "2020")
        .map((p) => [p.edition, p.value]);
    expect(year2020("Dy")).toEqual([
      ["USGS MCS 2021", 258],
      ["USGS MCS 2025", 261],
    ]);
    expect(year2020("Tb")).toEqual([
      ["USGS MCS 2021", 628],
      ["USGS MCS 2025", 670],
    ]);
    expect(data.prices.some((p) => p.market === "US average (USGS)")).toBe(false);
  });

  test("the mining HHI caveat points the right way", () => {
    const hhi = record(data.indicators, "mining-hhi-2024-partial");
    expect(hhi.note).toMatch(/overstated, not understated/);
  });

  test("non-China states its convention and the listed countries' different sum", () => {
    const nonChina = record(data.regions, "non-China");
    expect(nonChina.totals).toBe("world minus excluded");
    expect(nonChina.note).toMatch(/120,720 t/);
    const listed = data.production
      .filter((p) => p.year === 2024 && p.edition === "USGS MCS 2025")
      .filter((p) => p.country !== "WORLD" && p.country !== "CN")
      .reduce((sum, p) => sum + (p.value ?? 0), 0);
    expect(listed).toBe(120_720);
  });

  test("China's 2024 mining share: 71.1% on MCS 2026, the MCS 2025 figure kept with its edition", () => {
    const shares = data.shares.filter(
      (s) => s.stage === "mining" && s.country === "CN" && s.year === 2024
    );
    expect(shares.map((s) => [s.edition, s.value])).toEqual(
      expect.arrayContaining([
        ["USGS MCS 2026", 0.7105],
        ["USGS MCS 2025", 0.692],
      ])
    );
  });
});

describe("what the sources do not settle stays unknown", () => {
  test("undisclosed plant capacities are null, never 0", () => {
    for (const id of [
      "shinetsu-takefu",
      "proterial-japan",
      "tdk-japan",
      "vac-hanau",
      "sgi-korea",
      "magneti-ljubljana",
    ])
      expect(record(data.capacity, id).value).toBeNull();
    expect(data.capacity.filter((c) => c.value === 0)).toEqual([]);
  });

  test("FORGE's membership is not published, so it lists no member", () => {
    expect(record(data.regions, "FORGE").members).toEqual([]);
    expect(record(data.regions, "MSP")).toMatchObject({
      validUntil: "2026-02-04",
      supersededBy: "FORGE",
    });
  });

  test("Dy and Tb shares of magnet mass have no point value", () => {
    expect(record(data.indicators, "dy-share-of-ndfeb-mass")).toMatchObject({
      value: null,
      low: 0,
      high: 0.1,
    });
    expect(record(data.indicators, "tb-share-of-ndfeb-mass").value).toBeNull();
  });
});

describe("every record states what the new schema asks of it", () => {
  test("every share names its basis and edition", () => {
    for (const s of data.shares) {
      expect(s.basis).toBeTruthy();
      expect(s.edition).toBeTruthy();
    }
  });

  test("every price names its market group and quote basis", () => {
    for (const p of data.prices) {
      expect(p.marketGroup).toBeTruthy();
      expect(p.quoteBasis).toBeTruthy();
    }
  });

  test("every plant's status carries the date of its source", () => {
    for (const c of data.capacity) expect(c.statusAsOf).toMatch(/^\d{4}/);
  });

  test("every group but the world-minus ones gives each member's source", () => {
    for (const r of data.regions) {
      if (r.totals === "world minus excluded") continue;
      expect((r.membership ?? []).map((m) => m.code).sort()).toEqual([...(r.members ?? [])].sort());
    }
  });

  test("no citation shows a file name or the founding analysis' internal id", () => {
    const text = JSON.stringify(data.sources);
    expect(text).not.toMatch(/000_[0-9a-f]+|\.txt\b/);
    expect(data.meta.version).toBe("2.1.1");
    expect(data.meta.asOf).toBe("2026-12");
  });
});

describe("prose, not ids", () => {
  test("notes, computations and definitions name sources and records in words, never by id", () => {
    const sourceIds = data.sources
      .map((s) => s.id)
      .filter((id) => id.includes("-") && /\d|[A-Z]{2}/.test(id));
    const recordIds = [...data.capacity, ...data.programmes, ...data.indicators]
      .map((r) => r.id)
      .filter((id) => id.includes("-"));
    const texts: string[] = [];
    const collect = (value: unknown, key?: string): void => {
      if (
        typeof value === "string" &&
        ["note", "computed", "definition", "disputed", "scope"].includes(key ?? "")
      )
        texts.push(value);
      else if (Array.isArray(value)) value.forEach((v) => collect(v));
      else if (value && typeof value === "object")
        Object.entries(value).forEach(([k, v]) => collect(v, k));
    };
    collect(data);
    const escape = (id: string) => id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const named = [...sourceIds, ...recordIds].filter((id) =>
      texts.some((t) => new RegExp(`(?<![\\w-])${escape(id)}(?![\\w-])`).test(t))
    );
    expect(named).toEqual([]);
    expect(texts.filter((t) => /fact-sheet caution|see indicator /.test(t))).toEqual([]);
  });
});
