import type { Country, Share, Stage } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { normaliseKeyword } from "../../lib/normalise";
import { basisOf } from "../_lib/basis";
import {
  productionLabel,
  productionRatio,
  projectionNote,
  shareLabel,
} from "../_lib/messages/shares";
import { answer, fail, type Outcome } from "../_lib/outcome";
import { basisOfShare, PRODUCTION_BASIS, shareIndex, shareKey, stageYearKey } from "./shareIndex";

const OBSERVED = "observed";
const PROJECTION = "projection";

/** The basis argument as a filter: observed on the stage's default basis, projections, or a named one. */
export interface WantedBasis {
  /** The argument as given, or the default basis in words, for messages. */
  readonly asked: string;
  readonly matches: (candidate: Candidate) => boolean;
}

/**
 * Reads the `basis` argument: left out, only observed figures on the stage's default basis count;
 * "projection" any projection; otherwise the figures whose basis, edition or scenario names it.
 */
export function wantedBasis(
  data: IndexedDataset,
  stage: Stage,
  basis: string | undefined
): Outcome<WantedBasis> {
  const index = shareIndex(data);
  const wanted = basis === undefined ? OBSERVED : normaliseKeyword(basis);
  const known = [OBSERVED, PROJECTION, ...index.bases];
  if (!known.some((b) => normaliseKeyword(b).includes(wanted) || wanted === normaliseKeyword(b)))
    return fail("invalid", "unknownKeyword", {
      what: "basis",
      given: basis ?? "",
      accepted: known,
    });
  const defaultBasis = index.defaultBasis.get(stage.id);
  return answer({
    asked: basis ?? `observed, ${defaultBasis ?? "no default basis"}`,
    matches: (c) =>
      wanted === OBSERVED
        ? c.projection === undefined && c.basis === defaultBasis
        : wanted === PROJECTION
          ? c.projection !== undefined
          : [c.basis, c.edition, c.projection ?? ""].some((t) =>
              normaliseKeyword(t).includes(wanted)
            ),
  });
}

/** What a figure counts, in words: its basis, and its scenario for a projection. */
export function seriesName(c: Candidate): string {
  return c.projection === undefined ? c.basis : `${c.basis}, ${c.projection}`;
}

/** One series: figures of the same basis, edition and scenario add up and compare. */
export function seriesKey(c: Candidate): string {
  return JSON.stringify([c.basis, c.edition, c.projection ?? null]);
}

/** One figure a share can be given from: a production edition's ratio or a reported share. */
export interface Candidate {
  readonly basis: string;
  readonly edition: string;
  readonly projection?: string;
  readonly confidence: Share["confidence"];
  readonly value: () => Outcome<number>;
}

/** Every figure for the question, observed before projected, latest edition first, most confident first. */
export function candidates(
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
