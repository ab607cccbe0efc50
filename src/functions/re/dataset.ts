import { DATASET } from "../specs/dataset";
import { excelScalar } from "../errors";
import { run } from "../spec";

/**
 * A fact about the dataset the functions answer from: its version, as-of date, origin, id, title, content hash, load time or record count.
 * @customfunction DATASET DATASET
 * @supportSync
 * @helpurl https://localhost:3000/docs/functions.html#dataset
 * @param [field] version (default), asOf, origin, id, title, hash, loadedAt or records.
 * @returns Text, or the record count as a number.
 */
export function dataset(field?: string): number | string | CustomFunctions.Error {
  return excelScalar(run(DATASET, [field]));
}
