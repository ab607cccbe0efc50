import type { Stage } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { pooledBasis } from "../_lib/basis";
import { groupShareLabel, groupShareSum } from "../_lib/messages/shares";
import { answer, fail, type Basis, type Outcome } from "../_lib/outcome";
import { inSeries } from "../_lib/series";
import type { CountryGroup } from "../countryGroup";
import { candidates, seriesKey, seriesName, type Candidate, type WantedBasis } from "./candidates";

/**
 * @summary The share of a group of countries at a stage: the sum of its members' shares on one series.
 *
 * @description
 * Every member is counted once, each with its figure of the same basis, edition and scenario (the first
 * series, in the order a single country's share would choose, that every member has). A member without
 * a figure on it makes the answer `notAvailable`, naming the members: never counted as 0. A group that
 * is the world minus some countries ("non-China") is 100% less the shares of the countries outside it,
 * since the producers its sources leave unnamed belong to it.
 *
 * @param data - The indexed dataset.
 * @param group - The group's members (or the countries outside it).
 * @param membership - The citations of the group's membership.
 * @param stage - The stage.
 * @param year - The year (already checked).
 * @param wanted - The basis asked for.
 * @returns The group's share, a fraction 0-1, with each member's records in the basis.
 *
 * @example
 * groupShare(data, usAndAustralia, membership, mining, 2024, observed)
 * //=> { ok: true, value: 0.1961, … } // (45,500 + 29,000) / 380,000
 */
export function groupShare(
  data: IndexedDataset,
  group: CountryGroup,
  membership: readonly Basis[],
  stage: Stage,
  year: number,
  wanted: WantedBasis
): Outcome<number> {
  const complement = group.outside !== undefined;
  const counted = group.outside ?? group.members;
  if (!complement && counted.length === 0)
    return fail("notAvailable", "groupWithoutMembers", { group: group.name });
  const figures = counted.map((country) => ({
    country,
    figures: candidates(data, country, stage, year).filter(wanted.matches),
  }));
  const keys = [...new Set(figures.flatMap((m) => m.figures.map(seriesKey)))];
  const holders = (key: string) =>
    figures.filter((m) => m.figures.some((f) => seriesKey(f) === key));
  const complete = keys.find((key) => holders(key).length === figures.length);
  if (complete === undefined) {
    const best = keys.reduce<string | undefined>(
      (held, key) =>
        held === undefined || holders(key).length > holders(held).length ? key : held,
      undefined
    );
    const covered = new Set(best === undefined ? [] : holders(best).map((m) => m.country.code));
    return fail("notAvailable", "groupShareMissing", {
      group: group.name,
      stage: stage.id,
      year,
      asked: wanted.asked,
      missing: counted.filter((c) => !covered.has(c.code)).map((c) => c.name),
      complement,
    });
  }
  let total = 0;
  let series = "";
  const parts: { name: string; value: number }[] = [];
  const records: Basis[] = [];
  for (const member of figures) {
    const figure = member.figures.find((f) => seriesKey(f) === complete) as Candidate;
    const outcome = figure.value();
    if (!outcome.ok) return outcome;
    total += outcome.value;
    series = seriesName(figure);
    parts.push({ name: member.country.name, value: outcome.value });
    records.push(...outcome.basis);
  }
  const value = complement ? 1 - total : total;
  const summary = pooledBasis(
    records.length > 0 ? records : membership,
    groupShareLabel(group.name, stage.name, year, series || wanted.asked),
    { computed: groupShareSum(parts, total, complement) }
  );
  return inSeries(answer(value, [summary, ...membership, ...records]), series);
}
