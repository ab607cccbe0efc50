/**
 * The dataset against the reference material it was compiled from, figure by figure: the fact sheet of
 * December 2025 (shared/reference/facts.md), its December 2026 edition (facts-2026.md, rows M1–P25), the
 * search log of what was not found (facts-2026-gaps.md) and the USGS Mineral Commodity Summaries 2026 sheets
 * (usgs-mcs2026/). Each row below was written by hand from the reference: the reference's source and figure
 * name, its grade, the record that carries the figure and the fields the reference fixes (value, range,
 * qualifier, unit or basis, as-of date). A later edit that moves one of them fails here, and so does a
 * record graded above its reference. The USGS MCS 2026 production, reserves and price tables and the
 * December 2026 corrections are checked row by row in figures.test.ts; the arithmetic of computed records
 * in computed.test.ts.
 */
import dataset from "../../src/data/dataset.json";
import type { Confidence, DatasetShape } from "../../src/data/schema";

const data = dataset as unknown as DatasetShape;
type Fields = Readonly<Record<string, unknown>>;

interface AuditRow {
  /** The reference row: its source and the figure's name as the reference gives them. */
  readonly ref: string;
  /** The reference's grade: the record may carry it or a lower one, never a higher one. */
  readonly grade: Confidence;
  readonly table: keyof DatasetShape;
  /** Fields that pick exactly one record. */
  readonly where: Fields;
  /** Fields the record must carry, as the reference gives them. */
  readonly is: Fields;
}

const MCS24 = "USGS MCS 2024";
const MCS25 = "USGS MCS 2025";
const MCS26 = "USGS MCS 2026";
const GCMO24 = "IEA GCMO 2024";

const row =
  (table: keyof DatasetShape) =>
  (ref: string, grade: Confidence, where: Fields, is: Fields): AuditRow => ({
    ref,
    grade,
    table,
    where,
    is,
  });
const byId =
  (table: keyof DatasetShape) =>
  (ref: string, grade: Confidence, id: string, is: Fields): AuditRow =>
    row(table)(ref, grade, { id }, is);

const indicator = byId("indicators");
const programme = byId("programmes");
const plant = byId("capacity");
const control = byId("exportControls");
const stockpile = byId("stockpiles");
const intensity = byId("demandIntensities");
const price = row("prices");
const share = row("shares");
const leadTime = row("leadTimes");

/** The month each edition's sheet was published, and the year it still estimated ("2024e"). */
const EDITIONS: Readonly<Record<string, { asOf: string; estimatedYear: number }>> = {
  [MCS24]: { asOf: "2024-01", estimatedYear: 2023 },
  [MCS25]: { asOf: "2025-01", estimatedYear: 2024 },
};

function mine(
  ref: string,
  grade: Confidence,
  country: string,
  year: number,
  edition: string,
  value: number
) {
  const { asOf, estimatedYear } = EDITIONS[edition];
  return row("production")(
    ref,
    grade,
    { country, year, edition },
    { value, unit: "t REO", asOf, estimated: year === estimatedYear }
  );
}

function reserve(ref: string, grade: Confidence, country: string, edition: string, is: Fields) {
  return row("reserves")(
    ref,
    grade,
    { country, edition },
    { unit: "t REO", asOf: EDITIONS[edition].asOf, ...is }
  );
}

function element(
  symbol: string,
  oxideFormula: string,
  metalPerOxide: number,
  oxidePerMetal: number
) {
  return row("elements")(
    `Fact sheet 2025 §9, ${symbol}: oxide-to-metal factor (computed from IUPAC atomic weights)`,
    symbol === "Pm" ? "medium" : "high",
    { symbol },
    { oxideFormula, metalPerOxide, oxidePerMetal }
  );
}

/** A China domestic SMM quote: the CNY/t range is the sourced figure; its USD conversion is computed. */
function smm(ref: string, product: string, form: string, date: string, low: number, high: number) {
  return price(
    ref,
    "high",
    { product, form, market: "China domestic (SMM)", date },
    { quoted: { value: null, low, high, unit: "CNY/t" }, unit: "USD/kg", asOf: date }
  );
}

/** Fact sheet of December 2025 (facts.md), section by section. */
const FACTS_2025: readonly AuditRow[] = [
  // §1a World mine production, t REO (USGS MCS 2025: 2023 revised, 2024 estimated)
  mine(
    "USGS MCS 2025, World Mine Production: world total (rounded), 2024e",
    "high",
    "WORLD",
    2024,
    MCS25,
    390_000
  ),
  mine("USGS MCS 2025, World Mine Production: China, 2024e", "high", "CN", 2024, MCS25, 270_000),
  mine(
    "USGS MCS 2025, World Mine Production: China, 2023 (revised)",
    "high",
    "CN",
    2023,
    MCS25,
    255_000
  ),
  mine(
    "USGS MCS 2025, Salient Statistics: United States, 2024e",
    "high",
    "US",
    2024,
    MCS25,
    45_000
  ),
  mine("USGS MCS 2025: United States, 2023 (revised)", "high", "US", 2023, MCS25, 41_600),
  mine("USGS MCS 2025: Burma (Myanmar), 2024e", "high", "MM", 2024, MCS25, 31_000),
  mine("USGS MCS 2025: Burma (Myanmar), 2023", "high", "MM", 2023, MCS25, 43_000),
  mine("USGS MCS 2025: Australia, 2024e", "high", "AU", 2024, MCS25, 13_000),
  mine("USGS MCS 2025: Australia, 2023", "high", "AU", 2023, MCS25, 16_000),
  mine("USGS MCS 2025: Nigeria, 2024e", "high", "NG", 2024, MCS25, 13_000),
  mine("USGS MCS 2025: Nigeria, 2023", "high", "NG", 2023, MCS25, 7_200),
  mine("USGS MCS 2025: Thailand, 2024e", "medium", "TH", 2024, MCS25, 13_000),
  mine("USGS MCS 2025: India, 2024e", "high", "IN", 2024, MCS25, 2_900),
  mine("USGS MCS 2025: India, 2023 (same as 2024)", "high", "IN", 2023, MCS25, 2_900),
  mine("USGS MCS 2025: Russia, 2024e", "high", "RU", 2024, MCS25, 2_500),
  mine("USGS MCS 2025: Russia, 2023 (same as 2024)", "high", "RU", 2023, MCS25, 2_500),
  mine("USGS MCS 2025 (via Reuters): Vietnam, 2024e", "high", "VN", 2024, MCS25, 300),
  mine("USGS MCS 2025: Brazil, 2024e", "medium", "BR", 2024, MCS25, 20),
  share(
    "Fact sheet 2025, computed from USGS MCS 2025: China share of world mine output 2024 (270,000/390,000)",
    "medium",
    { stage: "mining", country: "CN", year: 2024, edition: MCS25 },
    { value: 0.692, basis: "total REO mined" }
  ),
  share(
    "Fact sheet 2025, computed: US share of world mine output 2024 (45,000/390,000)",
    "medium",
    { stage: "mining", country: "US", year: 2024, edition: MCS25 },
    { value: 0.115, basis: "total REO mined" }
  ),
  indicator(
    "Fact sheet 2025, computed from USGS MCS 2025 shares: mining-stage HHI (partial), 2024",
    "medium",
    "mining-hhi-2024-partial",
    {
      value: 5_020,
      qualifier: "~",
      year: 2024,
    }
  ),

  // §1b World mine production, t REO (USGS MCS 2024)
  mine(
    "USGS MCS 2024, World Mine Production: world (rounded), 2023e",
    "high",
    "WORLD",
    2023,
    MCS24,
    350_000
  ),
  mine("USGS MCS 2024: China, 2023e", "high", "CN", 2023, MCS24, 240_000),
  mine("USGS MCS 2024: China, 2022", "high", "CN", 2022, MCS24, 210_000),
  mine("USGS MCS 2024: United States, 2023e", "high", "US", 2023, MCS24, 43_000),
  mine("USGS MCS 2024 (INN reproduction): United States, 2022", "high", "US", 2022, MCS24, 42_000),
  mine("USGS MCS 2024: Burma, 2023e", "high", "MM", 2023, MCS24, 38_000),
  mine("USGS MCS 2024: Australia, 2023e", "high", "AU", 2023, MCS24, 18_000),
  mine("USGS MCS 2024: Brazil, 2023e", "medium", "BR", 2023, MCS24, 80),
  share(
    "Fact sheet 2025, computed from USGS MCS 2024: China share of mine output 2023 (240,000/350,000)",
    "medium",
    { stage: "mining", country: "CN", year: 2023, edition: MCS24 },
    { value: 0.686, basis: "total REO mined" }
  ),
  indicator(
    "USGS 2018 Minerals Yearbook (correction of Dec 2026): world mine production 2018",
    "high",
    "world-mine-production-2018",
    {
      value: 190_000,
      unit: "t REO",
      sourceIds: ["USGS-MYB18", "Corrections-2026-12"],
    }
  ),

  // §1c Reserves, t REO
  reserve("USGS MCS 2025: world reserves", "medium", "WORLD", MCS25, {
    value: 90_000_000,
    qualifier: ">",
  }),
  reserve("USGS MCS 2025: China reserves", "high", "CN", MCS25, { value: 44_000_000 }),
  reserve("USGS MCS 2024: China reserves", "high", "CN", MCS24, { value: 44_000_000 }),
  reserve("USGS MCS 2025: Brazil reserves", "high", "BR", MCS25, { value: 21_000_000 }),
  reserve("USGS MCS 2025: India reserves", "high", "IN", MCS25, { value: 6_900_000 }),
  reserve("USGS MCS 2025: Australia reserves", "high", "AU", MCS25, { value: 5_700_000 }),
  reserve("USGS MCS 2025: Russia reserves", "high", "RU", MCS25, { value: 3_800_000 }),
  reserve("USGS MCS 2024: Russia reserves", "high", "RU", MCS24, { value: 10_000_000 }),
  reserve("USGS MCS 2025 (Reuters): Vietnam reserves", "high", "VN", MCS25, { value: 3_500_000 }),
  reserve("USGS MCS 2024: Vietnam reserves", "high", "VN", MCS24, { value: 22_000_000 }),
  reserve("USGS MCS 2025: United States reserves", "high", "US", MCS25, { value: 1_900_000 }),
  reserve("USGS MCS 2024: United States reserves", "high", "US", MCS24, { value: 1_800_000 }),
  reserve("USGS MCS 2025: Greenland reserves", "medium", "GL", MCS25, { value: 1_500_000 }),
  reserve("USGS MCS 2025: Tanzania reserves", "medium", "TZ", MCS25, { value: 890_000 }),
  reserve("USGS MCS 2025: South Africa reserves", "medium", "ZA", MCS25, { value: 860_000 }),
  reserve("USGS MCS 2025 (upstx reproduction): Thailand reserves", "medium", "TH", MCS25, {
    value: 4_500,
  }),

  // §1d US trade, import reliance and import sources
  indicator(
    "USGS MCS 2025, Salient Statistics: US net import reliance, 2024e",
    "medium",
    "us-net-import-reliance-2024-mcs2025",
    {
      value: 0.8,
      year: 2024,
      measure: "net import reliance",
    }
  ),
  indicator(
    "USGS MCS 2025: US net import reliance 100% in 2020",
    "medium",
    "us-net-import-reliance-2020",
    { value: 1, year: 2020 }
  ),
  indicator(
    "USGS MCS 2024 (quoted by GAO): US net import reliance, 2023",
    "high",
    "us-net-import-reliance-2023-mcs2024",
    {
      value: 0.95,
      qualifier: ">",
      year: 2023,
    }
  ),
  indicator(
    "USGS MCS 2025, Import Sources (2020–23): China",
    "high",
    "us-import-source-cn-2020-23",
    { value: 0.7 }
  ),
  indicator(
    "USGS MCS 2025, Import Sources (2020–23): Malaysia",
    "high",
    "us-import-source-my-2020-23",
    { value: 0.13 }
  ),
  indicator(
    "USGS MCS 2025, Import Sources (2020–23): Japan",
    "high",
    "us-import-source-jp-2020-23",
    { value: 0.06 }
  ),
  indicator(
    "USGS MCS 2025, Import Sources (2020–23): Estonia",
    "high",
    "us-import-source-ee-2020-23",
    { value: 0.05 }
  ),
  indicator(
    "USGS MCS 2025, Import Sources (2020–23): other",
    "high",
    "us-import-source-other-2020-23",
    { value: 0.06 }
  ),
  indicator(
    "USGS MCS 2025 (via Statista/ckhq): yttrium imports from China, 2020–23",
    "medium",
    "us-yttrium-imports-cn",
    { value: 0.93 }
  ),
  indicator("USGS MCS 2025: yttrium import reliance", "medium", "us-yttrium-import-reliance", {
    value: 1,
  }),
  indicator(
    "Motley Fool (US Census): US rare-earth imports from China, 2024",
    "medium",
    "us-imports-from-cn-2024-census",
    { value: 0.77, year: 2024 }
  ),
  indicator(
    "Motley Fool (US Census): from Malaysia, 2024",
    "medium",
    "us-imports-from-my-2024-census",
    { value: 0.09 }
  ),
  indicator(
    "Motley Fool (US Census): from Estonia, 2024",
    "medium",
    "us-imports-from-ee-2024-census",
    { value: 0.06 }
  ),
  indicator(
    "Motley Fool (US Census): from Japan, 2024",
    "medium",
    "us-imports-from-jp-2024-census",
    { value: 0.03 }
  ),
  indicator(
    "USGS MCS 2025: value of US imports of RE compounds and metals, 2024e",
    "high",
    "us-import-value-2024",
    {
      value: 170,
      unit: "million USD",
    }
  ),
  indicator("USGS MCS 2024 (via INN): value of US imports, 2023", "high", "us-import-value-2023", {
    value: 190,
  }),
  indicator("USGS MCS 2024 (via INN): value of US imports, 2022", "high", "us-import-value-2022", {
    value: 208,
  }),
  indicator(
    "USGS MCS 2025 (REEx): US imports of RE compounds, 2024e",
    "medium",
    "us-imports-compounds-2024",
    { value: 8_000, unit: "t REO" }
  ),
  indicator(
    "USGS MCS 2025 (REEx): US imports of RE metals, 2024e",
    "medium",
    "us-imports-metals-2024",
    { value: 90, unit: "t" }
  ),
  indicator(
    "USGS MCS 2025 (REEx): US imports of RE metals, 2023",
    "medium",
    "us-imports-metals-2023",
    { value: 476 }
  ),
  indicator(
    "USGS MCS 2025 (REEx; grayscaleinsight): value of US mine production, 2024",
    "high",
    "us-mine-production-value-2024",
    {
      value: 260,
      qualifier: "~",
    }
  ),

  // §2 Shares by stage
  share(
    "IEA GCMO 2024, REE outlook: China share, mining, 2023 (IEA basis)",
    "medium",
    { stage: "mining", country: "CN", year: 2023, edition: GCMO24 },
    { value: 0.62, basis: "magnet REE mined" }
  ),
  share(
    "IEA GCMO 2024: projected China share, mining, 2030 (base case)",
    "medium",
    { stage: "mining", country: "CN", year: 2030, edition: GCMO24 },
    {
      value: 0.54,
      projection: "IEA base case (GCMO 2024)",
    }
  ),
  share(
    "IEA GCMO 2024: projected Australia share, mining, 2030",
    "medium",
    { stage: "mining", country: "AU", year: 2030 },
    { value: 0.18 }
  ),
  share(
    "IEA GCMO 2024: projected Myanmar share, mining, 2030",
    "medium",
    { stage: "mining", country: "MM", year: 2030 },
    { value: 0.09 }
  ),
  share(
    "IEA GCMO 2024: China share, refining/separation, 2023",
    "high",
    { stage: "separation", country: "CN", year: 2023 },
    {
      value: 0.92,
      basis: "magnet REE refined",
    }
  ),
  share(
    "IEA GCMO 2024: Malaysia share, refining, 2023",
    "medium",
    { stage: "separation", country: "MY", year: 2023 },
    { value: 0.05 }
  ),
  share(
    "Fact sheet 2025, inferred from IEA GCMO 2024 top-3 = 98%: Australia share, refining, 2023 (≈1%)",
    "low",
    { stage: "separation", country: "AU", year: 2023 },
    { value: 0.01, qualifier: "~" }
  ),
  share(
    "IEA GCMO 2024: projected refining shares 2030, China",
    "medium",
    { stage: "separation", country: "CN", year: 2030 },
    { value: 0.77 }
  ),
  share(
    "IEA GCMO 2024: projected refining shares 2030, Malaysia",
    "medium",
    { stage: "separation", country: "MY", year: 2030 },
    { value: 0.12 }
  ),
  share(
    "IEA GCMO 2024: projected refining shares 2030, Australia",
    "medium",
    { stage: "separation", country: "AU", year: 2030 },
    { value: 0.03 }
  ),
  share(
    "IEA commentary Oct 2025 (via REEx): China share, separation, 2024",
    "medium",
    { stage: "separation", country: "CN", year: 2024 },
    {
      value: 0.91,
      asOf: "2025-10-23",
    }
  ),
  share(
    "IEA commentary Oct 2025 (via REEx): China share, permanent-magnet manufacturing, 2024",
    "medium",
    { stage: "magnet", country: "CN", year: 2024 },
    {
      value: 0.94,
      basis: "permanent-magnet production",
    }
  ),
  share(
    "IEA GCMO 2025 (via REEx): projected China share, mining, 2035",
    "medium",
    { stage: "mining", country: "CN", year: 2035 },
    {
      value: 0.52,
      edition: "IEA GCMO 2025",
    }
  ),
  share(
    "IEA GCMO 2025 (via REEx): projected China share, refining, 2035",
    "medium",
    { stage: "separation", country: "CN", year: 2035 },
    {
      value: 0.76,
      edition: "IEA GCMO 2025",
    }
  ),
  indicator(
    "IEA GCMO 2025 key findings: top-3 refiners' average share, six key minerals, 2024",
    "high",
    "top3-refiners-share-six-minerals-2024",
    {
      value: 0.86,
    }
  ),
  indicator(
    "IEA GCMO 2025 key findings: the same, 2020",
    "high",
    "top3-refiners-share-six-minerals-2020",
    { value: 0.82, qualifier: "~" }
  ),
  share(
    "BIS Section 232 (public summary): China share mined, c. 2020–21",
    "high",
    { stage: "mining", country: "CN", year: 2020, edition: "BIS Section 232 (2022)" },
    {
      value: 0.6,
      qualifier: "~",
    }
  ),
  share(
    "BIS Section 232: China share of processing, c. 2020–21",
    "high",
    { stage: "separation", country: "CN", year: 2020 },
    { value: 0.85, qualifier: ">" }
  ),
  share(
    "BIS Section 232: China share of magnets, c. 2020–21",
    "high",
    { stage: "magnet", country: "CN", year: 2020, edition: "BIS Section 232 (2022)" },
    {
      value: 0.9,
      qualifier: ">",
    }
  ),
  share(
    "Argonne (TechConnect 2022 abstract): foreign share, mining, c. 2020",
    "medium",
    { stage: "mining", country: "CN", year: 2020, edition: "Argonne 2022" },
    {
      value: 0.58,
    }
  ),
  share(
    "Argonne (TechConnect 2022 abstract): foreign share, magnet manufacturing, c. 2020",
    "medium",
    { stage: "magnet", country: "CN", year: 2020, edition: "Argonne 2022" },
    {
      value: 0.92,
    }
  ),
  indicator(
    "SMM (6 May 2025), trade-press estimate: China smelting/separation share of capacity",
    "low",
    "china-separation-share-2025-smm",
    {
      value: 0.85,
      qualifier: "~",
    }
  ),
  indicator(
    "Fact sheet 2025, computed from IEA GCMO 2024 (92² + 5² + 1²): refining-stage HHI, 2023",
    "low",
    "refining-hhi-2023",
    {
      value: 8_490,
      qualifier: "~",
    }
  ),
  indicator(
    "REEx commentary: HREE mined supply, China + Myanmar, 2025",
    "low",
    "hree-mined-supply-cn-mm",
    { value: 0.9, qualifier: ">" }
  ),
  indicator("China quotas (Mining.com): mining quota 2024", "medium", "china-mining-quota-2024", {
    value: 270_000,
    unit: "t REO",
  }),
  indicator(
    "China quotas (Mining.com): smelting/separation quota 2024",
    "medium",
    "china-separation-quota-2024",
    { value: 254_000 }
  ),
  indicator("China quotas (INN): mining quota 2023", "medium", "china-mining-quota-2023", {
    value: 240_000,
  }),
  indicator("China quotas (INN): separation quota 2023", "medium", "china-separation-quota-2023", {
    value: 230_000,
  }),
  indicator("IEA GCMO 2024: global magnet-REE demand, 2023", "medium", "magnet-ree-demand-2023", {
    value: 93_000,
    unit: "t",
  }),
  indicator("IEA GCMO 2024: magnet-REE demand, APS 2030", "medium", "magnet-ree-demand-2030-aps", {
    value: 131_000,
  }),
  indicator("IEA GCMO 2024: magnet-REE demand, APS 2050", "medium", "magnet-ree-demand-2050-aps", {
    value: 181_000,
  }),
  indicator(
    "IEA GCMO 2024: EV share of magnet-REE demand, 2023",
    "medium",
    "ev-share-magnet-ree-demand-2023",
    { value: 0.07 }
  ),
  indicator(
    "IEA GCMO 2024: EV share of magnet-REE demand, 2050",
    "medium",
    "ev-share-magnet-ree-demand-2050",
    { value: 0.3, qualifier: "~" }
  ),
  indicator(
    "Founding analysis (REEx 2025): China share of refining, '90%+'",
    "medium",
    "china-separation-share-2025-seed",
    { value: 0.9, qualifier: ">" }
  ),

  // §3 Lead times
  leadTime(
    "S&P Global 2023: discovery to commercial production, 127 mines (average 15.7, range 6–32 years)",
    "high",
    { stage: "mining", scope: "any" },
    {
      low: 6,
      base: 15.7,
      high: 32,
    }
  ),
  leadTime(
    "Founding analysis (REEx 2025): heavy-REE mine development, ~10 years",
    "medium",
    { stage: "mining", scope: "heavy" },
    {
      low: null,
      base: 10,
      high: null,
    }
  ),
  leadTime(
    "S&P Global Jul 2024: average US discovery-to-production, ~29 years",
    "high",
    { stage: "mining", scope: "US" },
    { base: 29 }
  ),
  leadTime(
    "Separation cases: MP heavy circuit ~4+ y; founding analysis' five years and Iluka FID→commissioning ~5 y; IEA ~8 y (graded low)",
    "low",
    { stage: "separation", scope: "any" },
    { low: 4, base: 5, high: 8 }
  ),
  leadTime(
    "Heavy separation cases: MP heavy circuit ~4+ y; Iluka Eneabba ~5 y (medium)",
    "medium",
    { stage: "separation", scope: "heavy" },
    {
      low: 4,
      base: 5,
      high: null,
    }
  ),
  leadTime(
    "Observed: MP Independence magnet plant 2022→2025 (medium)",
    "medium",
    { stage: "metal", scope: "any" },
    { low: null, base: 3, high: null }
  ),
  leadTime(
    "Observed: eVAC ~2 y, Neo Narva ~2 y, MP Independence 2022→2025 (medium)",
    "medium",
    { stage: "magnet", scope: "any" },
    {
      low: 2,
      base: 2,
      high: 3,
    }
  ),
  indicator(
    "IEA commentary Oct 2025 (via REEx): average lead time for new facilities ~8 years",
    "low",
    "lead-time-new-facilities-iea",
    {
      value: 8,
      qualifier: "~",
      unit: "years",
    }
  ),

  // §4 US programmes and funding
  programme(
    "MP Materials 8-K Jul 2025: DoD equity (Series A convertible preferred)",
    "high",
    "dod-mp-equity",
    { value: 400, unit: "million USD", date: "2025-07-10" }
  ),
  programme("MP Materials 8-K Jul 2025: DoD warrant", "high", "dod-mp-warrant", {
    value: 11_201_659,
    unit: "shares",
  }),
  programme("MP Materials 8-K Jul 2025: DoD loan (Samarium Project Loan)", "high", "dod-mp-loan", {
    value: 150,
    unit: "million USD",
  }),
  programme("MP Materials 8-K Jul 2025: NdPr price floor", "high", "dod-mp-price-floor", {
    value: 110,
    unit: "$/kg NdPr",
    date: "2025-10-01",
  }),
  programme(
    "MP Materials 8-K Jul 2025: 10X offtake, 100% of output",
    "high",
    "dod-mp-10x-offtake",
    { value: 1 }
  ),
  programme(
    "MP Materials 8-K Jul 2025: 10X minimum EBITDA $140M/yr",
    "high",
    "dod-mp-10x-ebitda-floor",
    { value: 140, unit: "million USD per year" }
  ),
  programme(
    "MP Materials 8-K Jul 2025: private financing commitment (JPMorgan, Goldman Sachs)",
    "high",
    "mp-private-financing",
    { value: 1_000 }
  ),
  programme("Founding analysis: '$550 million deal with MP Materials'", "medium", "seed-mp-550", {
    value: 550,
  }),
  programme(
    "Founding analysis: total federal investment '>1 billion'",
    "medium",
    "seed-federal-total",
    { value: 1_000, qualifier: ">" }
  ),
  programme(
    "Founding analysis, confirmed by DoW Nov 2025: OSC loans to magnet makers ~700",
    "high",
    "seed-osc-700",
    { value: 700, qualifier: "~" }
  ),
  programme("DoW OSC Nov 2025: conditional loan to Vulcan Elements", "high", "osc-vulcan-loan", {
    value: 620,
  }),
  programme(
    "DoW OSC Nov 2025: conditional loan to ReElement Technologies",
    "high",
    "osc-reelement-loan",
    { value: 80 }
  ),
  indicator(
    "DoW OSC Nov 2025: target output, Vulcan + ReElement, up to 10,000 t/yr",
    "high",
    "osc-vulcan-reelement-target-output",
    {
      value: 10_000,
      qualifier: "<=",
    }
  ),
  programme(
    "Vulcan/Commerce Nov 2025: CHIPS incentive to Vulcan",
    "high",
    "commerce-vulcan-chips",
    { value: 50, date: "2025-11-03" }
  ),
  programme(
    "Vulcan/Commerce Nov 2025: Vulcan private capital",
    "medium",
    "vulcan-private-capital",
    { value: 550 }
  ),
  programme(
    "ExecutiveGov (as reported): OSC lending authority (OBBBA), up to $100 billion",
    "medium",
    "osc-lending-authority",
    {
      value: 100_000,
      qualifier: "<=",
    }
  ),
  programme("DoD News Mar 2024: DoD awards since 2020, >$439M", "high", "dod-awards-since-2020", {
    value: 439,
    qualifier: ">",
  }),
  programme("eVAC: DoD award (Sumter, SC)", "high", "dod-evac", { value: 94.1 }),
  programme("Lynas (Texas): DoD contribution to Seadrift, ~$258M", "high", "dod-lynas-seadrift", {
    value: 258,
    qualifier: "~",
  }),
  programme(
    "Shephard Media 22 Feb 2022: DoD award to MP for heavy-REE separation",
    "medium",
    "dod-mp-heavy-ree",
    { value: 35, date: "2022-02-22" }
  ),
  programme("Noveon: DoD investment, >$35M", "medium", "dod-noveon", { value: 35, qualifier: ">" }),
  programme(
    "MP Materials 2024 10-K: Section 48C tax credit (Independence)",
    "high",
    "s48c-mp-independence",
    { value: 58.5 }
  ),
  programme(
    "DOE 1 Dec 2025: REE Demonstration Facility NOFO, up to $134M",
    "high",
    "doe-ree-demo-nofo",
    { value: 134, qualifier: "<=" }
  ),
  programme(
    "DOE 13 Aug 2025: planned critical-minerals NOFOs, ~$1 billion",
    "high",
    "doe-cm-nofos-aug25",
    { value: 1_000, qualifier: "~" }
  ),
  programme(
    "MP Materials Q3 2025: Apple–MP recycled-magnet agreement",
    "medium",
    "apple-mp-recycled",
    { value: 500 }
  ),

  // §5 China export-control timeline
  control(
    "MOFCOM/MOST 21 Dec 2023: technology export ban (Catalogue revision)",
    "high",
    "mofcom-tech23",
    {
      announced: "2023-12-21",
      effective: "2023-12-21",
    }
  ),
  control("MOFCOM No. 18 [2025]: licensing for seven medium/heavy REEs", "high", "mofcom-18", {
    announced: "2025-04-04",
    effective: "2025-04-04",
    elements: ["Sm", "Gd", "Tb", "Dy", "Lu", "Sc", "Y"],
  }),
  control("MOFCOM No. 57 [2025]: elements added (Ho, Er, Tm, Eu, Yb)", "high", "mofcom-57", {
    elements: ["Ho", "Er", "Tm", "Eu", "Yb"],
  }),
  control(
    "MOFCOM No. 62 [2025]: technology and personnel rules, effective immediately",
    "high",
    "mofcom-62",
    {
      announced: "2025-10-09",
      effective: "2025-10-09",
    }
  ),
  control("MOFCOM No. 70 [2025]: suspension 2025-11-07 → 2026-11-10", "high", "mofcom-70", {
    announced: "2025-11-07",
    suspendedUntil: "2026-11-10",
  }),
  indicator(
    "particle.news: US response, +100% tariff threat (10–11 Oct 2025)",
    "medium",
    "us-tariff-threat-oct25",
    { value: 1 }
  ),
  indicator(
    "particle.news (European industry): licence approvals, 19 of 141",
    "low",
    "eu-licence-approvals-oct25",
    { value: 19 }
  ),

  // §6 Reference prices
  price(
    "Fastmarkets 18 Apr 2024: NdPr oxide, FOB China, $53–55/kg",
    "high",
    { product: "NdPr", form: "oxide", marketGroup: "FOB China", date: "2024-04-18" },
    {
      low: 53,
      high: 55,
      unit: "USD/kg",
    }
  ),
  price(
    "Fastmarkets 20 Jun 2024: NdPr oxide, FOB China, $50–52/kg",
    "high",
    { product: "NdPr", form: "oxide", marketGroup: "FOB China", date: "2024-06-20" },
    {
      low: 50,
      high: 52,
    }
  ),
  price(
    "Fastmarkets 20 Jun 2024: NdPr metal, FOB China, $62–64/kg",
    "high",
    { product: "NdPr", form: "metal", marketGroup: "FOB China", date: "2024-06-20" },
    {
      low: 62,
      high: 64,
    }
  ),
  price(
    "MP Materials 2024 10-K: realized NdPr oxide price, FY2024 average",
    "medium",
    { product: "NdPr", market: "MP realized", date: "2024" },
    { value: 51 }
  ),
  price(
    "MP Materials 2024 10-K: realized NdPr oxide price, FY2023",
    "medium",
    { product: "NdPr", market: "MP realized", date: "2023" },
    { value: 70 }
  ),
  smm(
    "SMM 10 Mar 2025: PrNd oxide, China domestic, 439,000–442,000 CNY/t",
    "NdPr",
    "oxide",
    "2025-03-10",
    439_000,
    442_000
  ),
  smm(
    "SMM 23 May 2025: PrNd oxide, 428,000–429,000 CNY/t",
    "NdPr",
    "oxide",
    "2025-05-23",
    428_000,
    429_000
  ),
  smm(
    "SMM 28 Aug 2025: PrNd oxide, 600,000–608,000 CNY/t",
    "NdPr",
    "oxide",
    "2025-08-28",
    600_000,
    608_000
  ),
  smm(
    "SMM 4 Sep 2025: PrNd oxide, 595,000–598,000 CNY/t",
    "NdPr",
    "oxide",
    "2025-09-04",
    595_000,
    598_000
  ),
  smm(
    "SMM 10 Mar 2025: Dy oxide, 1.69–1.71 M CNY/t",
    "Dy",
    "oxide",
    "2025-03-10",
    1_690_000,
    1_710_000
  ),
  smm(
    "SMM 23 May 2025: Dy oxide, 1.61–1.63 M CNY/t",
    "Dy",
    "oxide",
    "2025-05-23",
    1_610_000,
    1_630_000
  ),
  smm(
    "SMM 4 Sep 2025: Dy oxide, 1.63–1.64 M CNY/t",
    "Dy",
    "oxide",
    "2025-09-04",
    1_630_000,
    1_640_000
  ),
  smm(
    "SMM 10 Mar 2025: Tb oxide, 6.48–6.54 M CNY/t",
    "Tb",
    "oxide",
    "2025-03-10",
    6_480_000,
    6_540_000
  ),
  smm(
    "SMM 23 May 2025: Tb oxide, 7.00–7.08 M CNY/t",
    "Tb",
    "oxide",
    "2025-05-23",
    7_000_000,
    7_080_000
  ),
  smm(
    "SMM 4 Sep 2025: Tb oxide, 7.40–7.46 M CNY/t",
    "Tb",
    "oxide",
    "2025-09-04",
    7_400_000,
    7_460_000
  ),
  price(
    "Argus 6 May 2025: Dy oxide 99.5%, Europe, $700–1,000/kg",
    "medium",
    { product: "Dy", market: "Europe (Argus)", date: "2025-05-06" },
    { low: 700, high: 1_000 }
  ),
  price(
    "Argus 6 May 2025: Dy oxide, a month earlier, $250–310/kg",
    "medium",
    { product: "Dy", market: "Europe (Argus)", date: "2025-04" },
    { low: 250, high: 310 }
  ),
  price(
    "Argus 6 May 2025: Tb oxide 99.99%, Europe, $2,000–4,000/kg",
    "medium",
    { product: "Tb", market: "Europe (Argus)", date: "2025-05-06" },
    {
      low: 2_000,
      high: 4_000,
    }
  ),
  price(
    "Argus 6 May 2025: Tb oxide, early Apr 2025, $930–1,000/kg",
    "medium",
    { product: "Tb", market: "Europe (Argus)", date: "2025-04" },
    { low: 930, high: 1_000 }
  ),
  price(
    "Benchmark Jul 2025: Dy oxide, CIF Europe",
    "medium",
    { product: "Dy", market: "CIF Europe (Benchmark)", date: "2025-07" },
    { value: 800 }
  ),
  price(
    "Benchmark Jul 2025: Tb oxide, CIF Europe",
    "medium",
    { product: "Tb", market: "CIF Europe (Benchmark)", date: "2025-07" },
    { value: 3_625 }
  ),
  price(
    "Adamas: Dy oxide, volume-weighted global average, 2025",
    "medium",
    { product: "Dy", market: "Global volume-weighted (Adamas)" },
    { value: 224 }
  ),
  price(
    "Adamas: Dy oxide, Rotterdam ask >$1,100/kg",
    "medium",
    { product: "Dy", market: "Rotterdam ask (Adamas)" },
    { value: 1_100, qualifier: ">" }
  ),
  price(
    "USGS MCS 2021, Salient Statistics: Dy oxide 2020 average",
    "high",
    { product: "Dy", date: "2020", edition: "USGS MCS 2021" },
    { value: 258 }
  ),
  price(
    "USGS MCS 2021: Tb oxide 2020 average",
    "high",
    { product: "Tb", date: "2020", edition: "USGS MCS 2021" },
    { value: 628 }
  ),

  // §7 Demand intensities
  intensity(
    "DoD News Mar 2024 / FP–Benchmark: F-35 REE content, 920 lb ≈ 417 kg",
    "medium",
    "f-35",
    { value: 417, qualifier: "~", material: "REE", unit: "kg" }
  ),
  intensity(
    "DoD News Mar 2024: DDG-51 destroyer REE content, 5,200 lb ≈ 2,359 kg",
    "medium",
    "ddg-51",
    { value: 2_359, material: "REE" }
  ),
  intensity(
    "DoD News Mar 2024: Virginia-class submarine, 9,200 lb ≈ 4,173 kg",
    "medium",
    "virginia-class",
    { value: 4_173, material: "REE" }
  ),
  indicator(
    "Bloomberg on the DoD study (c. 2012): US weapons NdFeB use ~175 t/yr",
    "low",
    "us-weapons-ndfeb-use",
    { value: 175, qualifier: "~" }
  ),
  indicator(
    "Adamas (F-35 audit), citing GAO 2024: DoD REE demand <0.1% of global",
    "low",
    "dod-share-global-ree-demand",
    { value: 0.001, qualifier: "<" }
  ),
  intensity(
    "MP Materials 2024 10-K (computed ≈1.4 kg/motor) and Neo (computed 1.3–2.0): NdFeB per EV traction motor",
    "medium",
    "ev-motor",
    { value: 1.4, low: 1.3, high: 2, material: "NdFeB" }
  ),
  intensity(
    "Heim & Vander Wal 2023 (Moss et al. 2013): NdFeB per MW, direct-drive PM wind, 625–850 kg/MW",
    "medium",
    "wind-direct-drive-mw",
    {
      low: 625,
      high: 850,
      per: "MW",
      material: "NdFeB",
    }
  ),
  intensity(
    "Heim & Vander Wal 2023: large direct-drive turbine, 650 kg",
    "medium",
    "wind-turbine-large",
    { value: 650 }
  ),
  intensity("Heim & Vander Wal 2023: medium turbine, 160 kg", "medium", "wind-turbine-medium", {
    value: 160,
  }),
  intensity("Heim & Vander Wal 2023: small turbine, 80 kg", "medium", "wind-turbine-small", {
    value: 80,
  }),
  intensity(
    "Adamas 2016 (computed 5,534 t / 419 M HDDs): NdFeB per hard-disk drive ≈13 g",
    "medium",
    "hdd",
    { value: 0.013, material: "NdFeB" }
  ),
  indicator(
    "Adamas 2016: HDDs ≈7% of global NdFeB demand, 2015",
    "medium",
    "hdd-share-ndfeb-demand-2015",
    { value: 0.07, qualifier: "~" }
  ),
  indicator(
    "DOE 2022 deep dive (secondary quote): consumer electronics share of NdFeB demand, global",
    "low",
    "consumer-electronics-share-ndfeb-global",
    {
      value: 0.29,
    }
  ),
  indicator(
    "DOE 2022 deep dive (secondary quote): consumer electronics share, US",
    "low",
    "consumer-electronics-share-ndfeb-us",
    { value: 0.45 }
  ),

  // §8 Allied / US capacity pipeline
  plant(
    "MP Materials 2024 10-K: Mountain Pass, t REO in concentrate (actual), FY2024",
    "high",
    "mp-mountain-pass-mine",
    {
      output: expect.arrayContaining([
        expect.objectContaining({ year: 2024, value: 45_455, kind: "actual" }),
      ]),
    }
  ),
  plant(
    "MP Materials 2024 10-K: Mountain Pass separation, t NdPr oxide (actual), FY2024",
    "high",
    "mp-mountain-pass-separation",
    {
      product: "NdPr oxide",
      output: expect.arrayContaining([
        expect.objectContaining({ year: 2024, value: 1_294, kind: "actual" }),
      ]),
    }
  ),
  plant(
    "MP Materials Q3 2025: heavy-REE circuit, 200 t/yr Dy+Tb oxide (nameplate)",
    "medium",
    "mp-heavy-ree-circuit",
    {
      value: 200,
      product: "Dy+Tb oxide",
      basis: "nameplate",
    }
  ),
  plant("MP Materials Jan 2025: Independence, ~1,000 t/yr NdFeB", "high", "mp-independence", {
    value: 1_000,
    qualifier: "~",
    product: "NdFeB",
  }),
  plant("Project Blue 2022: Lynas Mt Weld ~12,000 t/yr (basis ambiguous)", "low", "lynas-mt-weld", {
    value: 12_000,
    qualifier: "~",
  }),
  plant(
    "Lynas Kalgoorlie opening Nov 2024: MREC feed for ~9,000–10,500 t/yr NdPr",
    "medium",
    "lynas-kalgoorlie",
    { low: 9_000, high: 10_500 }
  ),
  plant(
    "AuManufacturing (Lynas 2025 plan): Lynas Malaysia light separation, 10,500 t/yr NdPr target",
    "medium",
    "lynas-malaysia-light",
    {
      value: 10_500,
      product: "NdPr oxide",
    }
  ),
  plant(
    "Metalnomist: Lynas Malaysia heavy circuit, up to 1,500 t/yr heavy feed (low)",
    "low",
    "lynas-malaysia-heavy",
    { value: 1_500, qualifier: "<=" }
  ),
  plant(
    "Lynas AGM Nov 2025: Seadrift unlikely to proceed; capacity low confidence",
    "high",
    "lynas-seadrift",
    { value: null, status: "unlikely" }
  ),
  plant(
    "WA Government Apr 2022: Iluka Eneabba, 17,500 t/yr REO processing",
    "medium",
    "iluka-eneabba",
    { value: 17_500, product: "REO" }
  ),
  plant(
    "Energy Fuels Jun 2024: White Mesa Phase 1, 850–1,000 t/yr NdPr oxide",
    "high",
    "efr-white-mesa-p1",
    { low: 850, high: 1_000, product: "NdPr oxide" }
  ),
  plant("Noveon Feb 2023: San Marcos, 2,000 t/yr NdFeB (design)", "medium", "noveon-san-marcos", {
    value: 2_000,
    basis: "design",
  }),
  plant("eVAC: Sumter, 2,000 t/yr NdFeB (target by 2026)", "medium", "evac-sumter", {
    value: 2_000,
    basis: "target by 2026",
  }),
  plant("Neo Sep 2025: Narva, 2,000 t/yr sintered NdFeB (Phase 1)", "high", "neo-narva", {
    value: 2_000,
    basis: "Phase 1 nameplate",
  }),
  plant("Neo (Argus 2023): Silmet separation, 3,000 t/yr light REE", "medium", "neo-silmet", {
    value: 3_000,
    product: "light REE",
  }),
  plant(
    "Solvay Apr 2025: La Rochelle, several hundred t/yr magnet REO (2025)",
    "medium",
    "solvay-la-rochelle",
    { value: null, product: "magnet REO" }
  ),
  plant(
    "Solvay Apr 2025: La Rochelle 2030 goal ~4,500 t/yr ('2,000–5,000 t' possible)",
    "medium",
    "solvay-la-rochelle-2030",
    {
      value: 4_500,
      low: 2_000,
      high: 5_000,
    }
  ),
  plant("DOE Dec 2025: REE Demonstration Facility, 150–1,000 t/yr REE", "high", "doe-ree-demo", {
    value: null,
    low: 150,
    high: 1_000,
  }),

  // §9 Element basics: oxide-to-metal factors
  element("Sc", "Sc2O3", 0.652, 1.5338),
  element("Y", "Y2O3", 0.7874, 1.2699),
  element("La", "La2O3", 0.8527, 1.1728),
  element("Ce", "CeO2", 0.8141, 1.2284),
  element("Pr", "Pr6O11", 0.8277, 1.2082),
  element("Nd", "Nd2O3", 0.8574, 1.1664),
  element("Pm", "Pm2O3", 0.858, 1.1655),
  element("Sm", "Sm2O3", 0.8624, 1.1596),
  element("Eu", "Eu2O3", 0.8636, 1.1579),
  element("Gd", "Gd2O3", 0.8676, 1.1526),
  element("Tb", "Tb4O7", 0.8502, 1.1762),
  element("Dy", "Dy2O3", 0.8713, 1.1477),
  element("Ho", "Ho2O3", 0.873, 1.1455),
  element("Er", "Er2O3", 0.8745, 1.1435),
  element("Tm", "Tm2O3", 0.8756, 1.1421),
  element("Yb", "Yb2O3", 0.8782, 1.1387),
  element("Lu", "Lu2O3", 0.8794, 1.1372),
  indicator(
    "Fact sheet 2025 §9, computed (0.75 × 0.8574 + 0.25 × 0.8277): NdPr oxide blended factor ≈0.85",
    "medium",
    "ndpr-oxide-metal-factor",
    {
      value: 0.85,
      qualifier: "~",
    }
  ),

  // §10 Supply-risk methodology
  indicator(
    "DOJ/FTC Merger Guidelines 2023: highly concentrated, HHI >1,800",
    "high",
    "hhi-2023-highly-concentrated",
    { value: 1_800, qualifier: ">" }
  ),
  indicator(
    "DOJ/FTC Merger Guidelines 2023: moderately concentrated, 1,000–1,800",
    "high",
    "hhi-2023-moderately-concentrated",
    { low: 1_000, high: 1_800 }
  ),
  indicator(
    "DOJ/FTC 2010 Guidelines §5.3: highly concentrated, >2,500",
    "high",
    "hhi-2010-highly-concentrated",
    { value: 2_500, qualifier: ">" }
  ),
  indicator(
    "DOJ/FTC 2010 Guidelines §5.3: moderately concentrated, 1,500–2,500",
    "high",
    "hhi-2010-moderately-concentrated",
    { low: 1_500, high: 2_500 }
  ),
  indicator(
    "EC 2017 CRM guidelines (recalled): criticality threshold SR ≥ 1.0",
    "medium",
    "eu-criticality-threshold-sr",
    { value: 1, qualifier: ">=" }
  ),
  indicator(
    "EC 2017 CRM guidelines (recalled): criticality threshold EI ≥ 2.8",
    "medium",
    "eu-criticality-threshold-ei",
    { value: 2.8, qualifier: ">=" }
  ),
  indicator(
    "Regulation (EU) 2024/1252: CRMA 2030 extraction benchmark 10%",
    "high",
    "crma-extraction-benchmark",
    { value: 0.1, year: 2030 }
  ),
  indicator(
    "Regulation (EU) 2024/1252: processing benchmark 40%",
    "high",
    "crma-processing-benchmark",
    { value: 0.4 }
  ),
  indicator(
    "Regulation (EU) 2024/1252: recycling benchmark 25%",
    "high",
    "crma-recycling-benchmark",
    { value: 0.25 }
  ),
  indicator(
    "Regulation (EU) 2024/1252: ≤65% from any single third country",
    "high",
    "crma-single-country-cap",
    { value: 0.65, qualifier: "<=" }
  ),
];

/** USGS MCS 2026 figures beyond the production, reserves and price tables that figures.test.ts covers. */
const USGS_2026: readonly AuditRow[] = [
  ...[
    [2021, 120],
    [2022, 95],
    [2023, 800],
    [2024, 4_300],
    [2025, 8_900],
  ].map(([year, value]) =>
    indicator(
      `USGS MCS 2026 Rare Earths, Salient Statistics: production of compounds and metals, ${year}`,
      "high",
      `us-compounds-metals-production-${year}`,
      {
        value,
        unit: "t REO",
        year,
      }
    )
  ),
  ...[
    [2021, 7_900],
    [2022, 10_200],
    [2023, 8_600],
    [2024, 9_010],
    [2025, 27_000],
  ].map(([year, value]) =>
    indicator(
      `USGS MCS 2026 Rare Earths, Salient Statistics: apparent consumption of compounds and metals, ${year}`,
      "high",
      `us-apparent-consumption-${year}`,
      {
        value,
        year,
      }
    )
  ),
  ...[2021, 2022, 2023, 2024, 2025].map((year) =>
    indicator(
      `USGS MCS 2026 Rare Earths: net import reliance, mineral concentrates, ${year} ("E", net exporter)`,
      "high",
      `us-net-import-reliance-concentrates-${year}`,
      {
        value: 0,
        qualifier: "<=",
      }
    )
  ),
  indicator(
    "USGS MCS 2026 Rare Earths: value of 2025 mine production, $240 million",
    "high",
    "us-mine-production-value-2025",
    { value: 240, year: 2025 }
  ),
  indicator(
    "USGS MCS 2026 Rare Earths: value of imports of compounds and metals, 2025 ($165 million)",
    "high",
    "us-import-value-2025",
    { value: 165 }
  ),
  indicator(
    "USGS MCS 2026 Rare Earths: value of imports, 2024 ($168 million)",
    "high",
    "us-import-value-2024-mcs2026",
    { value: 168 }
  ),
  indicator(
    "USGS MCS 2026 Rare Earths (version 1.3): world reserves >75,000,000 t",
    "high",
    "world-reserves-mcs2026",
    { value: 75_000_000, qualifier: ">" }
  ),
  indicator(
    "USGS MCS 2026 Yttrium: world mine production of Y2O3, 2025, 10,000–15,000 t (a range only)",
    "high",
    "world-yttrium-mine-production-2025",
    {
      value: null,
      low: 10_000,
      high: 15_000,
      unit: "t Y2O3",
    }
  ),
  ...[
    ["2021", 39],
    ["2022", 41],
    ["2023", 33],
    ["2024", 33],
    ["2025", 40],
  ].map(([date, value]) =>
    price(
      `USGS MCS 2026 Yttrium: yttrium metal, 99.9%, average price ${date}`,
      "high",
      { product: "Y", form: "metal", date, edition: MCS26 },
      { value }
    )
  ),
  share(
    "USGS MCS 2026, computed: China share of world mine production 2024 (270,000 ÷ 380,000)",
    "medium",
    { stage: "mining", country: "CN", year: 2024, edition: MCS26 },
    {
      value: 0.7105,
    }
  ),
  share(
    "USGS MCS 2026, computed: US share 2024 (45,500 ÷ 380,000)",
    "medium",
    { stage: "mining", country: "US", year: 2024, edition: MCS26 },
    { value: 0.1197 }
  ),
  share(
    "USGS MCS 2026, computed: China share 2025 (270,000 ÷ 390,000)",
    "medium",
    { stage: "mining", country: "CN", year: 2025, edition: MCS26 },
    { value: 0.6923 }
  ),
  share(
    "USGS MCS 2026, computed: US share 2025 (51,000 ÷ 390,000)",
    "medium",
    { stage: "mining", country: "US", year: 2025, edition: MCS26 },
    { value: 0.1308 }
  ),
  stockpile(
    "USGS MCS 2026 Rare Earths, Government Stockpile: FY2025 potential acquisitions, NdPr oxide",
    "high",
    "us-nds-fy2025-ndpr-oxide",
    { value: 300, basis: "gross weight" }
  ),
  stockpile(
    "USGS MCS 2026: FY2025 potential acquisitions, NdFeB magnet block",
    "high",
    "us-nds-fy2025-ndfeb-block",
    { value: 450 }
  ),
  stockpile(
    "USGS MCS 2026: FY2025 potential acquisitions, SmCo alloy",
    "high",
    "us-nds-fy2025-smco-alloy",
    { value: 60 }
  ),
  stockpile(
    "USGS MCS 2026: FY2025 potential acquisitions, lanthanum",
    "high",
    "us-nds-fy2025-lanthanum",
    { value: 1_100 }
  ),
  stockpile(
    "USGS MCS 2026 Rare Earths (Heavy): Government Stockpile 'None'",
    "high",
    "us-nds-heavy-rare-earths-held",
    { value: 0, measure: "held" }
  ),
  programme(
    "USGS MCS 2026 Rare Earths (Heavy): DoW $150 million direct loan for heavy-RE separation at Mountain Pass (Aug 2025)",
    "high",
    "dow-mp-hree-loan-usgs",
    {
      value: 150,
      date: "2025-08",
    }
  ),
];

/** Fact sheet of December 2026 (facts-2026.md), by its row numbers. */
const FACTS_2026: readonly AuditRow[] = [
  // §1a Magnet plants outside China
  plant("M2 Shin-Etsu release: SMMV Hai Phong, 2,200 t/yr", "high", "shinetsu-smmv", {
    value: 2_200,
    country: "VN",
  }),
  plant(
    "M5 Japan Metal Bulletin 2012: Intermetallics Japan, 500 t/yr (stale; status unknown)",
    "low",
    "daido-intermetallics",
    { value: 500, status: "unknown" }
  ),
  plant("M7 REEx: SGI Vina, 4,000 t/yr planned (status low)", "medium", "sgi-vina", {
    value: 4_000,
  }),
  plant(
    "M8 EconoTimes: POSCO International + Star Group US plant, 3,000 → 5,000 t/yr",
    "medium",
    "posco-star-us",
    { value: 3_000, status: "planned" }
  ),
  plant(
    "M10 Metalnomist (2025 MoU): Lynas + JS Link Kuantan, 3,000 t/yr",
    "medium",
    "lynas-jslink-kuantan",
    { value: 3_000, status: "planned" }
  ),
  plant("M13 Metalnomist Dec 2025: Neo Narva 2,000 t/yr (Phase 1), ramping", "high", "neo-narva", {
    value: 2_000,
    status: "ramping",
  }),
  plant(
    "M14 electrive: HyProMag Tyseley, 100 (1 shift) – >300 t/yr",
    "medium",
    "hypromag-tyseley",
    { value: 100, low: 100, high: 300 }
  ),
  plant(
    "M15 NDTV: India sintered-REPM scheme, 6,000 t/yr (5 × ≤1,200)",
    "high",
    "india-repm-scheme",
    { value: 6_000, status: "planned" }
  ),
  plant("M17 Investing News: MP 10X, ~9,000 t/yr increment (→ ~10,000 total)", "high", "mp-10x", {
    value: 9_000,
    qualifier: "~",
    startYear: 2028,
  }),
  plant(
    "M18 REEx: eVAC Sumter 2,000 t/yr target, first commercial shipment Dec 2025",
    "medium",
    "evac-sumter",
    { status: "ramping", statusAsOf: "2025-12-15" }
  ),
  plant(
    "M20 CHIPS LOI / USAR Q2 2026: Stillwater 1,200 initial; 600 t/yr run-rate targeted for Q4 2026; no magnet sales by 2026-09-15",
    "high",
    "usar-stillwater",
    {
      value: 1_200,
      status: "commissioning",
      statusAsOf: "2026-09-15",
      output: [expect.objectContaining({ year: 2026, value: 600, kind: "run-rate target" })],
    }
  ),
  plant(
    "M21 Governor Stein release: Vulcan Benson + RTP, 10,000 t/yr (plan)",
    "high",
    "vulcan-new-plant",
    { value: 10_000, status: "planned" }
  ),
  plant("M28 USAR Q2 2026 release: Blacksburg, 6,400 t/yr NdFeB", "high", "usar-blacksburg", {
    value: 6_400,
    startYear: 2028,
  }),
  plant(
    "M30 Heraeus 2024-05-14: Remloy recycled NdFeB powder, 600 t/yr (not sintered magnets)",
    "high",
    "heraeus-remloy",
    { value: 600, stages: ["recycling"] }
  ),

  // §2a Separation and refining
  plant(
    "S2 Lynas quarterly report: existing heavy-RE circuit, up to 1,500 t/yr feed",
    "medium",
    "lynas-malaysia-heavy",
    { value: 1_500, qualifier: "<=" }
  ),
  plant(
    "S3 lcdproduct / Lynas FY26: new heavy-RE separation plant, 5,000 t/yr feed",
    "medium",
    "lynas-malaysia-hree-new",
    { value: 5_000, status: "construction" }
  ),
  plant(
    "S4 SEAISI: Kalgoorlie cracking/leaching, feed for ~9,000–10,500 t/yr (not separation)",
    "medium",
    "lynas-kalgoorlie",
    { low: 9_000, high: 10_500 }
  ),
  plant("S6 WA Government: Iluka Eneabba 17,500 t/yr, construction", "high", "iluka-eneabba", {
    value: 17_500,
    status: "construction",
  }),
  plant(
    "S7 Mining Weekly 2021 DFS: Arafura Nolans 4,440 t/yr NdPr oxide; FID 2026-08-31 via a secondary list",
    "high",
    "arafura-nolans",
    {
      value: 4_440,
      product: "NdPr oxide",
    }
  ),
  plant(
    "S10 StockTitan: White Mesa Phase 1, 850–1,000 t/yr NdPr oxide",
    "high",
    "efr-white-mesa-p1",
    { low: 850, high: 1_000 }
  ),
  plant(
    "S11 StockTwits (BFS Jan 2026): White Mesa Phase 2, >6,000 t/yr NdPr",
    "medium",
    "efr-white-mesa-p23-ndpr",
    { value: 6_000, qualifier: ">", startYear: 2029 }
  ),
  plant("S11: White Mesa Phase 2, 240 t/yr Dy", "medium", "efr-white-mesa-p23-dy", { value: 240 }),
  plant("S11: White Mesa Phase 2, 66 t/yr Tb", "medium", "efr-white-mesa-p23-tb", { value: 66 }),
  plant(
    "S12 MarketsDaily (Q4 call): Mountain Pass NdPr exit-2025 run-rate ≈4,000 t/yr",
    "medium",
    "mp-mountain-pass-separation",
    {
      value: 4_000,
      qualifier: "~",
      basis: "exit-2025 run-rate",
    }
  ),
  plant(
    "S12 / E15 Investing News: MP 2025 production 2,599 t NdPr; REO in concentrate 50,692 t",
    "high",
    "mp-mountain-pass-mine",
    {
      value: 50_692,
      output: expect.arrayContaining([
        expect.objectContaining({ year: 2025, value: 50_692, kind: "actual" }),
      ]),
    }
  ),
  plant(
    "S12 / E15 Investing News: MP 2025 NdPr production 2,599 t",
    "high",
    "mp-mountain-pass-separation",
    {
      output: expect.arrayContaining([
        expect.objectContaining({ year: 2025, value: 2_599, kind: "actual" }),
      ]),
    }
  ),
  plant(
    "S13 quantisnow: MP heavy-RE circuit 200 t/yr Dy+Tb oxide (plan)",
    "high",
    "mp-heavy-ree-circuit",
    { value: 200 }
  ),
  plant("S14 Zawya: MP–Maaden–DoW refinery, capacity not disclosed", "high", "mp-maaden-jv", {
    value: null,
  }),
  plant(
    "S15 ExecutiveGov: USAR Round Top processing, 8,000 t/yr third-party feed",
    "high",
    "usar-round-top-processing",
    { value: 8_000, startYear: 2028 }
  ),
  plant("S16 Mining.com: Aclara Louisiana, 1,400 t/yr NdPr", "medium", "aclara-louisiana", {
    value: 1_400,
    product: "NdPr oxide",
  }),
  plant("S17 Ucore: Louisiana SMC 2,000 → 5,000 → 7,500 t/yr", "medium", "ucore-louisiana", {
    value: 2_000,
    status: "construction",
  }),
  plant("S18 NS Energy: ReElement Noblesville, 200–250+ t/yr", "medium", "reelement-noblesville", {
    low: 200,
    high: 250,
  }),
  plant("S19 StockTitan: ReElement Marion Phase 1, 2,500–3,500 t/yr", "medium", "reelement", {
    low: 2_500,
    high: 3_500,
    status: "construction",
  }),
  plant(
    "S20 Reuters 2012: Shin-Etsu Hai Phong separation ~1,000 t/yr",
    "medium",
    "shinetsu-vn-separation",
    { value: 1_000, qualifier: "~" }
  ),
  plant("S22 Energetica India: IREL NdPr oxide capacity 400 t/yr", "high", "irel-india", {
    value: 400,
    product: "NdPr oxide",
  }),
  plant("S23 IntelliNews 2012: SARECO 1,500 t/yr REO (stale)", "low", "sareco-kz", {
    value: 1_500,
    status: "unknown",
  }),
  plant(
    "S26 Reuters factbox: Carester Caremag, 5,000 t/yr HRE concentrates",
    "medium",
    "carester-caremag",
    { value: 5_000 }
  ),
  plant(
    "S27 / A6 CJWW: Saskatchewan Research Council ~400 t/yr RE metal",
    "medium",
    "src-saskatoon",
    { value: 400, qualifier: "~", stages: ["metal"] }
  ),
  plant(
    "S28 USAR Q2 2026: Wheat Ridge demonstration facility, capacity not disclosed",
    "high",
    "usar-wheat-ridge",
    { value: null, status: "commissioning" }
  ),
  plant(
    "S29 USAR 8-K Ex. 99.1: Serra Verde ~4,000 t/yr TREO run-rate by end-2026 (a mine, not separation)",
    "high",
    "serra-verde",
    {
      value: 4_000,
      stages: ["mining"],
    }
  ),

  // §2b Metal / alloy
  plant(
    "A1 Argus: ASM KSM Ochang, ~1,900 t/yr NdFeB alloy of 5,200 t/yr all metals",
    "medium",
    "asm-ksm-ochang",
    { value: 1_900, product: "NdFeB alloy" }
  ),
  plant("A2 Investing News: Less Common Metals, tonnage not found", "high", "lcm-ellesmere", {
    value: null,
  }),
  plant(
    "A3 CHIPS LOI / USAR Q2 2026: Stillwater + Blacksburg metallization, 10,000 t/yr",
    "high",
    "usar-metallization",
    { value: 10_000 }
  ),
  plant(
    "A7 Japan Metal Bulletin ~2010: Showa Denko (Resonac) Chichibu 5,000 t/yr alloy (stale)",
    "low",
    "resonac-chichibu",
    { value: 5_000, status: "unknown" }
  ),
  plant(
    "A12 Lynas FY26: LS Eco Energy Vietnam metal plant, not disclosed",
    "high",
    "lynas-ls-eco-vn",
    { value: null, status: "planned" }
  ),

  // §4 Stockpiles
  stockpile(
    "K5 USGS MCS 2026, footnote 9: FY2026 Annual Materials Plan not released",
    "high",
    "us-nds-fy2026-rare-earths",
    { value: null }
  ),
  stockpile(
    "K5 USGS MCS 2026 Yttrium: Government Stockpile 'Not available'",
    "high",
    "us-nds-yttrium-held",
    { value: null }
  ),
  stockpile(
    "K7 Brownstein Hyatt: Project Vault ~$12,000M ($10,000 EXIM + $1,670–2,000 private)",
    "high",
    "us-project-vault",
    {
      value: 12_000,
      low: 11_670,
      high: 12_000,
      unit: "million USD",
    }
  ),
  stockpile(
    "K8 IEA policies database: JOGMEC target 60 days (up to 180)",
    "high",
    "jp-jogmec-target",
    { value: 60, low: 60, high: 180, unit: "days" }
  ),
  stockpile("K8: JOGMEC types and quantities secret", "high", "jp-jogmec-held", { value: null }),
  stockpile("K9 IEA policies database: KOMIR target 54 → 100 days", "high", "kr-komir-target", {
    value: 100,
    unit: "days",
  }),
  stockpile(
    "K9 Asiae: Gunsan base Nd for ~180 days of automakers' use",
    "medium",
    "kr-gunsan-neodymium",
    { value: 180, qualifier: "~" }
  ),
  stockpile(
    "K9 Japan Metal Bulletin: Korea 2010 plan, 62 t → 1,164 t by 2016",
    "low",
    "kr-rare-earths-plan-2016",
    { value: 1_164 }
  ),
  stockpile("K11 Mining.com 2012: China state stockpiling ~$949M", "medium", "cn-state-2012", {
    value: 949,
    qualifier: "~",
  }),
  stockpile("K12 Energetica India: IREL NdPr oxide stock 500 t", "medium", "in-irel-ndpr-oxide", {
    value: 500,
    material: "NdPr oxide",
  }),
  stockpile("K13 AzerNews: Vietnam state RE reserve, no quantities", "low", "vn-state-reserve", {
    value: null,
  }),

  // §5 Demand intensities and NdFeB composition
  intensity("D15 Argus: humanoid robot, 2–4 kg NdFeB", "medium", "humanoid-robot", {
    low: 2,
    high: 4,
    material: "NdFeB",
  }),
  intensity("D18 data centre per MW of IT load: not found", "medium", "data-centre", {
    value: null,
  }),
  indicator(
    "C2 NEDO / Nikkei: total RE ≈30 wt% of sintered NdFeB; C9 0.27–0.32",
    "medium",
    "ree-share-of-ndfeb-mass",
    {
      value: 0.3,
      low: 0.27,
      high: 0.32,
    }
  ),
  indicator("C8 Fastmarkets MB-NDP-0002: Nd 75% in NdPr", "high", "nd-share-of-ndpr", {
    value: 0.75,
  }),
  indicator("C8 Fastmarkets MB-NDP-0002: Pr 25% in NdPr", "high", "pr-share-of-ndpr", {
    value: 0.25,
  }),
  indicator(
    "C9 conversion rule: Nd+Pr ≈ kg NdFeB × 0.26–0.31",
    "medium",
    "ndpr-share-of-ndfeb-mass",
    { low: 0.26, high: 0.31 }
  ),
  indicator(
    "C9 conversion rule: Dy (or Dy+Tb) = kg NdFeB × 0.00–0.10, grade-dependent",
    "medium",
    "dy-share-of-ndfeb-mass",
    { value: null, low: 0, high: 0.1 }
  ),

  // §6a Events with figures
  programme(
    "E10 Brownstein Hyatt: EXIM $10B 15-year loan to Project Vault (2026-02-02)",
    "high",
    "exim-project-vault",
    { value: 10_000, date: "2026-02-02" }
  ),
  programme(
    "E24 Cosmic Herald (single secondary, low–medium): OSC $725M to Energy Fuels",
    "medium",
    "osc-energy-fuels",
    { value: 725, date: "2026-06-18" }
  ),
  programme(
    "E24 Cosmic Herald (single secondary, low–medium): OSC $500M to Phoenix Tailings",
    "medium",
    "osc-phoenix-tailings",
    { value: 500 }
  ),
  programme(
    "E28 White House 2026-08-07: DoW $150M in Niron Magnetics (RE-free)",
    "high",
    "dow-niron",
    { value: 150, date: "2026-08-07" }
  ),
  programme(
    "E37 USAR Q2 2026: CHIPS definitive agreements, up to $277M",
    "high",
    "commerce-usar-chips",
    { value: 277 }
  ),
  programme("E37 USAR Q2 2026: up to $1.3B senior secured loans", "high", "commerce-usar-loan", {
    value: 1_300,
  }),
  control(
    "E19 MOFCOM notice of 2026-04-17: Oct-2025 measures stay suspended to 2026-11-10",
    "high",
    "mofcom-70",
    { asOf: "2026-04-17" }
  ),

  // §6b Prices during 2026, by market
  smm(
    "P4 SMM 2025-12-25: PrNd oxide 592–595k CNY/t",
    "NdPr",
    "oxide",
    "2025-12-25",
    592_000,
    595_000
  ),
  smm(
    "P4 SMM 2025-12-25: Dy oxide 1.33–1.35M CNY/t",
    "Dy",
    "oxide",
    "2025-12-25",
    1_330_000,
    1_350_000
  ),
  smm(
    "P4 SMM 2025-12-25: Tb oxide 6.02–6.06M CNY/t",
    "Tb",
    "oxide",
    "2025-12-25",
    6_020_000,
    6_060_000
  ),
  smm(
    "P5 SMM 2025-12-31: PrNd oxide 605–608k CNY/t",
    "NdPr",
    "oxide",
    "2025-12-31",
    605_000,
    608_000
  ),
  smm(
    "P5 SMM 2025-12-31: PrNd alloy 730–740k CNY/t",
    "NdPr",
    "alloy",
    "2025-12-31",
    730_000,
    740_000
  ),
  smm(
    "P6 SMM 2026-01-15: PrNd oxide 680–685k CNY/t",
    "NdPr",
    "oxide",
    "2026-01-15",
    680_000,
    685_000
  ),
  smm(
    "P9 SMM 2026-01-22: PrNd oxide 670–675k CNY/t",
    "NdPr",
    "oxide",
    "2026-01-22",
    670_000,
    675_000
  ),
  price(
    "P9 SMM 2026-01-22: Dy oxide 1.44M CNY/t",
    "high",
    { product: "Dy", market: "China domestic (SMM)", date: "2026-01-22" },
    {
      quoted: { value: 1_440_000, unit: "CNY/t" },
    }
  ),
  smm(
    "P9 SMM 2026-01-22: Tb oxide 6.30–6.35M CNY/t",
    "Tb",
    "oxide",
    "2026-01-22",
    6_300_000,
    6_350_000
  ),
  smm(
    "P10 SMM 2026-01-29: PrNd oxide 740–748k CNY/t",
    "NdPr",
    "oxide",
    "2026-01-29",
    740_000,
    748_000
  ),
  smm(
    "P10 SMM 2026-01-29: Dy oxide 1.40–1.41M CNY/t",
    "Dy",
    "oxide",
    "2026-01-29",
    1_400_000,
    1_410_000
  ),
  smm(
    "P12 SMM 2026-02-05: PrNd oxide 747–753k CNY/t",
    "NdPr",
    "oxide",
    "2026-02-05",
    747_000,
    753_000
  ),
  smm(
    "P12 SMM 2026-02-05: Dy oxide 1.39–1.41M CNY/t",
    "Dy",
    "oxide",
    "2026-02-05",
    1_390_000,
    1_410_000
  ),
  smm(
    "P13 SMM 2026-02-24 (listing excerpt, medium): PrNd oxide 880–890k CNY/t",
    "NdPr",
    "oxide",
    "2026-02-24",
    880_000,
    890_000
  ),
  smm(
    "P13 SMM 2026-02-24: PrNd metal 1.07–1.08M CNY/t",
    "NdPr",
    "metal",
    "2026-02-24",
    1_070_000,
    1_080_000
  ),
  ...(
    [
      ["NdPr", "oxide", 748_700],
      ["NdPr", "metal", 898_800],
      ["Dy", "oxide", 1_330_000],
      ["Tb", "oxide", 6_100_000],
    ] as const
  ).map(([product, form, cny]) =>
    price(
      `P11 SunSirs 2026-02-02: ${product} ${form}, ${cny.toLocaleString("en-US")} CNY/t`,
      "medium",
      { product, form, market: "China domestic (SunSirs)" },
      {
        quoted: { value: cny, unit: "CNY/t" },
        date: "2026-02-02",
      }
    )
  ),
  price(
    "P7 SMM overseas ~2026-01-16: Nd oxide FOB China $128–148/kg",
    "medium",
    { product: "Nd", form: "oxide", market: "FOB China (SMM overseas)" },
    { low: 128, high: 148 }
  ),
  price(
    "P7 SMM overseas: Dy oxide FOB China $271–311/kg",
    "medium",
    { product: "Dy", market: "FOB China (SMM overseas)" },
    { low: 271, high: 311 }
  ),
  price(
    "P7 SMM overseas: Nd metal FOB China $121–141/kg",
    "medium",
    { product: "Nd", form: "metal", market: "FOB China (SMM overseas)" },
    { low: 121, high: 141 }
  ),
  price(
    "P8 SMM overseas: Nd oxide CIF Rotterdam $180–200/kg",
    "medium",
    { product: "Nd", market: "CIF Rotterdam (SMM overseas)" },
    {
      low: 180,
      high: 200,
      marketGroup: "Europe",
    }
  ),
  price(
    "P17 The West (Lynas quote): NdPr US$56/kg, Dec 2024",
    "medium",
    { product: "NdPr", market: "China (Lynas, market average)", date: "2024-12" },
    { value: 56 }
  ),
  price(
    "P17 The West (Lynas quote): NdPr US$74/kg, Dec 2025",
    "medium",
    { product: "NdPr", market: "China (Lynas, market average)", date: "2025-12" },
    { value: 74 }
  ),
  price(
    "P18 The West: Lynas CEO, NdPr 'reached the magic US$110' on 2026-02-25",
    "medium",
    { product: "NdPr", market: "China (Lynas CEO)" },
    {
      value: 110,
      date: "2026-02-25",
    }
  ),
  price(
    "P19 SMM ex-VAT via a secondary report: PrNd oxide February 2026 peak ~US$111.5/kg",
    "low",
    { product: "NdPr", date: "2026-02", marketGroup: "China" },
    {
      value: 111.5,
      qualifier: "~",
    }
  ),
  price(
    "P20 lanthanides.io (SMM cited): Tb oxide China domestic US$804/kg, 2026-03-20",
    "low",
    { product: "Tb", market: "China domestic (SMM)", date: "2026-03-20" },
    {
      value: 804,
    }
  ),
  price(
    "P20 lanthanides.io (SMM cited): Tb oxide FOB China US$1,182/kg, 2026-03-20",
    "low",
    { product: "Tb", market: "FOB China (SMM)", date: "2026-03-20" },
    {
      value: 1_182,
    }
  ),
  price(
    "P21 Lynas FY26 release: NdPr China domestic ex-VAT, June 2026 average US$100.8/kg",
    "high",
    { product: "NdPr", market: "China domestic, VAT excluded (Lynas)", date: "2026-06" },
    {
      value: 100.8,
    }
  ),
  price(
    "P21 Lynas FY26 release: June 2025 average US$55.0/kg",
    "high",
    { product: "NdPr", market: "China domestic, VAT excluded (Lynas)", date: "2025-06" },
    { value: 55 }
  ),
  price(
    "P23 Platts via a secondary report (low–medium): NdPr CIF North America 'heard below' US$110/kg",
    "medium",
    { product: "NdPr", market: "CIF North America (Platts)" },
    {
      value: 110,
      qualifier: "<",
      date: "2026-08-18",
    }
  ),
  price(
    "P24 SMM ex-VAT via a secondary report: PrNd oxide September 2026 ~US$92–97/kg",
    "low",
    { product: "NdPr", date: "2026-09" },
    { low: 92, high: 97 }
  ),
];

/**
 * Groups (facts-2026 §3): the members each source names and, where it dates them, when they joined. The State
 * Department's Jun 2023 remark ("since MSP's inception last June, we welcomed Norway, Italy, and India") dates
 * Italy only to between Jun 2022 and Jun 2023, so Italy has no joining date; Norway attended the Sep 2022
 * convening.
 */
const GROUPS: readonly {
  ref: string;
  id: string;
  members: readonly string[];
  joined?: Readonly<Record<string, string | undefined>>;
}[] = [
  {
    ref: "G1–G2 State Department: MSP, 10 founding partners (14 Jun 2022) + NO, IT, IN (Jun 2023), EE (3 Mar 2024)",
    id: "MSP",
    members: ["AU", "CA", "FI", "FR", "DE", "JP", "KR", "SE", "GB", "US", "NO", "IT", "IN", "EE"],
    joined: {
      ...Object.fromEntries(
        ["AU", "CA", "FI", "FR", "DE", "JP", "KR", "SE", "GB", "US"].map((c) => [c, "2022-06-14"])
      ),
      NO: "2022",
      IT: undefined,
      IN: "2023-06",
      EE: "2024-03-03",
    },
  },
  {
    ref: "G4 Federal Newswire / Atlantic Council: FORGE membership not published",
    id: "FORGE",
    members: [],
  },
  { ref: "G6 India Post / Nippon.com: Quad", id: "Quad", members: ["AU", "IN", "JP", "US"] },
  {
    ref: "G7 Kallanish / Mirage News: G7",
    id: "G7",
    members: ["CA", "FR", "DE", "IT", "JP", "GB", "US"],
  },
];

/**
 * Each plant's as-of date against the publication date of the reference row it rests on (facts-2026 §1–2,
 * "pub. date"; the later of two where a later row updates the figure or its status).
 */
const PLANT_AS_OF: Readonly<Record<string, string>> = {
  "shinetsu-smmv": "2017", // M2
  "daido-intermetallics": "2012", // M5
  "sgi-korea": "2023-08-22", // M6 (Reuters)
  "sgi-vina": "2024-12", // M7
  "posco-star-us": "2023-10", // M8
  "posco-reelement-us": "2025-10-29", // M9 (White House fact sheet)
  "lynas-jslink-kuantan": "2026-08-26", // M10 (Lynas FY26 release)
  "hypromag-tyseley": "2026-01-15", // M14
  "india-repm-scheme": "2025-11-26", // M15
  "mp-10x": "2026-02-26", // M17
  "evac-sumter": "2025-12-15", // M18
  "usar-stillwater": "2026-09-15", // M20 (risk factors)
  "vulcan-new-plant": "2025-11-18", // M21
  "usar-blacksburg": "2026-08-10", // M28
  "heraeus-remloy": "2024-05-14", // M30
  "lynas-kalgoorlie": "2024-11", // S4
  "lynas-malaysia-hree-new": "2026-08-26", // S3 (Lynas FY26 release)
  "arafura-nolans": "2026-08-31", // S7 (FID)
  "efr-white-mesa-p1": "2024-06", // S10
  "efr-white-mesa-p23-ndpr": "2026-01", // S11
  "mp-mountain-pass-separation": "2026-03-03", // S12
  "mp-mountain-pass-mine": "2026-02-26", // S12 / E15
  "mp-heavy-ree-circuit": "2025-11-06", // S13
  "mp-maaden-jv": "2025-11-19", // S14
  "aclara-louisiana": "2025-10-24", // S16
  "reelement-noblesville": "2025-09-29", // S18
  reelement: "2025-10-02", // S19
  "shinetsu-vn-separation": "2012-01-23", // S20
  "irel-india": "2025-12-18", // S22
  "sareco-kz": "2012-11-23", // S23
  "src-saskatoon": "2025-01-03", // S27
  "usar-wheat-ridge": "2026-08-10", // S28
  "serra-verde": "2026-09-04", // S29
  "asm-ksm-ochang": "2021", // A1
  "usar-metallization": "2026-08-10", // A3
  "resonac-chichibu": "2010", // A7
  "lynas-ls-eco-vn": "2026-08-26", // A12
};

/**
 * What the search log (facts-2026-gaps.md) says was looked for and not found: each stays unknown (null, no
 * date, no actual output) rather than a number. The plant capacities Japan and VAC do not disclose, FORGE's
 * membership and the Dy/Tb shares of magnet mass are checked in figures.test.ts.
 */
const NOT_FOUND: readonly { ref: string; holds: () => void }[] = [
  {
    ref: "A1: what happened on 2026-11-10, and whether No. 72's bans returned on 2026-11-27",
    holds: () => {
      for (const c of data.exportControls.filter((e) => e.afterSuspension))
        expect(c.afterSuspension?.status).toBe("unknown");
    },
  },
  {
    ref: "A2/A3: nothing dated after about 2026-10-10; no Dy price after mid-Feb 2026, no Tb after 20 Mar 2026",
    holds: () => {
      expect(data.prices.filter((p) => p.date >= "2026-10")).toEqual([]);
      expect(data.prices.filter((p) => p.product === "Dy" && p.date >= "2026-03")).toEqual([]);
      expect(data.prices.filter((p) => p.product === "Tb" && p.date > "2026-03-20")).toEqual([]);
    },
  },
  {
    ref: "B/C: no 2026 output of MP Independence, Neo Narva, Lynas Malaysia or Energy Fuels; USAR's 600 t/yr is a target",
    holds: () => {
      for (const id of [
        "mp-independence",
        "neo-narva",
        "lynas-malaysia-light",
        "efr-white-mesa-p1",
      ])
        expect(data.capacity.find((c) => c.id === id)?.output ?? []).toEqual([]);
      const usar = data.capacity.find((c) => c.id === "usar-stillwater");
      expect(usar?.output?.map((o) => o.kind)).toEqual(["run-rate target"]);
    },
  },
  {
    ref: "B/C: start-ups not confirmed (MP heavy-RE circuit, Ucore, ReElement Marion, Carester, SGI Vina, Vulcan)",
    holds: () => {
      const status = (id: string) => data.capacity.find((c) => c.id === id)?.status;
      expect(status("mp-heavy-ree-circuit")).toBe("construction");
      expect(status("ucore-louisiana")).toBe("construction");
      expect(status("reelement")).toBe("construction");
      expect(status("carester-caremag")).toBe("construction");
      expect(status("sgi-vina")).toBe("unknown");
      expect(status("vulcan-new-plant")).toBe("planned");
    },
  },
  {
    ref: "B/C: capacities not disclosed (POSCO–ReElement, Shin-Etsu separation, LCM, MP–Maaden, Wheat Ridge, Solvay 2025)",
    holds: () => {
      for (const id of [
        "posco-reelement-us",
        "shinetsu-takefu-separation",
        "lcm-ellesmere",
        "mp-maaden-jv",
        "usar-wheat-ridge",
        "solvay-la-rochelle",
      ])
        expect(data.capacity.find((c) => c.id === id)?.value).toBeNull();
      expect(data.capacity.find((c) => c.id === "posco-star-us")?.startYear).toBeNull();
    },
  },
  {
    ref: "C: no authoritative China share for the metal/alloy stage",
    holds: () => {
      expect(data.shares.find((s) => s.stage === "metal")?.value).toBeNull();
      expect(data.indicators.find((i) => i.id === "metal-stage-china-share")?.value).toBeNull();
    },
  },
  {
    ref: "E: NDS FY2026 plan not released; JOGMEC, KOMIR, Project Vault and Vietnam tonnages not published",
    holds: () => {
      for (const id of [
        "us-nds-fy2026-rare-earths",
        "us-nds-rare-earths-held",
        "jp-jogmec-held",
        "vn-state-reserve",
      ])
        expect(data.stockpiles.find((k) => k.id === id)?.value).toBeNull();
      const tonnes = (id: string) => data.stockpiles.find((k) => k.id === id)?.unit;
      expect([tonnes("kr-komir-target"), tonnes("us-project-vault")]).toEqual([
        "days",
        "million USD",
      ]);
      expect(data.stockpiles.filter((k) => k.country === "CN").map((k) => k.period)).toEqual([
        "2012",
      ]);
    },
  },
  {
    ref: "F: data-centre intensity per MW not found; China's 2025 quotas unpublished; no recycling lead time",
    holds: () => {
      expect(data.demandIntensities.find((d) => d.id === "data-centre")?.value).toBeNull();
      expect(data.indicators.find((i) => i.id === "data-centre-ree-intensity")?.value).toBeNull();
      expect(data.indicators.find((i) => i.id === "china-mining-quota-2025")?.value).toBeNull();
      const recycling = data.leadTimes.find((l) => l.stage === "recycling");
      expect([recycling?.low, recycling?.base, recycling?.high]).toEqual([null, null, null]);
    },
  },
];

/** The compilers' own sources (conventions, the check of 1.0.0, the search log): none is a source of facts. */
const OWN_NOTES = new Set(
  data.sources.filter((s) => s.publisher === "this dataset").map((s) => s.id)
);

/** Every object in a table that carries sourceIds (records and their nested output, members, suspensions). */
function cited(value: unknown, where: string): { where: string; item: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => cited(v, `${where}[${i}]`));
  if (!value || typeof value !== "object") return [];
  const item = value as Record<string, unknown>;
  const nested = Object.entries(item).flatMap(([k, v]) => cited(v, `${where}.${k}`));
  return Array.isArray(item.sourceIds) ? [{ where, item }, ...nested] : nested;
}

const RANK: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };

function matching(r: AuditRow): Record<string, unknown>[] {
  const rows = data[r.table] as unknown as Record<string, unknown>[];
  return rows.filter((record) => Object.entries(r.where).every(([k, v]) => record[k] === v));
}

const AUDIT = [...FACTS_2025, ...USGS_2026, ...FACTS_2026];

describe("every reference figure the dataset carries, as the reference gives it", () => {
  test.each(AUDIT.map((r) => [r.ref, r] as const))("%s", (_ref, r) => {
    const found = matching(r);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(r.is as Record<string, unknown>);
    expect(RANK[found[0].confidence as Confidence]).toBeLessThanOrEqual(RANK[r.grade]);
  });

  test.each(GROUPS.map((g) => [g.ref, g] as const))("%s", (_ref, g) => {
    const group = data.regions.find((r) => r.id === g.id);
    expect([...(group?.members ?? [])].sort()).toEqual([...g.members].sort());
    for (const [code, joined] of Object.entries(g.joined ?? {}))
      expect(group?.membership?.find((m) => m.code === code)?.joined).toBe(joined);
  });

  test("the audit covers every table that holds reference figures", () => {
    expect(AUDIT.length).toBeGreaterThan(300);
    expect(new Set(AUDIT.map((r) => r.table))).toEqual(
      new Set([
        "production",
        "reserves",
        "shares",
        "leadTimes",
        "programmes",
        "exportControls",
        "prices",
        "demandIntensities",
        "capacity",
        "elements",
        "indicators",
        "stockpiles",
      ])
    );
  });
});

describe("plants' as-of dates", () => {
  test.each(Object.entries(PLANT_AS_OF))("%s is as of its reference row's date", (id, asOf) => {
    expect(data.capacity.find((c) => c.id === id)?.asOf).toBe(asOf);
  });
});

describe("what the sources did not find stays unknown", () => {
  test.each(NOT_FOUND.map((g) => [g.ref, g] as const))("%s", (_ref, g) => g.holds());
});

describe("no figure lacks a source", () => {
  const everything = Object.entries(data)
    .filter(([table]) => table !== "sources" && table !== "meta")
    .flatMap(([table, rows]) => cited(rows, table));
  const known = new Set(data.sources.map((s) => s.id));

  test("every source id, nested ones included, names a source in the sources table", () => {
    const missing = everything.flatMap(({ where, item }) =>
      (item.sourceIds as string[]).filter((id) => !known.has(id)).map((id) => `${where}: ${id}`)
    );
    expect(missing).toEqual([]);
  });

  test("every number rests on at least one source outside the compilers' own notes", () => {
    const figure = (item: Record<string, unknown>) =>
      ["value", "low", "base", "high"].some((k) => typeof item[k] === "number");
    const unsourced = everything
      .filter(({ item }) => figure(item))
      .filter(({ item }) => (item.sourceIds as string[]).every((id) => OWN_NOTES.has(id)))
      .map(({ where }) => where);
    expect(unsourced).toEqual([]);
  });
});
