import type { Gap } from "../../data/schema";
import { lazyIndex } from "./lazyIndex";

/** The six gaps in their order, as the score weights them and the gaps table lists them. */
export const gapsInOrder = lazyIndex((dataset): readonly Gap[] =>
  [...dataset.gaps].sort((a, b) => a.order - b.order)
);
