import type { Confidence, DatasetShape } from "../data/schema";
import { tableNames, type TableName } from "../data/tables";

export interface DatasetSummary {
  /** Records per table, in the dataset's table order. */
  readonly tables: readonly { readonly table: TableName; readonly records: number }[];
  readonly records: number;
  /** Graded figures by confidence: every record except the source list itself. */
  readonly confidence: Readonly<Record<Confidence, number>>;
}

/**
 * @summary Record counts and confidence counts of a dataset, for the Dataset panel.
 *
 * @description Confidence counts cover every record that carries a grade except `sources` (a source's
 * grade is about the document, not a figure); countries carry none.
 *
 * @example
 * summariseDataset(dataset).confidence
 * //=> { high: 72, medium: 87, low: 31 }
 */
export function summariseDataset(dataset: DatasetShape): DatasetSummary {
  const confidence: Record<Confidence, number> = { high: 0, medium: 0, low: 0 };
  const tables = tableNames.map((table) => {
    const records = dataset[table] as readonly { confidence?: Confidence }[];
    if (table !== "sources")
      for (const r of records) if (r.confidence) confidence[r.confidence] += 1;
    return { table, records: records.length };
  });
  return { tables, records: tables.reduce((n, t) => n + t.records, 0), confidence };
}
