import type { Stage } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { basisOf, pooledBasis } from "../_lib/basis";
import { shareYear } from "../_lib/shareYear";
import {
  concentrationClass,
  hhiComputation,
  hhiCoverageNote,
  productionHhiLabel,
  shareHhiLabel,
} from "../_lib/messages/concentration";
import { projectionNote } from "../_lib/messages/shares";
import { answer, fail, type Basis, type Outcome } from "../_lib/outcome";
import { resolveStage } from "../resolveStage";
import { indicatorsById } from "../_lib/indicators";
import { inSeries } from "../_lib/series";
import {
  basisOfShare,
  PRODUCTION_BASIS,
  shareIndex,
  stageYearKey,
} from "../supplyShare/shareIndex";

export interface ConcentrationIndexOptions {
  /** Stage keyword. */
  readonly stage: string;
  /** Year; default: the latest observed year with data for the stage. */
  readonly year?: number;
}

/** Indicator ids of the DOJ/FTC 2023 Merger Guidelines thresholds the result is classed by. */
const HIGHLY_CONCENTRATED = "hhi-2023-highly-concentrated";
const MODERATELY_CONCENTRATED = "hhi-2023-moderately-concentrated";

/** Below this coverage of the whole, missing producers could change the index: it is only a lower bound. */
const FULL_COVERAGE = 0.995;

/**
 * @summary Herfindahl-Hirschman index of a stage: how concentrated world output is, 0-10,000 points.
 *
 * @description
 * HHI = Σ sᵢ² with sᵢ each country's share in percent (DOJ/FTC 2023 Merger Guidelines §2.1: 10,000 for
 * a monopoly, near 0 for an atomistic market). Shares come from the `production` table (USGS mine
 * production, country ÷ world, latest edition with a world total for the year) where it has the stage,
 * otherwise from one report of the `shares` table (observed before projections, then the report naming
 * the most countries). When the listed shares cover less than the whole, unlisted producers are omitted
 * and the basis says the index is a lower bound. The note classes the result by the 2023 thresholds
 * from the `indicators` table: above 1,800 highly concentrated, 1,000-1,800 moderately.
 *
 * @param data - The indexed dataset.
 * @param args - Stage and year.
 * @returns HHI points; `invalid` for an unknown stage, `outOfRange` for an impossible year,
 * `notAvailable` naming the years with data.
 *
 * @example
 * concentrationIndex(data, { stage: "refining", year: 2023 })
 * //=> { ok: true, value: 8490, basis: [IEA GCMO 2024 shares: China 92%, Malaysia 5%, Australia 1%] }
 */
export function concentrationIndex(
  data: IndexedDataset,
  args: ConcentrationIndexOptions
): Outcome<number> {
  const stage = resolveStage(data, args.stage);
  if (!stage.ok) return stage;
  const asked = shareYear(data, stage.value, args.year);
  if (!asked.ok) return asked;
  const year = asked.value;
  const index = productionIndex(data, stage.value, year) ?? reportedIndex(data, stage.value, year);
  if (!index) {
    const years = shareIndex(data).stageYears.get(stage.value.id);
    return fail("notAvailable", "missingConcentration", {
      stage: stage.value.id,
      year,
      years: years?.observed ?? [],
      projected: years?.projected ?? [],
    });
  }
  return inSeries(
    answer(index.hhi, [...index.basis, ...thresholdBasis(data, index.hhi)]),
    index.series
  );
}

interface Computed {
  readonly hhi: number;
  readonly basis: readonly Basis[];
  /** What the shares count, so that a history of the index keeps to one basis. */
  readonly series: string;
}

function productionIndex(data: IndexedDataset, stage: Stage, year: number): Computed | undefined {
  const edition = shareIndex(data)
    .production.get(stageYearKey(stage.id, year))
    ?.find((e) => e.world !== undefined && e.byCountry.size > 0);
  if (!edition?.world) return undefined;
  const world = edition.world.value as number;
  const records = [...edition.byCountry.values()];
  const shares = records.map((r) => ({ country: r.country, share: (r.value as number) / world }));
  const { hhi, coverage } = sumSquares(shares);
  const basis = pooledBasis(
    [edition.world, ...records],
    productionHhiLabel(stage.name, year, edition.edition, records.length),
    {
      computed: hhiComputation(shares, hhi),
      note: hhiCoverageNote(coverage, coverage < FULL_COVERAGE),
    }
  );
  return { hhi, basis: [basis], series: PRODUCTION_BASIS };
}

function reportedIndex(data: IndexedDataset, stage: Stage, year: number): Computed | undefined {
  const report = shareIndex(data).shareReports.get(stageYearKey(stage.id, year))?.[0];
  if (!report) return undefined;
  const shares = report.shares.map((s) => ({ country: s.country, share: s.value as number }));
  const { hhi, coverage } = sumSquares(shares);
  const coverageNote = hhiCoverageNote(coverage, coverage < FULL_COVERAGE);
  const note =
    report.projection === undefined
      ? coverageNote
      : `${projectionNote(report.projection)}; ${coverageNote}`;
  const basis = pooledBasis(report.shares, shareHhiLabel(stage.name, year, report.shares.length), {
    computed: hhiComputation(shares, hhi),
    note,
  });
  const counted = basisOfShare(report.shares[0]);
  const series = report.projection === undefined ? counted : `${counted}, ${report.projection}`;
  return { hhi, basis: [basis], series };
}

function sumSquares(shares: readonly { share: number }[]): { hhi: number; coverage: number } {
  let hhi = 0;
  let coverage = 0;
  for (const { share } of shares) {
    hhi += (share * 100) ** 2;
    coverage += share;
  }
  return { hhi, coverage };
}

/**
 * The 2023 Merger Guidelines threshold that classes the index, cited from the indicators table: the
 * "highly concentrated" one above it, else the "moderately concentrated" one (which the index meets or
 * falls below).
 */
function thresholdBasis(data: IndexedDataset, hhi: number): Basis[] {
  const indicators = indicatorsById(data);
  const high = indicators.get(HIGHLY_CONCENTRATED);
  const moderate = indicators.get(MODERATELY_CONCENTRATED);
  const threshold = high?.value != null && hhi > high.value ? high : moderate;
  if (threshold?.value == null) return [];
  return [
    basisOf(
      threshold,
      concentrationClass(threshold.name, threshold.value, threshold === high, hhi)
    ),
  ];
}
