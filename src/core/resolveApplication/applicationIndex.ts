import type { DemandIntensity } from "../../data/schema";
import { KeywordMap } from "../../lib/keywordMap";
import { lazyIndex } from "../_lib/lazyIndex";

/** Demand intensities by id, application name or alias. */
export const applicationIndex = lazyIndex((dataset) => {
  const applications = new KeywordMap<DemandIntensity>();
  for (const d of dataset.demandIntensities)
    applications.add(d, [d.id, d.application, ...d.aliases]);
  return applications;
});
