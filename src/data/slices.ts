/**
 * Long work on a whole dataset (validation, fingerprint, diff) runs in the shared runtime's one thread,
 * where every custom function also runs: it is cut into time slices and gives the thread back between
 * them, so that no slice blocks the page for long.
 */
export interface Slicer {
  /** True once the current slice has used its budget. */
  due(): boolean;
  /** Gives the thread back (a macrotask, so rendering, input and custom functions run) and starts a slice. */
  pause(): Promise<void>;
}

/** Budget of one slice: far under the 200 ms a page may block, and large enough that pauses cost little. */
export const SLICE_BUDGET_MS = 25;

/**
 * @summary A slicer whose slices last about `budgetMs` milliseconds.
 *
 * @example
 * const slicer = createSlicer();
 * for (const record of records) { check(record); if (slicer.due()) await slicer.pause(); }
 */
export function createSlicer(budgetMs = SLICE_BUDGET_MS): Slicer {
  let started = performance.now();
  return {
    due: () => performance.now() - started >= budgetMs,
    async pause() {
      await yieldToThread();
      started = performance.now();
    },
  };
}

/** A slicer that never pauses: for callers that need the answer at once and hold small data. */
export const unsliced: Slicer = { due: () => false, pause: () => Promise.resolve() };

interface SchedulerWithYield {
  yield(): Promise<void>;
}

function yieldToThread(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
