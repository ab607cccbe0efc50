/**
 * What the embedded reference dataset is known to hold, written out by hand so that tests compare the code's
 * answers with the data, never with the code itself: the one table of named facts the core, functions,
 * HyperFormula and browser tests share, so a figure that changes with a data edition changes in one place.
 * Each fact names the record it was copied from; none is computed by the code under test.
 */

/** RE.TABLE("stages", "id, name"): the header, then the five stages in chain order. */
export const STAGE_ID_NAME_ROWS: readonly (readonly string[])[] = [
  ["id", "name"],
  ["mining", "Mining"],
  ["separation", "Separation / refining"],
  ["metal", "Metal & alloy"],
  ["magnet", "Magnet manufacturing"],
  ["recycling", "Recycling"],
];

// ─── Named facts: each figure written out by hand from the record named beside it ─────────────────────

/**
 * USGS mine production, t REO (the production table, stage mining), by edition and year. A share of mining
 * is one of these over the world total of the same edition and year.
 */
export const MINE_T_REO = {
  /** USGS Mineral Commodity Summaries 2026 (source USGS-MCS26). */
  mcs2026: {
    2024: {
      CN: 270_000,
      US: 45_500,
      AU: 29_000,
      MM: 27_000,
      IN: 2_900,
      RU: 2_600,
      TH: 2_100,
      NG: 1_500,
      MG: 1_400,
      /** "Other countries" (ZZ). */
      other: 1_000,
      BR: 560,
      VN: 300,
      MY: 140,
      /** CA, GL, ZA and TZ are listed at 0. */
      WORLD: 380_000,
    },
    2025: { CN: 270_000, US: 51_000, AU: 29_000, WORLD: 390_000 },
  },
  /**
   * USGS Mineral Commodity Summaries 2025 (source USGS-MCS25): 2024 as first reported; 2023's world total as
   * corrected (Corrections-2026-12).
   */
  mcs2025: {
    2024: { CN: 270_000, US: 45_000, AU: 13_000, WORLD: 390_000 },
    2023: { CN: 255_000, WORLD: 376_000 },
  },
  /** USGS Mineral Commodity Summaries 2024 (source USGS-MCS24). */
  mcs2024: {
    2023: { CN: 240_000, WORLD: 350_000 },
    2022: { CN: 210_000 },
  },
} as const;

/** US net import reliance, fraction of apparent consumption (indicators us-net-import-reliance-<year>, USGS-MCS26). */
export const US_NET_IMPORT_RELIANCE = {
  /** USGS-MCS25: 100% in 2020. */
  2020: 1,
  /** 2021-2023 are printed as bounds: more than 95%, 95%, 90%. */
  2021: 0.95,
  2022: 0.95,
  2023: 0.9,
  2024: 0.53,
  2025: 0.67,
} as const;

/** Share of US rare-earth imports by supplier (indicators us-import-source-<cc>, USGS-MCS26). */
export const US_IMPORT_SOURCE = { CN: 0.71, MY: 0.13, JP: 0.05 } as const;

/** China's share of world output in 2024 (shares table, IEA commentary Oct 2025, source IEA-Oct25). */
export const CHINA_SHARE_2024 = { separation: 0.91, magnet: 0.94 } as const;

/** China's share of world separation (refining) in 2023, magnet REE refined (shares table, IEA GCMO 2024, IEA-GCMO24). */
export const CHINA_SEPARATION_SHARE_2023 = 0.92;

/** Lead times of scope "any", years (leadTimes table, one record per stage; the sources named per stage). */
export const LEAD_TIME_ANY_YEARS = {
  /** S&P Global 2023 and 2024, IEA tracker. */
  mining: { low: 6, base: 15.7, high: 32 },
  /** Seed analysis, Iluka, MP Materials, IEA commentary Oct 2025. */
  separation: { low: 4, base: 5, high: 8 },
  /** MP Materials, Fastmarkets: base case only. */
  metal: { base: 3 },
  /** eVAC, Neo, MP Materials, USA Rare Earth, Fastmarkets. */
  magnet: { low: 2, base: 2, high: 3 },
} as const;

/** Magnet plants, t/yr NdFeB (capacity table). */
export const MAGNET_PLANT_T = {
  /** noveon-san-marcos: San Marcos (TX), operating since 2023 (source Noveon). */
  noveonSanMarcos: 2_000,
  /** evac-sumter: Sumter (SC), ramping from 2025 to its 2026 target output (source eVAC). */
  evacSumter2026Target: 2_000,
  /** shinetsu-smmv: Shin-Etsu Magnetic Materials Vietnam, operating since 2016 (source ShinEtsu-VN). */
  shinEtsuVietnam: 2_200,
  /** usar-stillwater: Stillwater (OK), commissioning, 2026 run-rate target output (source USAR). */
  usarStillwater2026Target: 600,
  /** vulcan-new-plant: Vulcan Elements' new plant, planned from 2027 (source Vulcan-Nov25). */
  vulcanNewPlant: 10_000,
  /** mp-10x: MP Materials' 10X plant, construction, from 2028 (source MP-8K-Jul25). */
  mp10x: 9_000,
  /** usar-blacksburg: USA Rare Earth Blacksburg, planned from 2028 (source USAR-Q2-26). */
  usarBlacksburg: 6_400,
} as const;

/**
 * US magnet capacity running (status operating or ramping), t/yr NdFeB: Noveon alone in 2025; from 2026 to the
 * horizon with eVAC's target (MP's Independence plant ramps without a sourced output, so it adds nothing).
 */
export const US_MAGNETS_RUNNING_T = {
  2025: MAGNET_PLANT_T.noveonSanMarcos,
  2026: MAGNET_PLANT_T.noveonSanMarcos + MAGNET_PLANT_T.evacSumter2026Target,
} as const;

/** mp-mountain-pass-mine: Mountain Pass mine's actual 2024 output, t REO (capacity table, source MP-10K24). */
export const MOUNTAIN_PASS_MINE_2024_T_REO = 45_455;

/** mp-mountain-pass-mine: Mountain Pass mine's actual 2025 output, t REO (capacity table, source MP-FY25). */
export const MOUNTAIN_PASS_MINE_2025_T_REO = 50_692;

/** US NdPr oxide plants counted as running, t/yr (capacity table, stage separation). */
export const US_NDPR_OXIDE_PLANT_T = {
  /** mp-mountain-pass-separation: ramping; actual 2025 output (source MP-FY25). */
  mountainPass2025: 2_599,
  /** efr-white-mesa-p1: Energy Fuels' White Mesa phase 1, operating from 2024 (source EFR). */
  whiteMesaPhase1: 925,
} as const;

/** ev-motor: kg NdFeB per EV traction motor (demandIntensities table; MP Materials, Neo, POSCO). */
export const EV_MOTOR_KG_NDFEB = 1.4;

/** NdPr oxide, China domestic VAT excluded (SMM), 2026-09, USD/kg (prices table, source STORM-Oct26). */
export const NDPR_OXIDE_SMM_2026_09_USD_KG = 94.5;

/** NdPr oxide, USGS annual averages of Argus FOB quotes (market US), USD/kg (prices table, source USGS-MCS26). */
export const NDPR_OXIDE_US_USD_KG = { 2021: 92, 2022: 124, 2023: 75, 2024: 55, 2025: 69 } as const;

/**
 * Stockpile tonnages, t of the material named, gross weight (stockpiles table): IREL's NdPr oxide stock
 * (in-irel-ndpr-oxide, IREL-Energetica25) and the US National Defense Stockpile's FY2025 potential
 * acquisitions (us-nds-fy2025-*, USGS-MCS26 p. 153).
 */
export const STOCK_T = {
  irelNdprOxide: 500,
  ndsFy2025: { ndprOxide: 300, ndfebBlock: 450, smcoAlloy: 60, lanthanum: 1_100 },
} as const;

/** NdPr oxide share of TREO in the Mountain Pass ore (indicator ndpr-oxide-share-of-reo-mountain-pass, MP-10K21, medium). */
export const MOUNTAIN_PASS_NDPR_SHARE_OF_TREO = 0.157;

/** Nd + Pr per t NdFeB magnet: the midpoint of the cited 26–31% (indicator ndpr-share-of-ndfeb-mass, medium). */
export const NDPR_SHARE_OF_NDFEB = 0.285;

/** All rare earths per t NdFeB magnet, 27–32% (indicator ree-share-of-ndfeb-mass, Heim23, medium). */
export const REE_SHARE_OF_NDFEB = 0.3;

/** t NdPr metal per t NdPr oxide for the 75:25 blend (indicator ndpr-oxide-metal-factor, IUPAC atomic weights). */
export const NDPR_METAL_PER_OXIDE = 0.85;
