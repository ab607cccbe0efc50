import { z } from "zod";

/**
 * What a workbook records about the dataset its numbers come from, as zod reads it: the workbook is a
 * file anyone may have edited, so a pin is data to check like any other. `datasetJson` is the dataset
 * itself, when the analyst chose to carry it; `acceptDataset` checks it.
 */
export const pinEnvelope = z.strictObject({
  datasetId: z.string().min(1),
  version: z.string().min(1),
  /** The dataset's fingerprint (fingerprint.ts); a 16-hex-digit one is from before SHA-256. */
  hash: z.string().regex(/^([0-9a-f]{64}|[0-9a-f]{16})$/, "expected a dataset fingerprint"),
  pinnedAt: z.iso.datetime(),
  datasetJson: z.string().optional(),
});

export type PinEnvelope = z.infer<typeof pinEnvelope>;
