import { z } from "zod";
import { datasetSchema, type ValidatedDataset } from "./schema";

export type DatasetParse =
  { ok: true; dataset: ValidatedDataset } | { ok: false; issues: string[] };

/** Formats one zod issue as "path.to.field: message", the form the task pane shows. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length > 0 ? issue.path.map(String).join(".") : "(root)";
  return `${path}: ${issue.message}`;
}

/**
 * Validates untrusted JSON (the embedded file, a download, a workbook's pinned copy) against the
 * dataset schema. The only way to obtain a `ValidatedDataset`.
 */
export function parseDataset(json: unknown): DatasetParse {
  const result = datasetSchema.safeParse(json);
  return result.success
    ? { ok: true, dataset: result.data }
    : { ok: false, issues: result.error.issues.map(describeIssue) };
}
