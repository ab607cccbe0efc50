import type { IndexedDataset } from "../../data/store";
import { citationEntry, noBasis } from "../_lib/messages";
import { sourcesById } from "../_lib/sources";
import type { Basis } from "../_lib/outcome";

/**
 * @summary The citation text of a result: every record it rests on, with its sources in full.
 *
 * @description
 * One entry per basis record: its label, the full citation of each source id (from the dataset's
 * `sources` table; an id the table lacks is shown as is), its as-of date and confidence grade, then how
 * it was computed and its note when it has them. Entries are joined with "; " and repeated entries are
 * dropped. This is what `RE.SOURCE` shows for any function's result.
 *
 * @param data - The indexed dataset (for the source citations).
 * @param basis - The basis of an answer.
 * @returns The citation text; a short statement when the result rests on no record.
 *
 * @example
 * formatBasis(data, supplyShare(data, { country: "China", stage: "mining", year: 2024 }).basis)
 * //=> "China, mining output 2024 (USGS MCS 2025) — U.S. Geological Survey, Mineral Commodity Summaries 2025, … (as of 2025-01; confidence high; computed: China 270,000 ÷ world 390,000 t REO = 69.2%; …); World, …"
 */
export function formatBasis(data: IndexedDataset, basis: readonly Basis[]): string {
  if (basis.length === 0) return noBasis();
  const sources = sourcesById(data);
  const entries = new Set<string>();
  for (const b of basis) {
    const citations = b.sourceIds.map((id) => sources.get(id)?.citation ?? id);
    entries.add(citationEntry(b, citations));
  }
  return [...entries].join("; ");
}
