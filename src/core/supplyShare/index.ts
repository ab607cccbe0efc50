import type { Country, Stage } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { basisOf } from "../_lib/basis";
import { shareYear } from "../_lib/shareYear";
import {
  missingShare,
  productionLabel,
  productionRatio,
  projectionNote,
  shareLabel,
} from "../_lib/messages";
import { answer, fail, type Outcome } from "../_lib/outcome";
import { resolveCountry } from "../resolveCountry";
import { resolveStage } from "../resolveStage";
import { countryIndex } from "../resolveCountry/countryIndex";
import { shareIndex, shareKey, stageCountryKey, stageYearKey } from "./shareIndex";

export interface SupplyShareOptions {
  /** Country name, alias or code. */
  readonly country: string;
  /** Stage keyword ("mining", "refining", ...). */
  readonly stage: string;
  /** Year of the share; default: the latest observed year with data for the stage. */
  readonly year?: number;
}

/**
 * @summary A country's share of world output at a supply-chain stage, as a fraction 0-1.
 *
 * @description
 * Precedence, first match wins:
 * 1. Production: where the `production` table has the country and the world total for the stage and year
 *    in one edition (USGS Mineral Commodity Summaries mine production, t REO), the share is
 *    country ÷ world from the latest such edition, since later editions revise earlier years. The basis
 *    cites both records.
 * 2. A reported share (`shares` table: IEA Global Critical Minerals Outlook, ...): an observed record
 *    first; a projection only when the year asked is a projection year (no observed data for the stage
 *    that year), and then the basis names the scenario.
 *
 * The default year is the latest observed year with data for the stage (projections never), the same
 * for every country so that a column of shares adds up.
 *
 * @param data - The indexed dataset.
 * @param args - The country, the stage and the year.
 * @returns The share as a fraction; `invalid` for an unknown country or stage, `outOfRange` for an
 * impossible year, `notAvailable` (naming the years and countries the dataset has) when there is none.
 *
 * @example
 * supplyShare(data, { country: "China", stage: "mining", year: 2024 })
 * //=> { ok: true, value: 0.6923, basis: [China 270,000 t, World 390,000 t (USGS MCS 2025)] }
 */
export function supplyShare(data: IndexedDataset, args: SupplyShareOptions): Outcome<number> {
  const country = resolveCountry(data, args.country);
  if (!country.ok) return country;
  const stage = resolveStage(data, args.stage);
  if (!stage.ok) return stage;
  const asked = shareYear(data, stage.value, args.year);
  if (!asked.ok) return asked;
  const year = asked.value;
  return (
    productionShare(data, country.value, stage.value, year) ??
    reportedShare(data, country.value, stage.value, year)
  );
}

function productionShare(
  data: IndexedDataset,
  country: Country,
  stage: Stage,
  year: number
): Outcome<number> | undefined {
  for (const edition of shareIndex(data).production.get(stageYearKey(stage.id, year)) ?? []) {
    const record = edition.byCountry.get(country.code);
    if (!edition.world || !record) continue;
    const part = record.value as number;
    const whole = edition.world.value as number;
    const computed = productionRatio(country.name, part, whole, record.unit);
    return answer(part / whole, [
      basisOf(record, productionLabel(country.name, stage.name, year, edition.edition), {
        computed,
      }),
      basisOf(edition.world, productionLabel("World", stage.name, year, edition.edition)),
    ]);
  }
  return undefined;
}

function reportedShare(
  data: IndexedDataset,
  country: Country,
  stage: Stage,
  year: number
): Outcome<number> {
  const first = shareIndex(data).shares.get(shareKey(stage.id, country.code, year))?.[0];
  const projectionYear =
    shareIndex(data).stageYears.get(stage.id)?.projected.includes(year) ?? false;
  if (first && (first.projection === undefined || projectionYear)) {
    const label = shareLabel(country.name, stage.name, year);
    const context =
      first.projection === undefined ? undefined : { note: projectionNote(first.projection) };
    return answer(first.value as number, [basisOf(first, label, context)]);
  }
  return fail("notAvailable", missingShareMessage(data, country, stage, year));
}

/** Says which years the dataset has for this country, or else which years and countries for the stage. */
function missingShareMessage(
  data: IndexedDataset,
  country: Country,
  stage: Stage,
  year: number
): string {
  const index = shareIndex(data);
  const own = index.countryYears.get(stageCountryKey(stage.id, country.code)) ?? [];
  const years = index.stageYears.get(stage.id);
  const byCode = countryIndex(data).byCode;
  const others = (index.stageCountries.get(stage.id) ?? []).map(
    (code) => byCode.get(code)?.name ?? code
  );
  return missingShare({
    country: country.name,
    stage: stage.id,
    year,
    countryYears: own,
    stageYears: years?.observed ?? [],
    projectionYears: years?.projected ?? [],
    stageCountries: others,
  });
}
