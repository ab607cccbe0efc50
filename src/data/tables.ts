/**
 * The dataset's fixed vocabularies as plain constants. schema.ts builds its zod enums from them; the
 * functions bundle imports them from here so that it carries no zod (the embedded dataset is validated
 * when it is built, see webpack.config.js), which keeps functions.js small.
 */
import jsonSchema from "./dataset.schema.json";

/** Stage ids; the order is the order of the chain from ore to recycled magnet. */
export const stageIds = ["mining", "separation", "metal", "magnet", "recycling"] as const;

/** Where a project stands, from producing to unlikely to proceed; "unknown" when the sources do not say. */
export const projectStatuses = [
  "operating",
  "ramping",
  "commissioning",
  "construction",
  "planned",
  "financing",
  "unlikely",
  "unknown",
] as const;

/**
 * What a series indicator measures, so that functions find their figures by field, never by id:
 * net import reliance (a fraction of apparent consumption), a supplier's share of a country's imports,
 * a country's production and its apparent consumption of a material.
 */
export const indicatorMeasures = [
  "net import reliance",
  "import source share",
  "production",
  "apparent consumption",
] as const;

/**
 * What a stockpile record's figure is: a stock held, a plan's potential acquisitions (a ceiling, not
 * purchases), a holder's target (days of consumption), or money spent or committed (no tonnage).
 */
export const stockpileMeasures = ["held", "potential acquisitions", "target", "funding"] as const;

/** Markets a price answers for; a price of one is never given for another. */
export const priceMarkets = ["China", "FOB China", "Europe", "US", "other"] as const;

/** Names of the tables (arrays of records) a dataset holds. */
export const tableNames = [
  "sources",
  "stages",
  "countries",
  "regions",
  "elements",
  "production",
  "reserves",
  "shares",
  "leadTimes",
  "gaps",
  "programmes",
  "exportControls",
  "prices",
  "demandIntensities",
  "capacity",
  "indicators",
  "stockpiles",
] as const;
export type TableName = (typeof tableNames)[number];

type TableSchemas = Record<TableName, { items: { properties: Record<string, unknown> } }>;

/**
 * Each table's columns in schema order, read from the published JSON Schema (generated from the zod
 * schema and checked to be in step with it by the data tests).
 */
export function tableColumns(table: TableName): readonly string[] {
  return Object.keys((jsonSchema.properties as unknown as TableSchemas)[table].items.properties);
}
