import type { IndexedDataset } from "../../data/store";
import { confidenceRank } from "../_lib/confidence";
import { citationEntry, noBasis, shortCitation } from "../_lib/messages/citations";
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
 * The short form (`"short"`, for sheets that cite many cells) pools the records instead: how many, their as-of
 * dates and confidence grades as ranges (never only the best grade), and each source once, by publisher and
 * address (its URL when it has one).
 *
 * @param data - The indexed dataset (for the source citations).
 * @param basis - The basis of an answer.
 * @param form - "full" (default) or "short".
 * @returns The citation text; a short statement when the result rests on no record.
 *
 * @example
 * formatBasis(data, supplyShare(data, { country: "China", stage: "mining", year: 2024 }).basis)
 * //=> "China, mining output 2024 (USGS MCS 2025) — U.S. Geological Survey, Mineral Commodity Summaries 2025, … (as of 2025-01; confidence high; computed: China 270,000 ÷ world 390,000 t REO = 69.2%; …); World, …"
 */
export function formatBasis(
  data: IndexedDataset,
  basis: readonly Basis[],
  form: "full" | "short" = "full"
): string {
  if (basis.length === 0) return noBasis();
  if (form === "short") return shortForm(data, basis);
  const sources = sourcesById(data);
  const entries = new Set<string>();
  for (const b of basis) {
    const citations = b.sourceIds.map((id) => sources.get(id)?.citation ?? id);
    entries.add(citationEntry(b, citations));
  }
  return [...entries].join("; ");
}

function shortForm(data: IndexedDataset, basis: readonly Basis[]): string {
  const dates = basis.map((b) => b.asOf).sort();
  const grades = basis
    .map((b) => b.confidence)
    .sort((a, b) => confidenceRank(a) - confidenceRank(b));
  const byId = sourcesById(data);
  const sources = new Set<string>();
  for (const id of basis.flatMap((b) => b.sourceIds)) {
    const source = byId.get(id);
    sources.add(
      source ? (source.url ? `${source.publisher} (${source.url})` : source.publisher) : id
    );
  }
  return shortCitation(
    new Set(basis.map((b) => b.label)).size,
    { first: dates[0], last: dates[dates.length - 1] },
    { weakest: grades[0], strongest: grades[grades.length - 1] },
    [...sources]
  );
}
