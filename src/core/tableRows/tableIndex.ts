import { tableColumns, tableNames } from "../../data/tables";
import type { TableName } from "../../data/schema";
import { KeywordMap } from "../../lib/keywordMap";

/** Other names users give the tables: the task pane's and the docs' words for them. */
const TABLE_ALIASES: Readonly<Partial<Record<TableName, readonly string[]>>> = {
  sources: ["citations", "references"],
  elements: ["ree", "rare earths"],
  production: ["mine production", "mining"],
  shares: ["market shares"],
  leadTimes: ["lead times", "lead"],
  programmes: ["programs", "funding"],
  exportControls: ["controls", "export controls"],
  prices: ["price"],
  demandIntensities: ["demand", "intensities"],
  capacity: ["pipeline", "projects"],
  stockpiles: ["stockpile", "stocks"],
};

/** Table by name or alias ("pipeline" = capacity, "controls" = exportControls, ...). */
export const tables = new KeywordMap<TableName>();

/** Columns of each table in schema order. */
export const columns = new Map<TableName, readonly string[]>();

for (const name of tableNames) {
  tables.add(name, [name, ...(TABLE_ALIASES[name] ?? [])]);
  columns.set(name, tableColumns(name));
}

/** Each table's columns as keywords, so "Start Year" finds startYear. */
export const columnKeywords = new Map<TableName, KeywordMap<string>>();

for (const [name, names] of columns) {
  const map = new KeywordMap<string>();
  for (const column of names) map.add(column, [column]);
  columnKeywords.set(name, map);
}
