import "./zod-jitless";
import { z } from "zod";
import { crossRecordIssues } from "./rules";
import { datasetShape, tableNames, type DatasetShape, type ValidatedDataset } from "./schema";
import type { Slicer } from "./slices";
import { describeIssue } from "./validate";

/*
 * Everything that reads untrusted JSON with zod, in one module that the task pane loads the first time it
 * validates something (a pulled or cached dataset, a workbook's pin), so that zod and the dataset schema
 * are not part of the page's initial JavaScript.
 */
export { cacheRecord } from "./cache-record";
export { pinEnvelope } from "./pin-envelope";

type SlicedParse = { ok: true; dataset: ValidatedDataset } | { ok: false; issues: string[] };

let outlineSchema: z.ZodType | undefined;
const memberOrder = Object.keys(datasetShape.shape);

/**
 * The dataset schema without its tables' records: the top-level members, `meta`, and each table's own
 * rules (an array, of the length the schema requires). Records are then parsed one by one.
 */
function outline(): z.ZodType {
  outlineSchema ??= z.strictObject(
    Object.fromEntries(
      Object.entries(datasetShape.shape).map(([key, member]) => {
        // A table that older datasets lack (stockpiles) is an array with a default of none.
        const schema = member instanceof z.ZodDefault ? member.unwrap() : member;
        if (!(schema instanceof z.ZodArray)) return [key, schema];
        const records = z
          .array(z.unknown())
          .check(...((schema.def.checks ?? []) as z.core.$ZodCheck<unknown[]>[]));
        return [key, member instanceof z.ZodDefault ? records.default([]) : records];
      })
    )
  );
  return outlineSchema;
}

/**
 * @summary `parseDataset` in time slices: the outline at once, each record by its table's schema, then the
 * cross-record rules; the same issues as the whole schema (a test holds the two to the same answers).
 */
export async function validateInSlices(json: unknown, slicer: Slicer): Promise<SlicedParse> {
  const top = outline().safeParse(json);
  const issues: { order: number; text: string }[] = [];
  const raise = (issue: z.core.$ZodIssue) =>
    issues.push({ order: memberOrder.indexOf(String(issue.path[0])), text: describeIssue(issue) });
  if (!top.success) top.error.issues.forEach(raise);
  // The records of every table that is an array are checked even when the outline failed, as the whole
  // schema would; a refused dataset then lists all its faults in one go.
  const raw = (top.success ? top.data : json) as Record<string, unknown>;
  if (raw === null || typeof raw !== "object")
    return { ok: false, issues: issues.map((i) => i.text) };
  const result: Record<string, unknown> = { ...raw };
  for (const table of tableNames) {
    const records = raw[table];
    if (!Array.isArray(records)) continue;
    const member = datasetShape.shape[table];
    const element = (member instanceof z.ZodDefault ? member.unwrap() : member)
      .element as z.ZodType;
    const parsedRecords: unknown[] = new Array(records.length);
    for (let i = 0; i < records.length; i++) {
      const record = element.safeParse(records[i]);
      if (record.success) parsedRecords[i] = record.data;
      else
        for (const issue of record.error.issues)
          raise({ ...issue, path: [table, i, ...issue.path] });
      if (slicer.due()) await slicer.pause();
    }
    result[table] = parsedRecords;
  }
  if (slicer.due()) await slicer.pause();
  if (issues.length > 0)
    return {
      ok: false,
      // In the schema's member order, as the whole schema reports them (sort is stable).
      issues: issues.sort((a, b) => a.order - b.order).map((i) => i.text),
    };
  const rules = crossRecordIssues(result as DatasetShape);
  if (rules.length > 0)
    return {
      ok: false,
      issues: rules.map((r) =>
        describeIssue({
          code: "custom",
          path: [...r.path],
          message: `${r.message} (rule ${r.rule})`,
          input: undefined,
        })
      ),
    };
  // Every part of the branded schema has been applied above, so the brand is earned.
  return { ok: true, dataset: result as ValidatedDataset };
}
