import type { Country, Stage } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { shareYear } from "../_lib/shareYear";
import type { MissingShare } from "../_lib/messages/shares";
import { fail, type Outcome } from "../_lib/outcome";
import { inSeries } from "../_lib/series";
import { resolveCountryOrGroup } from "../countryGroup";
import { resolveStage } from "../resolveStage";
import { countryIndex } from "../resolveCountry/countryIndex";
import { candidates, seriesName, wantedBasis } from "./candidates";
import { groupShare } from "./groupShare";
import { shareIndex, stageCountryKey } from "./shareIndex";

export interface SupplyShareOptions {
  /**
   * Country name, alias or code; or a group ("allied") or a list of countries and groups joined by "+"
   * or "," ("US+Japan+Korea"), whose share is the sum of its members' (`groupShare`).
   */
  readonly country: string;
  /** Stage keyword ("mining", "refining", ...). */
  readonly stage: string;
  /** Year of the share; default: the latest observed year with data for the stage. */
  readonly year?: number;
  /**
   * Which figures: "observed" (default: the stage's default basis), "projection" (any projection), or a
   * basis ("magnet REE mined"), an edition ("USGS MCS 2025", "IEA GCMO 2024") or a scenario
   * ("IEA base case") to ask for that one.
   */
  readonly basis?: string;
}

/**
 * @summary A country's share of world output at a supply-chain stage, as a fraction 0-1, on one basis.
 *
 * @description
 * The figures a share can come from, each with its basis (what is counted) and edition:
 * - production: where the `production` table has the country and the world total for the stage and year in
 *   one edition (USGS Mineral Commodity Summaries mine production, total REO mined), country ÷ world, from
 *   the latest such edition unless an older one is asked for;
 * - a reported share (`shares` table: IEA Global Critical Minerals Outlook, BIS, ...), observed or projected.
 *
 * One basis per answer: without a `basis` argument only observed figures on the stage's default basis
 * count (the basis with the most observed years: "total REO mined" for mining, "magnet REE refined" for
 * separation), so a column of years is one series. A year that has only other bases or only projections
 * is `notAvailable`, and the message names what exists and how to ask for it. Projections are returned
 * only when the argument names them ("projection", their scenario or edition).
 *
 * The default year is the latest observed year with data for the stage, the same for every country so
 * that a column of shares adds up. A group or a list of countries is the sum of its members' shares on
 * one series, each country once (`groupShare`); a member without a figure makes it `notAvailable`.
 *
 * @param data - The indexed dataset.
 * @param args - The country, the stage, the year and the basis.
 * @returns The share as a fraction; `invalid` for an unknown country, stage or basis, `outOfRange` for
 * an impossible year, `notAvailable` (naming what the dataset has) when there is none on the basis asked.
 *
 * @example
 * supplyShare(data, { country: "China", stage: "mining", year: 2024 })
 * //=> { ok: true, value: 0.7105, basis: [China 270,000 t, World 380,000 t (USGS MCS 2026)] }
 */
export function supplyShare(data: IndexedDataset, args: SupplyShareOptions): Outcome<number> {
  const who = resolveCountryOrGroup(data, args.country);
  if (!who.ok) return who;
  const stage = resolveStage(data, args.stage);
  if (!stage.ok) return stage;
  const asked = shareYear(data, stage.value, args.year);
  if (!asked.ok) return asked;
  const year = asked.value;
  const wanted = wantedBasis(data, stage.value, args.basis);
  if (!wanted.ok) return wanted;
  if (who.value.kind === "group")
    return groupShare(data, who.value.group, who.basis, stage.value, year, wanted.value);
  const country = who.value.country;
  const all = candidates(data, country, stage.value, year);
  const chosen = all.filter(wanted.value.matches);
  if (chosen.length > 0) return inSeries(chosen[0].value(), seriesName(chosen[0]));
  if (all.length > 0)
    return fail("notAvailable", "otherBases", {
      country: country.name,
      stage: stage.value.id,
      year,
      asked: wanted.value.asked,
      available: all.map((c) => ({
        basis: c.basis,
        edition: c.edition,
        projection: c.projection,
      })),
    });
  return fail("notAvailable", "missingShare", missingShareParams(data, country, stage.value, year));
}

/** Which years the dataset has for this country, and which years and countries for the stage. */
function missingShareParams(
  data: IndexedDataset,
  country: Country,
  stage: Stage,
  year: number
): MissingShare {
  const index = shareIndex(data);
  const own = index.countryYears.get(stageCountryKey(stage.id, country.code)) ?? [];
  const years = index.stageYears.get(stage.id);
  const byCode = countryIndex(data).byCode;
  const others = (index.stageCountries.get(stage.id) ?? []).map(
    (code) => byCode.get(code)?.name ?? code
  );
  return {
    country: country.name,
    stage: stage.id,
    year,
    countryYears: own,
    stageYears: years?.observed ?? [],
    projectionYears: years?.projected ?? [],
    stageCountries: others,
  };
}
