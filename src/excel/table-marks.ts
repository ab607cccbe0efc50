import type { DatasetMark, TableMark } from "./workbook-gateway";

/**
 * The marks that record which dataset each inserted table was written from, and the batch that reads them
 * back (the pane reads them when it connects, to flag stale tables; writing them is tables.ts's).
 */

/**
 * The document property that records which dataset a table was written from (custom document properties,
 * ExcelApi 1.7: written in the same batch as the table, no read needed; a value holds 255 characters, and a
 * mark is about 80).
 */
export function markKey(table: string): string {
  return `${MARK_PREFIX}${table}`;
}

const MARK_PREFIX = "rare-earth-independence table ";

/** The marks of the tables that still exist, in one round trip. */
export async function readTableMarks(context: Excel.RequestContext): Promise<TableMark[]> {
  const tables = context.workbook.tables;
  tables.load("items/name");
  const properties = context.workbook.properties.custom;
  properties.load("items/key,items/value");
  await context.sync();
  const existing = new Set(tables.items.map((t) => t.name.toLowerCase()));
  return properties.items.flatMap((property) => {
    if (!property.key.startsWith(MARK_PREFIX)) return [];
    const table = property.key.slice(MARK_PREFIX.length);
    const mark = datasetMarkOf(property.value);
    return mark && existing.has(table.toLowerCase()) ? [{ table, ...mark }] : [];
  });
}

/** A mark's value read back; anything else (edited by hand, cut at 255 characters) is no mark. */
function datasetMarkOf(value: unknown): DatasetMark | null {
  try {
    const parsed = JSON.parse(String(value)) as Record<string, unknown>;
    const { datasetId, version, hash } = parsed ?? {};
    return typeof datasetId === "string" && typeof version === "string" && typeof hash === "string"
      ? { datasetId, version, hash }
      : null;
  } catch {
    return null;
  }
}
