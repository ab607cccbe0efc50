import type { ExportControl } from "../../data/schema";
import { normaliseKeyword } from "../../lib/normalise";
import { compareDates } from "../_lib/dates";
import { lazyIndex, pushTo } from "../_lib/lazyIndex";

/** Export-control measures, each list by effective date. */
export interface ControlIndex {
  /** Measures naming each element symbol. */
  readonly byElement: ReadonlyMap<string, readonly ExportControl[]>;
  /**
   * Rare-earth measures naming no element (technology bans, extraterritorial rules); measures of the
   * same packages about other materials (superhard materials, battery items) are left out.
   */
  readonly technology: readonly ExportControl[];
}

/** Whether a measure's own words put it on rare earths (and do not say it is about something else). */
function concernsRareEarths(measure: ExportControl): boolean {
  const text = normaliseKeyword(`${measure.measure} ${measure.scope}`);
  return text.includes("rareearth") && !text.includes("notrareearth");
}

export const controlIndex = lazyIndex((dataset): ControlIndex => {
  const byEffective = [...dataset.exportControls].sort((a, b) =>
    compareDates(a.effective, b.effective)
  );
  const byElement = new Map<string, ExportControl[]>();
  for (const m of byEffective) for (const symbol of m.elements) pushTo(byElement, symbol, m);
  // A suspension is not itself a control: it is read through the measures it suspends.
  const technology = byEffective.filter(
    (m) => m.elements.length === 0 && m.suspends === undefined && concernsRareEarths(m)
  );
  return { byElement, technology };
});
