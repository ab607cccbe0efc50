import type { IndexedDataset } from "../../data/store";
import { pooledBasis } from "../_lib/basis";
import { GAPS_HEADER, gapsTableLabel } from "../_lib/messages/gaps";
import { answer, type Outcome } from "../_lib/outcome";
import { gapsInOrder } from "../_lib/gaps";
import { sourcesById } from "../_lib/sources";

/**
 * @summary The six policy gaps as a table: name, meaning, default weight and sources.
 *
 * @description
 * Rows of the dataset's `gaps` table in their order (the seed analysis, Rare Earth Exchanges, "US Actions
 * & Missteps", 2025), under a header row. The order is the order `gapScore` expects its scores in, so the
 * table can sit beside a column of scores.
 *
 * @param data - The indexed dataset.
 * @returns A 7 × 4 array: the header ["Gap", "Meaning", "Default weight", "Source"] and one row per gap.
 *
 * @example
 * gapsTable(data)
 * //=> { ok: true, value: [["Gap", "Meaning", "Default weight", "Source"],
 * //     ["Allied supply coordination", "Rare-earth supply is not coordinated …", 1,
 * //      "Rare Earth Exchanges, \"US Actions & Missteps: An Analysis\", 2025 (…)"], …], basis: […] }
 */
export function gapsTable(data: IndexedDataset): Outcome<(string | number)[][]> {
  const gaps = gapsInOrder(data);
  // The source column cites in words, as RE.SOURCE does: an internal source id means nothing in a sheet.
  const sources = sourcesById(data);
  const rows: (string | number)[][] = [[...GAPS_HEADER]];
  for (const gap of gaps)
    rows.push([
      gap.name,
      gap.meaning,
      gap.defaultWeight,
      gap.sourceIds.map((id) => sources.get(id)?.citation ?? id).join("; "),
    ]);
  return answer(rows, [pooledBasis(gaps, gapsTableLabel(gaps.length))]);
}
