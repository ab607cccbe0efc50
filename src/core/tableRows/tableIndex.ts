import { SOURCE_COLUMN, TABLES, type TableName } from "../../data/tables";
import { KeywordMap } from "../../lib/keywordMap";

/** Table by name or alias ("pipeline" = capacity, "controls" = exportControls, ...). */
export const tables = new KeywordMap<TableName>();

/** Each table's columns as RE.TABLE and Insert lay them out: its fields in schema order, then Source. */
export const columns = new Map<TableName, readonly string[]>();

/** Each table's columns as keywords, so "Start Year" finds startYear. */
export const columnKeywords = new Map<TableName, KeywordMap<string>>();

for (const entry of TABLES) {
  tables.add(entry.name, [entry.name, ...entry.aliases]);
  const all = [...entry.columns, SOURCE_COLUMN];
  columns.set(entry.name, all);
  const keywords = new KeywordMap<string>();
  for (const column of all) keywords.add(column, [column]);
  columnKeywords.set(entry.name, keywords);
}
