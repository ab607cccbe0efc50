/**
 * The dataset's fixed vocabularies and its one table registry, as plain constants. schema.ts builds its
 * zod enums from them; the functions bundle imports them from here so that it carries no zod (the embedded
 * dataset is validated when it is built, see webpack.config.js), which keeps functions.js small.
 */
import type { DatasetShape } from "./schema";

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

type RecordOf<N> = N extends keyof DatasetShape
  ? DatasetShape[N] extends readonly (infer R)[]
    ? R
    : never
  : never;
type FieldOf<N> = Extract<keyof RecordOf<N>, string>;
/** A compile error naming the fields a table's column list leaves out. */
type AllFields<N, C extends readonly string[]> = [Exclude<FieldOf<N>, C[number]>] extends [never]
  ? unknown
  : { missingColumns: Exclude<FieldOf<N>, C[number]> };

/** What the add-in knows about one dataset table: RE.TABLE, the pane's Insert and the docs all read it. */
export interface TableEntry<N extends string = string> {
  /** The dataset's name for it ("capacity"): its key in dataset.json and RE.TABLE's first argument. */
  readonly name: N;
  /** Readable title: the Insert panel's label and, after "RE ", the sheet an inserted table lands on. */
  readonly title: string;
  /** Other names RE.TABLE accepts for it ("pipeline", "projects"). */
  readonly aliases: readonly string[];
  /** The fields that tell its records apart across versions (a dataset diff matches records by them). */
  readonly key: readonly string[];
  /** Its fields in schema order: the columns of RE.TABLE and of an inserted table, before "Source". */
  readonly columns: readonly string[];
  /** Whether each record cites its sources (`sourceIds`); the others cite the dataset, or are sources. */
  readonly cited: boolean;
}

/**
 * One registry entry. The columns must name every field of the table's records (a compile error names the
 * ones left out, and a data test checks the order against the schema); `cited` follows from them.
 */
function table<N extends keyof DatasetShape, const C extends readonly FieldOf<N>[]>(
  name: N,
  entry: {
    readonly title: string;
    readonly aliases?: readonly string[];
    readonly key: readonly FieldOf<N>[];
    readonly columns: C & AllFields<N, C>;
  }
): TableEntry<N> {
  const columns: readonly string[] = entry.columns;
  return {
    name,
    title: entry.title,
    aliases: entry.aliases ?? [],
    key: entry.key,
    columns,
    cited: columns.includes("sourceIds"),
  };
}

/** Provenance columns every cited table ends with. */
const CITED = ["sourceIds", "asOf", "confidence", "note", "computed"] as const;
/** A cited quantity's columns: the point value, the sources' range, its qualifier and unit. */
const QUANTITY = ["value", "low", "high", "qualifier", "unit"] as const;

/** Every table of the dataset, in the dataset's order; adding a table is one entry here (and its schema). */
export const TABLES = [
  table("sources", {
    title: "Sources",
    aliases: ["citations", "references"],
    key: ["id"],
    columns: ["id", "citation", "publisher", "asOf", "confidence", "seenVia", "url", "note"],
  }),
  table("stages", {
    title: "Stages",
    key: ["id"],
    columns: ["id", "order", "name", "description", "aliases", ...CITED],
  }),
  table("countries", {
    title: "Countries",
    key: ["code"],
    columns: ["code", "name", "aliases"],
  }),
  table("regions", {
    title: "Regions",
    key: ["id"],
    columns: [
      "id",
      "name",
      "definition",
      "members",
      "excludes",
      "membership",
      "totals",
      "validFrom",
      "validUntil",
      "supersededBy",
      "aliases",
      ...CITED,
    ],
  }),
  table("elements", {
    title: "Elements",
    aliases: ["ree", "rare earths"],
    key: ["symbol"],
    columns: [
      "symbol",
      "name",
      "atomicNumber",
      "group",
      "chinaGroup",
      "atomicWeight",
      "oxideFormula",
      "metalPerOxide",
      "oxidePerMetal",
      ...CITED,
    ],
  }),
  table("production", {
    title: "Mine production",
    aliases: ["mine production", "mining"],
    key: ["stage", "country", "year", "edition"],
    columns: ["stage", "country", "year", "edition", "estimated", ...QUANTITY, ...CITED],
  }),
  table("reserves", {
    title: "Reserves",
    key: ["country", "edition"],
    columns: ["country", "edition", ...QUANTITY, ...CITED],
  }),
  table("shares", {
    title: "Stage shares",
    aliases: ["market shares"],
    key: ["stage", "country", "year", "projection", "sourceIds"],
    columns: [
      "stage",
      "country",
      "year",
      "projection",
      "basis",
      "edition",
      "value",
      "low",
      "high",
      "qualifier",
      ...CITED,
    ],
  }),
  table("leadTimes", {
    title: "Lead times",
    aliases: ["lead times", "lead"],
    key: ["stage", "scope", "sourceIds"],
    columns: ["stage", "scope", "low", "base", "high", "definition", ...CITED],
  }),
  table("gaps", {
    title: "Six gaps",
    key: ["id"],
    columns: ["id", "order", "name", "meaning", "defaultWeight", ...CITED],
  }),
  table("programmes", {
    title: "US programmes",
    aliases: ["programs", "funding"],
    key: ["id"],
    columns: [
      "id",
      "name",
      "agency",
      "recipient",
      "instrument",
      "stages",
      "date",
      "status",
      ...QUANTITY,
      ...CITED,
    ],
  }),
  table("exportControls", {
    title: "Export controls",
    aliases: ["controls", "export controls"],
    key: ["id"],
    columns: [
      "id",
      "measure",
      "authority",
      "announced",
      "effective",
      "tookEffect",
      "clauses",
      "elements",
      "scope",
      "suspendedBy",
      "suspendedFrom",
      "suspendedUntil",
      "suspends",
      "afterSuspension",
      ...CITED,
    ],
  }),
  table("prices", {
    title: "Prices",
    aliases: ["price"],
    key: ["product", "form", "market", "date"],
    columns: [
      "product",
      "form",
      "market",
      "marketGroup",
      "quoteBasis",
      "date",
      "edition",
      "quoted",
      ...QUANTITY,
      ...CITED,
    ],
  }),
  table("demandIntensities", {
    title: "Demand intensities",
    aliases: ["demand", "intensities"],
    key: ["id"],
    columns: ["id", "application", "aliases", "per", "material", "disputed", ...QUANTITY, ...CITED],
  }),
  table("capacity", {
    title: "Capacity pipeline",
    aliases: ["pipeline", "projects"],
    key: ["id"],
    columns: [
      "id",
      "project",
      "company",
      "stages",
      "country",
      "basis",
      "product",
      "startYear",
      "status",
      "statusAsOf",
      "nameplate",
      "output",
      ...QUANTITY,
      ...CITED,
    ],
  }),
  table("indicators", {
    title: "Indicators",
    key: ["id"],
    columns: [
      "id",
      "name",
      "year",
      "measure",
      "country",
      "partner",
      "stages",
      "supersededBy",
      ...QUANTITY,
      ...CITED,
    ],
  }),
  table("stockpiles", {
    title: "Stockpiles",
    aliases: ["stockpile", "stocks"],
    key: ["id"],
    columns: [
      "id",
      "holder",
      "country",
      "measure",
      "material",
      "aliases",
      "period",
      "basis",
      ...QUANTITY,
      ...CITED,
    ],
  }),
] as const;

export type TableName = (typeof TABLES)[number]["name"];

/** Names of the tables (arrays of records) a dataset holds, in the dataset's order. */
export const tableNames: readonly TableName[] = TABLES.map((t) => t.name);

const byName = new Map<TableName, TableEntry<TableName>>(TABLES.map((t) => [t.name, t]));

/** The registry entry of a table. */
export function tableEntry(name: TableName): TableEntry<TableName> {
  return byName.get(name)!;
}

/** Header of the column that follows a table's own columns wherever it is shown: each row's citations. */
export const SOURCE_COLUMN = "Source";
