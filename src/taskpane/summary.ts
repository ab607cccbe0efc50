import type { Confidence, DatasetShape } from "../data/schema";
import { tableNames, type TableName } from "../data/tables";

export interface TableCount {
  readonly table: TableName;
  readonly records: number;
}

export interface DatasetSummary {
  /** Records per table, in the dataset's table order. */
  readonly tables: readonly TableCount[];
  readonly records: number;
  /** Graded figures by confidence: every record except the source list itself. */
  readonly confidence: Readonly<Record<Confidence, number>>;
  /** The graded figures: high + medium + low. */
  readonly graded: number;
  /**
   * The records no confidence count covers, per table that has any, in table order: the source list and the
   * reference tables whose records carry no grade (countries). `graded` plus these is `records`.
   */
  readonly ungraded: readonly TableCount[];
}

/**
 * @summary Record counts and confidence counts of a dataset, for the Dataset panel.
 *
 * @description Confidence counts cover every record that carries a grade except `sources` (a source's
 * grade is about the document, not a figure); countries carry none. Both are counted in `ungraded`, so that
 * the counts the panel shows add up to its record count.
 *
 * @example
 * summariseDataset(dataset).confidence
 * //=> { high: 72, medium: 87, low: 31 }
 */
export function summariseDataset(dataset: DatasetShape): DatasetSummary {
  const confidence: Record<Confidence, number> = { high: 0, medium: 0, low: 0 };
  const ungraded: TableCount[] = [];
  const tables = tableNames.map((table) => {
    const records = dataset[table] as readonly { confidence?: Confidence }[];
    let uncounted = 0;
    for (const r of records) {
      if (table !== "sources" && r.confidence) confidence[r.confidence] += 1;
      else uncounted += 1;
    }
    if (uncounted > 0) ungraded.push({ table, records: uncounted });
    return { table, records: records.length };
  });
  return {
    tables,
    records: tables.reduce((n, t) => n + t.records, 0),
    confidence,
    graded: confidence.high + confidence.medium + confidence.low,
    ungraded,
  };
}
