/**
 * What the embedded reference dataset is known to hold, written out by hand so that tests compare the code's
 * answers with the data, never with the code itself. Shared by the wrappers' tests and the HyperFormula
 * workbook test, which read the same tables through different paths.
 */

/** RE.TABLE("stages", "id, name"): the header, then the five stages in chain order. */
export const STAGE_ID_NAME_ROWS: readonly (readonly string[])[] = [
  ["id", "name"],
  ["mining", "Mining"],
  ["separation", "Separation / refining"],
  ["metal", "Metal & alloy"],
  ["magnet", "Magnet manufacturing"],
  ["recycling", "Recycling"],
];
