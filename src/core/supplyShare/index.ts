import type { Country, Share, Stage } from "../../data/schema";
import { normaliseKeyword } from "../../lib/normalise";
import type { IndexedDataset } from "../../data/store";
import { basisOf } from "../_lib/basis";
import { shareYear } from "../_lib/shareYear";
import {
  productionLabel,
  productionRatio,
  projectionNote,
  shareLabel,
  type MissingShare,
} from "../_lib/messages";
import { answer, fail, type Outcome } from "../_lib/outcome";
import { resolveCountry } from "../resolveCountry";
import { resolveStage } from "../resolveStage";
import { countryIndex } from "../resolveCountry/countryIndex";
import {
  basisOfShare,
  PRODUCTION_BASIS,
  shareIndex,
  shareKey,
  stageCountryKey,
  stageYearKey,
} from "./shareIndex";

export interface SupplyShareOptions {
  /** Country name, alias or code. */
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

/** One figure a share can be given from: a production edition's ratio or a reported share. */
interface Candidate {
  readonly basis: string;
  readonly edition: string;
  readonly projection?: string;
  readonly confidence: Share["confidence"];
  readonly value: () => Outcome<number>;
}

const OBSERVED = "observed";
const PROJECTION = "projection";

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
 * that a column of shares adds up.
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
  const country = resolveCountry(data, args.country);
  if (!country.ok) return country;
  const stage = resolveStage(data, args.stage);
  if (!stage.ok) return stage;
  const asked = shareYear(data, stage.value, args.year);
  if (!asked.ok) return asked;
  const year = asked.value;
  const index = shareIndex(data);
  const wanted = args.basis === undefined ? OBSERVED : normaliseKeyword(args.basis);
  const known = [OBSERVED, PROJECTION, ...index.bases];
  if (!known.some((b) => normaliseKeyword(b).includes(wanted) || wanted === normaliseKeyword(b)))
    return fail("invalid", "unknownKeyword", {
      what: "basis",
      given: args.basis ?? "",
      accepted: known,
    });

  const all = candidates(data, country.value, stage.value, year);
  const defaultBasis = index.defaultBasis.get(stage.value.id);
  const chosen = all.filter((c) =>
    wanted === OBSERVED
      ? c.projection === undefined && c.basis === defaultBasis
      : wanted === PROJECTION
        ? c.projection !== undefined
        : [c.basis, c.edition, c.projection ?? ""].some((t) => normaliseKeyword(t).includes(wanted))
  );
  if (chosen.length > 0) return chosen[0].value();
  if (all.length > 0)
    return fail("notAvailable", "otherBases", {
      country: country.value.name,
      stage: stage.value.id,
      year,
      asked: args.basis ?? `observed, ${defaultBasis ?? "no default basis"}`,
      available: all.map((c) => ({
        basis: c.basis,
        edition: c.edition,
        projection: c.projection,
      })),
    });
  return fail(
    "notAvailable",
    "missingShare",
    missingShareParams(data, country.value, stage.value, year)
  );
}

/** Every figure for the question, observed before projected, latest edition first, most confident first. */
function candidates(
  data: IndexedDataset,
  country: Country,
  stage: Stage,
  year: number
): Candidate[] {
  const index = shareIndex(data);
  const list: Candidate[] = [];
  for (const edition of index.production.get(stageYearKey(stage.id, year)) ?? []) {
    const record = edition.byCountry.get(country.code);
    const world = edition.world;
    if (!world || !record) continue;
    list.push({
      basis: PRODUCTION_BASIS,
      edition: edition.edition,
      confidence: record.confidence,
      value: () => {
        const part = record.value as number;
        const whole = world.value as number;
        const computed = productionRatio(country.name, part, whole, record.unit);
        return answer(part / whole, [
          basisOf(record, productionLabel(country.name, stage.name, year, edition.edition), {
            computed,
          }),
          basisOf(world, productionLabel("World", stage.name, year, edition.edition)),
        ]);
      },
    });
  }
  for (const share of index.shares.get(shareKey(stage.id, country.code, year)) ?? []) {
    const basis = basisOfShare(share);
    const edition = share.edition ?? share.sourceIds.join(", ");
    list.push({
      basis,
      edition,
      projection: share.projection,
      confidence: share.confidence,
      value: () =>
        answer(share.value as number, [
          basisOf(share, shareLabel(country.name, stage.name, year, basis, edition), {
            note: share.projection === undefined ? undefined : projectionNote(share.projection),
          }),
        ]),
    });
  }
  return list;
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
