/**
 * Issue 13: no step that sees a whole 4 MB dataset blocks the page for more than 200 ms at a time. The
 * bounds here are generous (2 noisy shared cores, jest around it); `npm run bench` reports the figure.
 */
import { fingerprintInSlices } from "../../src/data/fingerprint";
import { validateInSlices } from "../../src/data/ingest";
import { createSlicer } from "../../src/data/slices";
import { parseDataset } from "../../src/data/validate";
import { diffDatasets } from "../../src/taskpane/diff";
import {
  largeDatasets,
  longestBlockDuring,
  measurePullLongestBlock,
} from "../../scripts/bench-pull";

/**
 * Goal 200 ms (measured 50–100 ms on a quiet machine); the bounds allow for two cores shared with other
 * work, where the process is often descheduled in the middle of a slice.
 */
const GENEROUS_BOUND_MS = 600;
/** The whole pull also holds the one JSON.parse of 4 MB, which no slicing can cut, and the activation. */
const GENEROUS_PULL_BOUND_MS = 1000;

const { active, next } = largeDatasets();
const bytes = Buffer.byteLength(JSON.stringify(next));

test("the benchmark datasets are valid, just under 4 MB, with about 20,000 records sharing a key", () => {
  expect(bytes).toBeGreaterThan(3.9 * 1024 * 1024);
  expect(bytes).toBeLessThanOrEqual(4 * 1024 * 1024);
  // The filler fits in what the embedded dataset leaves of 4 MB: 19,754 records beside dataset 2.0.0.
  expect(next.leadTimes.length).toBeGreaterThan(19_500);
  expect(parseDataset(next).ok).toBe(true);
});

test("validation in slices", async () => {
  let ok = false;
  const block = await longestBlockDuring(async () => {
    ok = (await validateInSlices(next, createSlicer())).ok;
  });
  expect(ok).toBe(true);
  expect(block).toBeLessThan(GENEROUS_BOUND_MS);
}, 120_000);

test("the fingerprint in slices", async () => {
  const block = await longestBlockDuring(() => fingerprintInSlices(next, createSlicer()));
  expect(block).toBeLessThan(GENEROUS_BOUND_MS);
}, 120_000);

test("the diff is linear and in slices (it took 16-22 s in the page, 200 s here, when quadratic)", async () => {
  let changed = -1;
  const started = performance.now();
  const block = await longestBlockDuring(async () => {
    changed = (await diffDatasets(active, next, createSlicer())).totals.changed;
  });
  const extra = next.leadTimes.length - 8;
  expect(changed).toBe(Math.ceil(extra / 50));
  expect(block).toBeLessThan(GENEROUS_BOUND_MS);
  expect(performance.now() - started).toBeLessThan(20_000);
}, 120_000);

test("a whole 4 MB pull (accept, diff, apply) never blocks the thread long", async () => {
  expect(await measurePullLongestBlock()).toBeLessThan(GENEROUS_PULL_BOUND_MS);
}, 120_000);
