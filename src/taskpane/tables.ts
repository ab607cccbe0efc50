import type { DatasetShape, Source, TableName } from "../data/schema";
import type { SheetTable } from "../excel/workbook-gateway";

type Cell = string | number | boolean | null;

/** Readable titles of the dataset's tables, used for sheet names and the Insert panel. */
export const tableTitles: Readonly<Record<TableName, string>> = {
  sources: "Sources",
  stages: "Stages",
  countries: "Countries",
  regions: "Regions",
  elements: "Elements",
  production: "Mine production",
  reserves: "Reserves",
  shares: "Stage shares",
  leadTimes: "Lead times",
  gaps: "Six gaps",
  programmes: "US programmes",
  exportControls: "Export controls",
  prices: "Prices",
  demandIntensities: "Demand intensities",
  capacity: "Capacity pipeline",
  indicators: "Indicators",
  stockpiles: "Stockpiles",
};

/** Header of the column that carries each row's citations. */
export const SOURCE_COLUMN = "Source";

/**
 * @summary A dataset table laid out for a worksheet, each row carrying the full citation of its sources.
 *
 * @description
 * Columns are the records' fields in the order they first appear (a field missing from a record is an empty
 * cell); a nested object becomes one column per field ("quoted.value"); a list becomes text joined with
 * "; ". The last column, "Source", holds the citation of every source id of the row (with its URL when the
 * source gives one), so the numbers keep their source wherever the analyst copies them. Rows of tables that
 * cite nothing (countries) cite the dataset itself. The Excel table is named `RE_<table>` and sits on the
 * sheet `RE <title>`, so inserting again finds and updates it.
 *
 * @param dataset - The active dataset.
 * @param table - Which table.
 * @returns Headers and rows (strings, numbers, booleans, nulls for empty cells).
 *
 * @example
 * sheetTableOf(dataset, "gaps").headers
 * //=> ["id", "order", "name", "meaning", "defaultWeight", "sourceIds", "asOf", "confidence", "Source"]
 */
export function sheetTableOf(dataset: DatasetShape, table: TableName): SheetTable {
  const records = dataset[table] as readonly Readonly<Record<string, unknown>>[];
  const columns: string[] = [];
  const seen = new Set<string>();
  const flat = records.map((record) => flatten(record));
  for (const row of flat)
    for (const key of row.keys())
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
  const citations = new Map(dataset.sources.map((s) => [s.id, citationOf(s)]));
  const datasetCitation = `${dataset.meta.title}, version ${dataset.meta.version} (as of ${dataset.meta.asOf})`;
  const rows = records.map((record, i) => {
    const cells: Cell[] = columns.map((c) => flat[i].get(c) ?? null);
    const ids = Array.isArray(record.sourceIds) ? (record.sourceIds as string[]) : [];
    const source =
      table === "sources"
        ? citationOf(record as unknown as Source)
        : ids.length > 0
          ? ids.map((id) => citations.get(id) ?? id).join("; ")
          : datasetCitation;
    return [...cells, source];
  });
  return {
    name: excelTableName(table),
    sheet: sheetNameOf(table),
    headers: [...columns, SOURCE_COLUMN],
    rows,
  };
}

/** The Excel table a dataset table becomes: "RE_" and the dataset's table name. */
export function excelTableName(table: TableName): string {
  return `RE_${table}`;
}

/** The sheet a table goes to: "RE " and its title, within Excel's 31 characters. */
export function sheetNameOf(table: TableName): string {
  return `RE ${tableTitles[table]}`.slice(0, 31);
}

function citationOf(source: Source): string {
  return source.url ? `${source.citation} ${source.url}` : source.citation;
}

function flatten(
  record: Readonly<Record<string, unknown>>,
  prefix = "",
  into = new Map<string, Cell>()
): Map<string, Cell> {
  for (const [key, value] of Object.entries(record)) {
    const name = prefix + key;
    if (value === undefined) continue;
    if (Array.isArray(value)) into.set(name, value.map(String).join("; "));
    else if (value !== null && typeof value === "object")
      flatten(value as Record<string, unknown>, `${name}.`, into);
    else into.set(name, value as Cell);
  }
  return into;
}
