/**
 * The domain core: pure calculations on a validated, indexed dataset. Every function takes the
 * snapshot (or plain numbers) and an options object, and returns an `Outcome`: a value with the records
 * it rests on, or a typed failure. Nothing here throws, mutates data or touches Excel.
 */
export * from "./_lib/outcome";
export { capacityOnline, type CapacityOnlineOptions } from "./capacityOnline";
export { concentrationIndex, type ConcentrationIndexOptions } from "./concentrationIndex";
export { convertMass, type ConvertMassOptions } from "./convertMass";
export { datasetInfo, type DatasetInfoOptions } from "./datasetInfo";
export { elementField, type ElementFieldOptions } from "./elementField";
export { exportControlStatus, type ExportControlStatusOptions } from "./exportControlStatus";
export { formatBasis } from "./formatBasis";
export { gapScore, type GapScoreOptions } from "./gapScore";
export { gapsTable } from "./gapsTable";
export { independenceYear, type IndependenceYearOptions } from "./independenceYear";
export { leadTimeYears, type LeadTimeYearsOptions } from "./leadTimeYears";
export { materialDemand, type MaterialDemandOptions } from "./materialDemand";
export { onlineYear, type OnlineYearOptions } from "./onlineYear";
export { referencePrice, type ReferencePriceOptions } from "./referencePrice";
export { resolveApplication } from "./resolveApplication";
export { resolveCountry } from "./resolveCountry";
export { resolveElement } from "./resolveElement";
export { resolveRegion } from "./resolveRegion";
export { resolveStage } from "./resolveStage";
export { supplierDependency, type SupplierDependencyOptions } from "./supplierDependency";
export { supplyShare, type SupplyShareOptions } from "./supplyShare";
export { tableRows, type Cell, type TableRowsOptions } from "./tableRows";
