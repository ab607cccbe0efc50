import { gapsTable } from "../../core/gapsTable";
import { defineFunction } from "../spec";

export const GAPS = defineFunction({
  name: "GAPS",
  description:
    "The six policy gaps as a table that spills: a header row (Gap, Meaning, Default weight, Source), then one row per gap in RE.GAPSCORE's order.",
  params: [],
  returns: "matrix",
  result: "A 7 × 4 array.",
  example: {
    formula: "=RE.GAPS()",
    shows: "7 rows × 4 columns, starting Gap | Meaning | Default weight | Source",
  },
  sources: "gaps table (Rare Earth Exchanges, US Actions & Missteps, 2025).",
  compute: (data) => gapsTable(data),
});
