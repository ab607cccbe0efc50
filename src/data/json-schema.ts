import { z } from "zod";
import { datasetShape } from "./schema";

/**
 * The JSON Schema published beside dataset.json, generated from the zod schema so that the two never
 * disagree. Cross-record rules (source ids resolve, shares add up) are beyond JSON Schema: they are
 * stated in the description and enforced by `parseDataset`.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(datasetShape, {
    target: "draft-2020-12",
    unrepresentable: "any",
  });
  return {
    ...generated,
    $id: "https://localhost:3000/data/dataset.schema.json",
    title: "Rare Earth Independence reference dataset",
    description:
      "Generated from src/data/schema.ts (npm run schema). Also enforced by the add-in, beyond this schema: every " +
      "sourceIds entry names a sources[].id; country codes and element symbols resolve; ids are unique; low <= high; " +
      "shares of one stage, year and source add up to at most 100%.",
  };
}
