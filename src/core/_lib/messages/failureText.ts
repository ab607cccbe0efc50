/**
 * A failure in words. A core failure carries its code and the data its text needs
 * (`fail("invalid", "unknownKeyword", { what, given, accepted })`); it becomes prose only here, when
 * something shows it (the functions layer's error flag, RE.SOURCE, RE.HISTORY). Each domain keeps its
 * own texts (arguments.ts, shares.ts, …): wording stays consistent within a domain and can be reviewed
 * (or translated) there.
 */
import type { Failure } from "../outcome";
import { argumentsTexts, type ArgumentsFailures } from "./arguments";
import { leadTimesTexts, type LeadTimesFailures } from "./leadTimes";
import { sharesTexts, type SharesFailures } from "./shares";
import { concentrationTexts, type ConcentrationFailures } from "./concentration";
import { capacityTexts, type CapacityFailures } from "./capacity";
import { chainTexts, type ChainFailures } from "./chain";
import { demandTexts, type DemandFailures } from "./demand";
import { pricesTexts, type PricesFailures } from "./prices";
import { referenceTexts, type ReferenceFailures } from "./reference";
import { ownInputsTexts, ownProjectBadKeyword, type OwnInputsFailures } from "./ownInputs";
import { historiesTexts, type HistoriesFailures } from "./histories";
import { probabilityTexts, type ProbabilityFailures } from "./probability";
import { stockpilesTexts, type StockpilesFailures } from "./stockpiles";
import { indicatorsTexts, type IndicatorsFailures } from "./indicators";
import type { TextsOf } from "./texts";

/**
 * What each failure code's text needs (read-only once in a failure): `fail` is checked against it, and so
 * is each text. One entry per code, from the domains' own lists.
 */
export interface FailureParams
  extends
    ArgumentsFailures,
    LeadTimesFailures,
    SharesFailures,
    ConcentrationFailures,
    CapacityFailures,
    ChainFailures,
    DemandFailures,
    PricesFailures,
    ReferenceFailures,
    OwnInputsFailures,
    HistoriesFailures,
    ProbabilityFailures,
    StockpilesFailures,
    IndicatorsFailures {}

const FAILURE_TEXT: TextsOf<FailureParams> = {
  ...argumentsTexts,
  ...leadTimesTexts,
  ...sharesTexts,
  ...concentrationTexts,
  ...capacityTexts,
  ...chainTexts,
  ...demandTexts,
  ...pricesTexts,
  ...referenceTexts,
  ...ownInputsTexts,
  ...historiesTexts,
  ...probabilityTexts,
  ...stockpilesTexts,
  ...indicatorsTexts,
  ownProjectBadKeyword: ({ row, column, cause }) =>
    ownProjectBadKeyword(row, column, failureText(cause)),
};

/** The prose a failure shows the user. */
export function failureText(failure: Failure): string {
  const text = FAILURE_TEXT[failure.code] as (params: Failure["params"]) => string;
  return text(failure.params);
}
