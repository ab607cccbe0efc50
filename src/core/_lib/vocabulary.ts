import type { Element, Price, ProjectStatus, StageId } from "../../data/schema";
import { projectStatuses } from "../../data/tables";
import { KeywordMap } from "../../lib/keywordMap";

/** Which of a lead-time record's three figures to use. */
export type LeadTimeCase = "low" | "base" | "high";

/** Case keywords with the words analysts use for the same ends of a range. */
export const leadTimeCases = new KeywordMap<LeadTimeCase>()
  .add("low", ["low", "min", "optimistic", "fast"])
  .add("base", ["base", "mid", "central", "median"])
  .add("high", ["high", "max", "pessimistic", "slow"]);

/** Lead-time scopes that are element classes rather than countries. */
export type ClassScope = "any" | "light" | "heavy";

export const classScopes = new KeywordMap<ClassScope>()
  .add("any", ["any", "all"])
  .add("light", ["light", "LREE"])
  .add("heavy", ["heavy", "HREE"]);

const RUNNING: readonly ProjectStatus[] = ["operating", "ramping"];
const COMMITTED: readonly ProjectStatus[] = [...RUNNING, "commissioning", "construction"];
const PLANNED: readonly ProjectStatus[] = [...COMMITTED, "planned", "financing"];

/** The status filter capacity questions use when none is given: what is running at the year. */
export const DEFAULT_STATUS = "running";

/**
 * Capacity status filters: "running" (the default: operating and ramping plants), the wider groups
 * "committed" (adds commissioning and construction) and "planned" (adds planned and financing; "all" is
 * the same), or any single status. A group takes precedence over the status of the same name. Neither
 * "unlikely" nor "unknown" plants count unless asked for by that status.
 */
export const statusFilters = new KeywordMap<ReadonlySet<ProjectStatus>>()
  .add(new Set(RUNNING), [DEFAULT_STATUS, "operating", "online"])
  .add(new Set(COMMITTED), ["committed"])
  .add(new Set(PLANNED), ["planned", "all"]);
for (const status of projectStatuses) statusFilters.add(new Set([status]), [status]);

/**
 * The product each stage's capacity is counted in; projects reporting another product (Dy+Tb oxide,
 * mixed REO feed, ...) are not added to these, since unlike products do not sum.
 */
export const CANONICAL_PRODUCT: Readonly<Record<StageId, string>> = {
  mining: "REO",
  separation: "NdPr oxide",
  metal: "NdFeB",
  magnet: "NdFeB",
  recycling: "NdFeB",
};

/** Mass bases `convertMass` converts between. */
export type MassForm = "oxide" | "metal" | "NdFeB";

export const massForms = new KeywordMap<MassForm>()
  .add("oxide", ["oxide", "REO"])
  .add("metal", ["metal", "element", "REE"])
  .add("NdFeB", ["NdFeB", "magnet"]);

/** Materials RE.DEMAND gives: magnet mass, rare-earth content, or one element (or NdPr) in the magnet. */
export type DemandMaterial = "NdFeB" | "REE" | "NdPr" | "Nd" | "Pr" | "Dy" | "Tb";

/** The material RE.DEMAND answers in when none is given: rare-earth content, which every application has. */
export const DEFAULT_DEMAND_MATERIAL: DemandMaterial = "REE";

export const materials = new KeywordMap<DemandMaterial>()
  .add("REE", ["REE", "rare earths", "rare-earth content", "element", "metal"])
  .add("NdFeB", ["NdFeB", "magnet"])
  .add("NdPr", ["NdPr", "PrNd", "didymium"])
  .add("Nd", ["Nd", "neodymium"])
  .add("Pr", ["Pr", "praseodymium"])
  .add("Dy", ["Dy", "dysprosium"])
  .add("Tb", ["Tb", "terbium"]);

export const priceForms = new KeywordMap<Price["form"]>()
  .add("oxide", ["oxide", "REO"])
  .add("metal", ["metal"])
  .add("alloy", ["alloy"])
  .add("magnet", ["magnet", "NdFeB"]);

/** Element fields `elementField` returns, under their names and short aliases. */
export type ElementFieldName = keyof Pick<
  Element,
  | "name"
  | "symbol"
  | "atomicNumber"
  | "group"
  | "chinaGroup"
  | "atomicWeight"
  | "oxideFormula"
  | "metalPerOxide"
  | "oxidePerMetal"
>;

export const elementFields = new KeywordMap<ElementFieldName>()
  .add("name", ["name"])
  .add("symbol", ["symbol"])
  .add("atomicNumber", ["atomicNumber", "z", "number"])
  .add("group", ["group", "class"])
  .add("chinaGroup", ["chinaGroup", "china class"])
  .add("atomicWeight", ["atomicWeight", "weight", "mass"])
  .add("oxideFormula", ["oxideFormula", "oxide", "formula"])
  .add("metalPerOxide", ["metalPerOxide", "factor", "metal per oxide"])
  .add("oxidePerMetal", ["oxidePerMetal", "oxide per metal"]);

/** Facts `datasetInfo` reports about the active dataset. */
export type DatasetField =
  "version" | "asOf" | "origin" | "id" | "title" | "hash" | "loadedAt" | "records";

export const datasetFields = new KeywordMap<DatasetField>()
  .add("version", ["version"])
  .add("asOf", ["asOf", "as of", "date"])
  .add("origin", ["origin", "source"])
  .add("id", ["id"])
  .add("title", ["title", "name"])
  .add("hash", ["hash", "fingerprint"])
  .add("loadedAt", ["loadedAt", "loaded"])
  .add("records", ["records", "count"]);

/** Oxide blends `convertMass` knows a cited factor for: didymium, the 75:25 Nd:Pr oxide magnets use. */
export const oxideBlends = new KeywordMap<"NdPr">().add("NdPr", ["NdPr", "PrNd", "didymium"]);
