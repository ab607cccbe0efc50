/**
 * The longest main-thread block of a 4 MB pull: what `npm run bench` reports as `pull_4mb_longest_block_ms`
 * (goal ≤ 200 ms) and what tests/taskpane/pull-blocking.test.ts holds to a generous bound.
 *
 * The pull is the pane's: `pullDataset` (its download served by a stand-in fetch, then `acceptDataset`:
 * parse, schema, cross-record rules, dates, fingerprint; then the diff against the active dataset), then
 * the activation in the store (freezing and the index build). The dataset is the embedded one grown to
 * just under the 4 MB cap with lead-time records that all share one key: the case that froze the page for
 * 16–22 s when the diff was quadratic. The active dataset is the same 4 MB dataset one version earlier with
 * some of those records changed, so that the diff has work to do.
 */
import embedded from "../src/data/dataset.json";
import { datasetFingerprint } from "../src/data/fingerprint";
import { DEFAULT_MAX_BYTES } from "../src/data/ingest";
import type { DatasetShape } from "../src/data/schema";
import { activateDataset, resetToEmbedded, snapshotOf } from "../src/data/store";
import { parseDataset } from "../src/data/validate";
import { pullDataset } from "../src/taskpane/refresh";

type Json = DatasetShape & Record<string, unknown>;

/**
 * @summary The embedded dataset grown to just under `maxBytes` of JSON with records sharing one key.
 *
 * @returns The active version and the next one (one minor version later, every 50th added record changed).
 */
export function largeDatasets(maxBytes = DEFAULT_MAX_BYTES): { active: Json; next: Json } {
  const active = JSON.parse(JSON.stringify(embedded)) as Json;
  const template = active.leadTimes[0];
  const budget = maxBytes - 4096 - JSON.stringify(active).length;
  const extra = (i: number) => ({
    stage: template.stage,
    scope: template.scope,
    low: 6,
    base: 15.7,
    high: 32,
    definition: `Copy ${i} of a lead-time record, for the pull benchmark`,
    sourceIds: [template.sourceIds[0]],
    asOf: template.asOf,
    confidence: "low" as const,
  });
  const size = JSON.stringify(extra(99_999)).length + 1;
  for (let i = 0; i < Math.floor(budget / size); i++) active.leadTimes.push(extra(i));
  const next = JSON.parse(JSON.stringify(active)) as Json;
  const [major, minor] = active.meta.version.split(".").map(Number);
  next.meta.version = `${major}.${minor + 1}.0`;
  for (let i = embedded.leadTimes.length; i < next.leadTimes.length; i += 50)
    next.leadTimes[i].high = 33;
  return { active, next };
}

/**
 * @summary The longest stretch, in ms, during which `work` kept the thread from running a timer.
 *
 * @description A probe re-arms a zero-delay timer for as long as the work runs; the longest gap between
 * two of its runs is the longest time the page could not have rendered, taken input or answered a
 * custom function.
 */
export async function longestBlockDuring(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  let running = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const probe = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) timer = setTimeout(probe, 0);
  };
  timer = setTimeout(probe, 0);
  try {
    await work();
  } finally {
    running = false;
    clearTimeout(timer);
    probe();
  }
  return longest;
}

/**
 * @summary The longest main-thread block in ms during a 4 MB pull: accept, diff and apply.
 *
 * @example
 * await measurePullLongestBlock()
 * //=> 48.7
 */
export async function measurePullLongestBlock(): Promise<number> {
  const { active, next } = largeDatasets();
  const parsed = parseDataset(active);
  if (!parsed.ok) throw new Error(`the benchmark dataset is invalid: ${parsed.issues[0]}`);
  const previous = snapshotOf(parsed.dataset, { kind: "url" }, datasetFingerprint(parsed.dataset));
  const body = new TextEncoder().encode(JSON.stringify(next));
  const url = "https://mirror.example/dataset-4mb.json";
  const fetch = (async () =>
    new Response(body, {
      status: 200,
      headers: { "Content-Type": "application/json", "Content-Length": String(body.byteLength) },
    })) as typeof globalThis.fetch;
  try {
    return await longestBlockDuring(async () => {
      const pulled = await pullDataset(url, { previous, fetch });
      if (!pulled.ok) throw new Error(`the benchmark pull failed: ${pulled.failure.code}`);
      activateDataset(pulled.dataset, { kind: "url", url }, pulled.hash);
    });
  } finally {
    resetToEmbedded();
  }
}

if (require.main === module)
  void measurePullLongestBlock().then((ms) =>
    console.log(JSON.stringify({ pull_4mb_longest_block_ms: Math.round(ms * 10) / 10 }))
  );
