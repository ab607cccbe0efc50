import type { IndexedDataset } from "../../data/store";
import { capacityIndex } from "../capacityOnline/capacityIndex";
import { yearOf } from "./dates";
import { fail, type Failure } from "./outcome";

/**
 * The data's horizon: the last year any forward-looking record of the dataset reaches (a plant's start
 * year or a year of its sourced output or ramp), and never before the year of the dataset's as-of date. Every function that looks ahead (RE.CAPACITY,
 * RE.INDEPENDENCEYEAR and the templates built on them) answers up to it and no further, because after it
 * the pipeline is flat only because the data stops. Projections of shares are records of their own
 * years and are returned only when asked for by their case.
 */
export function dataHorizon(data: IndexedDataset): number {
  return Math.max(yearOf(data.dataset.meta.asOf), capacityIndex(data).horizon ?? -Infinity);
}

/** A failure for a year past the horizon, or undefined when the year is within it. */
export function checkHorizon(data: IndexedDataset, year: number): Failure | undefined {
  const horizon = dataHorizon(data);
  return year > horizon ? fail("notAvailable", "beyondHorizon", { year, horizon }) : undefined;
}
