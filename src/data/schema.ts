import { z } from "zod";
import { isPartialDate } from "./dates";
import { crossRecordIssues } from "./rules";
import { parseSemver } from "./semver";
import {
  indicatorMeasures,
  priceMarkets,
  projectStatuses,
  stageIds,
  stockpileMeasures,
  tableNames,
  type TableName,
} from "./tables";

/**
 * The reference dataset's one description: the TypeScript types are inferred from it and
 * `dataset.schema.json` is generated from it (`npm run schema`), so the three never drift apart.
 *
 * Conventions every table shares:
 * - every record names its sources (`sourceIds`, at least one, each resolving to `sources[].id`),
 *   an `asOf` date (YYYY, YYYY-MM or YYYY-MM-DD) and a `confidence` grade carried over from the fact sheet;
 * - a figure that the sources give as a range keeps the range (`low`/`high` beside the point value),
 *   a figure given as "more than" or "about" keeps that qualifier, and an unknown stays `null` with a note.
 */

/** Date with the precision the source gives it: a year, a month or a day. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    message: "expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
    abort: true,
  })
  .refine(isPartialDate, "not a calendar date (the month has fewer days)");

export const confidence = z.enum(["high", "medium", "low"]);

/** Stage ids; the order is the order of the chain from ore to recycled magnet. */
export const stageId = z.enum(stageIds);

/** How the figure relates to the truth: reported as is, approximate, a lower or an upper bound. */
export const qualifier = z.enum(["=", "~", ">", "<", ">=", "<="]);

const sourceIds = z
  .array(z.string().min(1))
  .min(1, "every record must name at least one source id");

/** Provenance that every record carries. */
const cited = {
  sourceIds,
  asOf: partialDate,
  confidence,
  note: z.string().optional(),
  /** Set when the value is arithmetic on cited inputs: says how it was computed. */
  computed: z.string().optional(),
};

/** A cited quantity: a point value (null when the sources do not give one) and the sources' range. */
const quantity = {
  value: z.number().finite().nullable(),
  low: z.number().finite().optional(),
  high: z.number().finite().optional(),
  qualifier: qualifier.optional(),
  unit: z.string().min(1),
};

export const source = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9-]+$/, "source ids are letters, digits and hyphens"),
  citation: z.string().min(10),
  publisher: z.string().min(1),
  /** Date of the document (or of the data it reports). */
  asOf: partialDate,
  confidence,
  /** How the source was seen when it was not read at first hand (reproductions, summaries). */
  seenVia: z.string().optional(),
  url: z.string().optional(),
  note: z.string().optional(),
});

export const stage = z.strictObject({
  id: stageId,
  order: z.number().int().min(1),
  name: z.string().min(1),
  description: z.string().min(1),
  /** Other words analysts use for the stage ("refining" for separation, ...). */
  aliases: z.array(z.string()),
  ...cited,
});

export const country = z.strictObject({
  /** ISO 3166-1 alpha-2 code, or WORLD for world totals. */
  code: z.string().regex(/^([A-Z]{2}|WORLD)$/),
  name: z.string().min(1),
  aliases: z.array(z.string()),
});

/** One member of a group, with the source that puts it there and, where known, when it joined. */
export const regionMember = z.strictObject({
  code: z.string(),
  joined: partialDate.optional(),
  sourceIds,
  note: z.string().optional(),
});

/**
 * Named groups of countries ("allied", "non-China", "MSP", "G7", ...); membership is a stated convention
 * or a cited list, never inferred. An empty `members` list means the membership is not published.
 */
export const region = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  definition: z.string().min(1),
  /** Member country codes; `excludes` is used instead for "everyone but" regions. */
  members: z.array(z.string()).optional(),
  excludes: z.array(z.string()).optional(),
  /** Each member's source (and joining date where the sources give one); same codes as `members`. */
  membership: z.array(regionMember).optional(),
  /** How the group's totals are formed: its listed members, or the world total minus `excludes`. */
  totals: z.enum(["listed members", "world minus excluded"]).optional(),
  /** The dates the group existed between, where it began or ended ("MSP" until FORGE replaced it). */
  validFrom: partialDate.optional(),
  validUntil: partialDate.optional(),
  /** Id of the group that replaced this one. */
  supersededBy: z.string().optional(),
  aliases: z.array(z.string()),
  ...cited,
});

export const element = z.strictObject({
  symbol: z.string().regex(/^[A-Z][a-z]?$/),
  name: z.string().min(1),
  atomicNumber: z.number().int().min(21).max(71),
  /** Light / heavy under the convention named in `meta.conventions.elementClass`. */
  group: z.enum(["light", "heavy", "separate"]),
  /** China's own grouping where the sources give one (MOFCOM counts Sm and Gd as "medium"). */
  chinaGroup: z.enum(["light", "medium", "heavy"]).optional(),
  atomicWeight: z.number().positive(),
  oxideFormula: z.string().min(2),
  /** Metal mass / oxide mass: multiply t oxide by it to get t metal. */
  metalPerOxide: z.number().positive().max(1),
  /** Oxide mass / metal mass. */
  oxidePerMetal: z.number().min(1),
  ...cited,
});

/** Country-level output of a stage (USGS mine production), in the edition that reported it. */
export const production = z.strictObject({
  stage: stageId,
  country: z.string(),
  year: z.number().int().min(1900).max(2100),
  /** The publication that printed this figure: later editions revise earlier years. */
  edition: z.string().min(1),
  estimated: z.boolean(),
  ...quantity,
  ...cited,
});

/** Reserves by country. */
export const reserve = z.strictObject({
  country: z.string(),
  edition: z.string().min(1),
  ...quantity,
  ...cited,
});

/** A share of world output or capacity at a stage as a source reports it (fraction 0-1). */
export const share = z.strictObject({
  stage: stageId,
  country: z.string(),
  year: z.number().int().min(1900).max(2100),
  /** Projections carry their scenario ("IEA base case"); observed shares leave it out. */
  projection: z.string().optional(),
  /**
   * What is counted: "total REO mined" (USGS), "magnet REE mined" or "magnet REE refined" (IEA),
   * "permanent-magnet production", ... Shares of different bases are never one series.
   */
  basis: z.string().min(1).optional(),
  /** The publication (and edition) the share comes from or is computed from: "USGS MCS 2026", "IEA GCMO 2024". */
  edition: z.string().min(1).optional(),
  value: z.number().min(0).max(1).nullable(),
  low: z.number().min(0).max(1).optional(),
  high: z.number().min(0).max(1).optional(),
  qualifier: qualifier.optional(),
  ...cited,
});

/** Years to bring new capacity online at a stage. */
export const leadTime = z.strictObject({
  stage: stageId,
  /** "any", "light", "heavy", or a country code where the source is about one jurisdiction. */
  scope: z.string().min(1),
  low: z.number().positive().nullable(),
  base: z.number().positive().nullable(),
  high: z.number().positive().nullable(),
  /** What is measured: discovery to production, FID to commissioning, ... */
  definition: z.string().min(1),
  ...cited,
});

export const gap = z.strictObject({
  id: z.string().min(1),
  order: z.number().int().min(1),
  name: z.string().min(1),
  meaning: z.string().min(1),
  defaultWeight: z.number().min(0),
  ...cited,
});

export const programme = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  agency: z.string().min(1),
  recipient: z.string().min(1),
  instrument: z.string().min(1),
  stages: z.array(stageId),
  date: partialDate,
  status: z.string().min(1),
  ...quantity,
  ...cited,
});

/** A clause of a measure that starts on its own date. */
export const exportControlClause = z.strictObject({
  clause: z.string().min(1),
  scope: z.string().min(1),
  effective: partialDate,
});

/** What a suspension suspends: a measure of this table (its id) or a named measure, and which part. */
export const suspendedMeasure = z.strictObject({
  measure: z.string().min(1),
  part: z.string().optional(),
});

/** What the sources say happened when a suspension ended; "unknown" and "disputed" stay as such. */
export const suspensionEnd = z.strictObject({
  status: z.enum(["unknown", "disputed", "lapsed", "extended", "reinstated"]),
  note: z.string().min(1),
  sourceIds,
});

export const exportControl = z.strictObject({
  id: z.string().min(1),
  measure: z.string().min(1),
  authority: z.string().min(1),
  /** Publication date. */
  announced: partialDate,
  /** The date the measure took, or was to take, effect (the earliest clause's when clauses differ). */
  effective: partialDate,
  /** False when the measure was suspended before its effective date, so it never was in force. */
  tookEffect: z.boolean().optional(),
  /** Clauses with start dates of their own. */
  clauses: z.array(exportControlClause).optional(),
  /** Element symbols the measure names; empty for technology or extraterritorial measures. */
  elements: z.array(z.string()),
  scope: z.string().min(1),
  /** Id of the measure that suspended this one. */
  suspendedBy: z.string().optional(),
  suspendedFrom: partialDate.optional(),
  suspendedUntil: partialDate.optional(),
  /** For a suspension: what it suspends. */
  suspends: z.array(suspendedMeasure).optional(),
  /** What is known of the end of the suspension (this measure's, or the one it imposes). */
  afterSuspension: suspensionEnd.optional(),
  ...cited,
});

export const price = z.strictObject({
  /** Element symbol or a product such as "NdPr". */
  product: z.string().min(1),
  form: z.enum(["oxide", "metal", "alloy", "magnet"]),
  /** The market as the source names it ("China domestic (SMM)", "CIF Europe (Benchmark)"). */
  market: z.string().min(1),
  /**
   * The market an analyst asks for: China (domestic), FOB China, Europe (CIF, Rotterdam, European
   * assessments), US (USGS annual averages of Argus FOB quotes) or other (realised prices, global
   * averages, asks, bounds). Prices of different groups are never spliced into one answer.
   */
  marketGroup: z.enum(priceMarkets).optional(),
  /** What kind of quote it is: a weekly range, an annual average, a realised price, an ask, ... */
  quoteBasis: z.string().min(1).optional(),
  date: partialDate,
  /** The publication edition that printed the price, where editions revise it (USGS). */
  edition: z.string().min(1).optional(),
  /** Price as the source quotes it, before any currency conversion. */
  quoted: z
    .strictObject({
      value: z.number().nullable(),
      low: z.number().optional(),
      high: z.number().optional(),
      unit: z.string(),
    })
    .optional(),
  /** USD per kg; conversions from other currencies name their rate in `computed`. */
  ...quantity,
  ...cited,
});

export const demandIntensity = z.strictObject({
  id: z.string().min(1),
  application: z.string().min(1),
  aliases: z.array(z.string()),
  /** What one unit is: "motor", "MW", "aircraft", ... */
  per: z.string().min(1),
  material: z.enum(["NdFeB", "REE"]),
  /** Set when the figure is contested; says who disputes it and how. */
  disputed: z.string().optional(),
  ...quantity,
  ...cited,
});

export const projectStatus = z.enum(projectStatuses);

/** Output of a plant in a year as its sources give it: actual, or a run-rate or target of its ramp. */
export const capacityOutput = z.strictObject({
  year: z.number().int().min(1950).max(2100),
  value: z.number().finite().nonnegative().nullable(),
  low: z.number().finite().optional(),
  high: z.number().finite().optional(),
  qualifier: qualifier.optional(),
  kind: z.enum(["actual", "run-rate target", "target"]),
  ...cited,
});

/** One plant or project, in the US or elsewhere outside China. */
export const capacityProject = z.strictObject({
  id: z.string().min(1),
  project: z.string().min(1),
  company: z.string().min(1),
  stages: z.array(stageId).min(1),
  country: z.string(),
  /** What the capacity figure measures: nameplate, target, design, actual output. */
  basis: z.string().min(1),
  /** Product the figure counts ("NdFeB", "NdPr oxide", "REO", ...); only like products are summed. */
  product: z.string().min(1),
  startYear: z.number().int().min(1950).max(2100).nullable(),
  status: projectStatus,
  /** The date of the latest source for `status`: a status is a fact at a date. */
  statusAsOf: partialDate.optional(),
  /** Nameplate in t/yr of `product`; null when not disclosed. */
  nameplate: z.number().finite().positive().nullable().optional(),
  /** Sourced output by year (actual, or the ramp's run-rate targets): what a ramping plant counts at. */
  output: z.array(capacityOutput).optional(),
  ...quantity,
  ...cited,
});

/**
 * Single cited figures that belong to no table above (import reliance, quotas, demand totals, thresholds).
 * A figure of a series (net import reliance, import sources, production, consumption) names what it
 * measures and whom it is about in fields, which the functions read; its id is only a key.
 */
export const indicator = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  year: z.number().int().nullable(),
  /** What a series figure measures; absent for single figures (thresholds, factors, totals). */
  measure: z.enum(indicatorMeasures).optional(),
  /** The country the figure is about (for import figures, the importing country). */
  country: z.string().optional(),
  /** For an import-source share: the supplying country; absent for the sources' "other" remainder. */
  partner: z.string().optional(),
  /**
   * The stages whose material the figure covers: USGS "compounds and metals" are separation and metal,
   * "mineral concentrates" mining.
   */
  stages: z.array(stageId).min(1).optional(),
  /** Id of the record of a later edition that replaces this one for the same period. */
  supersededBy: z.string().optional(),
  ...quantity,
  ...cited,
});

export const stockpileMeasure = z.enum(stockpileMeasures);

/**
 * A stockpile figure: what a holder (a national stockpile, an agency, a company) holds, may acquire or
 * aims at, in one unit on one material basis. Tonnes are of the material named (gross weight of NdPr
 * oxide, of magnet block, ...), never converted to another basis; a figure the sources do not publish
 * is null with a note.
 */
export const stockpile = z.strictObject({
  id: z.string().min(1),
  /** Who holds or plans the stock, in words ("US National Defense Stockpile"). */
  holder: z.string().min(1),
  /** The holder's country code, or a region id for a group's stock (the EU). */
  country: z.string().min(1),
  measure: stockpileMeasure,
  /** The material as the source names it ("NdPr oxide", "NdFeB magnet block", "rare metals"). */
  material: z.string().min(1),
  /** Other words for the material ("NdPr", "didymium oxide"). */
  aliases: z.array(z.string()),
  /** The period the figure is for, as the source names it ("FY2025", "2024"). */
  period: z.string().min(1),
  /** What a tonnage counts ("gross weight of the material"), or what a day target is a share of. */
  basis: z.string().min(1),
  ...quantity,
  ...cited,
});

export const meta = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  /** Semantic version: a refresh never moves to a lower one. */
  version: z
    .string()
    .regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, {
      message: "expected a semantic version such as 1.2.0 (no leading zeros)",
      abort: true,
    })
    .refine((v) => parseSemver(v) !== null, "a version component is above 9007199254740991"),
  asOf: partialDate,
  published: partialDate,
  description: z.string().min(1),
  license: z.string().min(1),
  conventions: z.record(z.string(), z.string()),
});

export const datasetShape = z.strictObject({
  $schema: z.string().optional(),
  meta,
  sources: z.array(source).min(1),
  stages: z.array(stage).length(5),
  countries: z.array(country).min(1),
  regions: z.array(region),
  elements: z.array(element).length(17),
  production: z.array(production),
  reserves: z.array(reserve),
  shares: z.array(share),
  leadTimes: z.array(leadTime),
  gaps: z.array(gap).length(6),
  programmes: z.array(programme),
  exportControls: z.array(exportControl),
  prices: z.array(price),
  demandIntensities: z.array(demandIntensity),
  capacity: z.array(capacityProject),
  indicators: z.array(indicator),
  /** Absent in datasets before 2.1.0, which had no stockpile table. */
  stockpiles: z.array(stockpile).default([]),
});

export type DatasetShape = z.infer<typeof datasetShape>;
export type Source = z.infer<typeof source>;
export type StageId = z.infer<typeof stageId>;
export type Confidence = z.infer<typeof confidence>;
export type Stage = z.infer<typeof stage>;
export type Country = z.infer<typeof country>;
export type Region = z.infer<typeof region>;
export type Element = z.infer<typeof element>;
export type Production = z.infer<typeof production>;
export type Reserve = z.infer<typeof reserve>;
export type Share = z.infer<typeof share>;
export type LeadTime = z.infer<typeof leadTime>;
export type Gap = z.infer<typeof gap>;
export type Programme = z.infer<typeof programme>;
export type ExportControl = z.infer<typeof exportControl>;
export type Price = z.infer<typeof price>;
export type DemandIntensity = z.infer<typeof demandIntensity>;
export type CapacityProject = z.infer<typeof capacityProject>;
export type CapacityOutput = z.infer<typeof capacityOutput>;
export type ProjectStatus = z.infer<typeof projectStatus>;
export type Indicator = z.infer<typeof indicator>;
export type Stockpile = z.infer<typeof stockpile>;
export type StockpileMeasure = z.infer<typeof stockpileMeasure>;

export { tableNames, type TableName };

type SchemaTable = Exclude<keyof DatasetShape, "$schema" | "meta">;
type IsTrue<T extends true> = T;
/** Does not compile when the zod-free table list (tables.ts) and the schema's tables disagree. */
export type TablesMatchSchema = IsTrue<
  [Exclude<TableName, SchemaTable>, Exclude<SchemaTable, TableName>] extends [never, never]
    ? true
    : false
>;

/** Adds the cross-record rules (rules.ts) to zod's issues, each message naming its rule. */
function checkCrossRecordRules(data: DatasetShape, ctx: z.RefinementCtx): void {
  for (const issue of crossRecordIssues(data))
    ctx.addIssue({
      code: "custom",
      path: [...issue.path],
      message: `${issue.message} (rule ${issue.rule})`,
      params: { rule: issue.rule },
    });
}

/** The dataset schema with its cross-record rules; parsing through it brands the result as validated. */
export const datasetSchema = datasetShape
  .superRefine(checkCrossRecordRules)
  .brand<"ValidatedDataset">();

/** A dataset that passed `datasetSchema`: the only kind the store and the core accept. */
export type ValidatedDataset = z.infer<typeof datasetSchema>;
