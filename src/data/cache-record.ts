import { z } from "zod";

/** What is stored: the dataset with where it came from, when, and its fingerprint. */
export const cacheRecord = z.strictObject({
  format: z.literal(1),
  savedAt: z.iso.datetime(),
  url: z.string().optional(),
  hash: z.string().min(1),
  /** The dataset, validated by `acceptDataset` on load. */
  dataset: z.unknown(),
});

export type CacheRecord = z.infer<typeof cacheRecord>;
