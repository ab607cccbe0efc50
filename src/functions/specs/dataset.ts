import { datasetInfo } from "../../core/datasetInfo";
import { defineFunction } from "../spec";

export const DATASET = defineFunction({
  name: "DATASET",
  description:
    "A fact about the dataset the functions answer from: its version, as-of date, origin, id, title, content hash, load time or record count.",
  params: [
    {
      name: "field",
      kind: "text",
      optional: true,
      description: "version (default), asOf, origin, id, title, hash, loadedAt or records.",
    },
  ],
  returns: "value",
  result: "Text, or the record count as a number.",
  example: { formula: '=RE.DATASET("version")', shows: "2.1.1", value: "2.1.1" },
  sources:
    "The active dataset's meta section and the store's provenance (embedded, URL, cache or workbook).",
  compute: (snapshot, [field]) => datasetInfo(snapshot, { field }),
});
