import { z } from "zod";
import { excerpt } from "./excerpt";
import { datasetSchema, type ValidatedDataset } from "./schema";

export type DatasetParse =
  { ok: true; dataset: ValidatedDataset } | { ok: false; issues: string[] };

/** A zod message may quote the input (an unknown key, say): it is cut like any other quotation. */
const ISSUE_MESSAGE_LENGTH = 200;

/**
 * Formats one zod issue as "path.to.field: message", the form the task pane shows, with every part cut to
 * a bounded excerpt: the path and the message may both carry text from the untrusted input.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const path =
    issue.path.length > 0 ? issue.path.map((part) => excerpt(String(part))).join(".") : "(root)";
  return `${path}: ${excerpt(issue.message, ISSUE_MESSAGE_LENGTH)}`;
}

/**
 * Validates untrusted JSON against the dataset schema with its cross-record rules, in one synchronous
 * step: the build's check of the embedded file and the tests use it. Everything the add-in receives at run
 * time goes through `acceptDataset` (ingest.ts), which also checks size, dates, version and fingerprint.
 */
export function parseDataset(json: unknown): DatasetParse {
  const result = datasetSchema.safeParse(json);
  return result.success
    ? { ok: true, dataset: result.data }
    : { ok: false, issues: result.error.issues.map(describeIssue) };
}
