import { indicatorMeasures } from "../../data/tables";
import type { IndexedDataset } from "../../data/store";
import { normaliseKeyword } from "../../lib/normalise";
import { basisOf } from "../_lib/basis";
import { checkYear } from "../_lib/checks";
import { indicatorLabel } from "../_lib/messages/indicators";
import { answer, fail, type Outcome } from "../_lib/outcome";
import { inSeries } from "../_lib/series";
import { resolveCountry } from "../resolveCountry";
import { resolveStage } from "../resolveStage";
import { seriesIndex, seriesKey, type IndicatorSeries } from "./seriesIndex";

export interface IndicatorValueOptions {
  /** "net import reliance", "import source share", "production" or "apparent consumption" (or a part). */
  readonly measure: string;
  /** The country the figure is about (the importer, for import figures). */
  readonly country: string;
  /** Year; default: the latest the series has. */
  readonly year?: number;
  /** A stage whose material the series covers; default: the series with the most years. */
  readonly stage?: string;
  /** For import source shares: the supplying country. */
  readonly partner?: string;
}

/**
 * @summary A country's figure of a series (net import reliance, import sources, production, consumption).
 *
 * @description
 * Reads the series by their fields (`measure`, `country`, `partner`, `stages` of the `indicators` table;
 * the later edition where one supersedes another), and mine production from the `production` table as
 * the mining stage's production (the latest USGS edition for each year). A country may have one series
 * per material: US net import reliance for compounds and metals (separation, metal) and for mineral
 * concentrates (mining). Without a stage, the series with the most years counts (ties: the latest year),
 * so a column of years is one series; the answer names it, so RE.HISTORY keeps to it. Values are in the
 * record's unit (a fraction for reliance and shares, t REO for production and consumption); a bound
 * ("more than 95%") keeps its qualifier in the basis note.
 *
 * @param data - The indexed dataset.
 * @param args - Measure, country, year, stage, partner.
 * @returns The figure; `invalid` for unknown keywords, `outOfRange` for an impossible year,
 * `notAvailable` naming the years or stages the dataset has.
 *
 * @example
 * indicatorValue(data, { measure: "net import reliance", country: "US", year: 2024 })
 * //=> { ok: true, value: 0.53, basis: [US net import reliance, rare-earth compounds and metals, 2024] }
 */
export function indicatorValue(data: IndexedDataset, args: IndicatorValueOptions): Outcome<number> {
  const wanted = normaliseKeyword(args.measure);
  const measure = indicatorMeasures.find(
    (m) => wanted !== "" && normaliseKeyword(m).includes(wanted)
  );
  if (!measure)
    return fail("invalid", "unknownKeyword", {
      what: "measure",
      given: args.measure,
      accepted: indicatorMeasures,
    });
  const country = resolveCountry(data, args.country);
  if (!country.ok) return country;
  const partner = args.partner === undefined ? undefined : resolveCountry(data, args.partner);
  if (partner && !partner.ok) return partner;
  if (args.year !== undefined) {
    const badYear = checkYear("year", args.year);
    if (badYear) return badYear;
  }
  const stage = args.stage === undefined ? undefined : resolveStage(data, args.stage);
  if (stage && !stage.ok) return stage;

  const who = country.value.name;
  const all = seriesIndex(data).get(seriesKey(measure, country.value.code, partner?.value.code));
  if (!all)
    return fail("notAvailable", "indicatorSeriesMissing", {
      measure,
      country: who,
      partner: partner?.value.name,
    });
  const series = stage
    ? all.find((s) => s.stages.includes(stage.value.id))
    : [...all].sort(byYears)[0];
  if (!series)
    return fail("notAvailable", "indicatorStageMissing", {
      measure,
      country: who,
      stage: stage?.value.id ?? "",
      held: all.map((s) => s.stages.join("+")),
    });
  const point =
    args.year === undefined ? series.points[0] : series.points.find((p) => p.year === args.year);
  if (!point)
    return fail("notAvailable", "indicatorPointMissing", {
      measure,
      country: who,
      year: args.year as number,
      years: series.points.map((p) => p.year),
    });
  if (point.value === null)
    return fail("notAvailable", "indicatorValueMissing", {
      name: point.name,
      year: point.year,
      note: point.record.note,
    });
  const label = indicatorLabel(point.name, point.year, point.unit);
  return inSeries(
    answer(point.value, [basisOf(point.record, label)]),
    `${measure}, ${series.stages.join("+")} material`
  );
}

/** The series with the most years first, ties to the one with the latest year. */
function byYears(a: IndicatorSeries, b: IndicatorSeries): number {
  return b.points.length - a.points.length || (b.points[0]?.year ?? 0) - (a.points[0]?.year ?? 0);
}
