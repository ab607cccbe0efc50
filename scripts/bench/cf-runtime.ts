/**
 * Microsoft's own custom-functions runtime as the cost of an invocation: the built task pane page in
 * headless Chromium with the real custom-functions-runtime.js (from @microsoft/office-js) standing in for
 * Excel's office.js and a stand-in of the native bridge Excel provides (tests/_support/excel-bridge.ts).
 * Invocations go in as Excel sends them (one host message per 1,000 cells, each cell's call as JSON) and are
 * timed until the runtime has sent every result back; a registered function that returns a constant gives the
 * runtime's own floor, measured the same way in interleaved rounds.
 */
import type { Page } from "playwright-core";
import { functionsAssociated, standInForExcelRuntime } from "../../tests/_support/excel-bridge";
import { serveDirectory } from "../../tests/_support/static-server";
import { median } from "./timing";

const { launchChromium } = require("../../tests/_support/chromium.js") as {
  launchChromium: () => Promise<import("playwright-core").Browser>;
};

/** Cells per host message: Excel hands a recalculation's invocations over in batches. */
const BATCH = 1000;

/** The floor's id: registered in the page beside the RE functions, never shipped. */
const NO_OP = "BENCHNOOP";

interface Timed {
  readonly ms: number;
  readonly results: number;
  readonly failed: number;
}

/**
 * In the page: sends `calls` (repeated to `count` invocations) as Excel would and resolves when the runtime
 * has reported every result. The bridge's outgoing messages go to a listener that counts their results
 * instead of keeping them, so 100,000 results stay cheap to the measure (tests/_support/excel-bridge.ts).
 */
function timeInvocations(page: Page, id: string, calls: readonly unknown[][], count: number) {
  return page.evaluate(
    ([fnId, argumentLists, total, batch]) =>
      new Promise<Timed>((resolve) => {
        const w = window as unknown as {
          __bridgeListener: ((message: object) => void) | undefined;
          __excelInvocation: (n: number, id: string, args: readonly unknown[]) => unknown[];
          __invocationResults: (message: object) => unknown[][];
          _richApiNativeBridge: { onMessageFromHost: (text: string) => void };
        };
        const messages: string[] = [];
        for (let start = 0; start < total; start += batch) {
          const entries = [];
          for (let i = start; i < Math.min(total, start + batch); i++)
            entries.push(w.__excelInvocation(i + 1, fnId, argumentLists[i % argumentLists.length]));
          messages.push(JSON.stringify({ type: 3, message: { entries } }));
        }
        let results = 0;
        let failed = 0;
        const begin = performance.now();
        w.__bridgeListener = (message) => {
          for (const result of w.__invocationResults(message)) {
            results++;
            if (result[1] !== true) failed++;
          }
          if (results < total) return;
          w.__bridgeListener = undefined;
          resolve({ ms: performance.now() - begin, results, failed });
        };
        for (const text of messages) w._richApiNativeBridge.onMessageFromHost(text);
      }),
    [id, calls, count, BATCH] as const
  );
}

/** One thing timed: a function called with these argument lists, answering `cells` cells per call. */
interface Subject {
  readonly id: string;
  readonly calls: readonly unknown[][];
  readonly cells: number;
}

/**
 * Microseconds per cell through Microsoft's runtime, medians of interleaved rounds of `cells` cells each:
 * RE.SHARE one cell per invocation over `calls` (as Excel hands them, in the shape its metadata declares),
 * the same function over a column (`column`: one invocation answers every cell of it), and the no-op floor.
 */
export async function customFunctionsRuntimeUsPerCell(
  distDir: string,
  calls: readonly unknown[][],
  column: { readonly args: readonly unknown[]; readonly cells: number },
  { cells = 100_000, rounds = 5 } = {}
) {
  const site = await serveDirectory(distDir, { mount: "/", index: "taskpane.html" });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    await standInForExcelRuntime(context);
    const page = await context.newPage();
    await page.goto(`${site.origin}/taskpane.html`);
    await functionsAssociated(page);
    await page.evaluate((id) => {
      (
        window as unknown as {
          CustomFunctions: { associate: (id: string, f: () => number) => void };
        }
      ).CustomFunctions.associate(id, () => 0);
    }, NO_OP);
    const subjects: Record<string, Subject> = {
      share: { id: "SHARE", calls, cells: 1 },
      shareColumn: { id: "SHARE", calls: [column.args as unknown[]], cells: column.cells },
      noOp: { id: NO_OP, calls: [[]], cells: 1 },
    };
    const names = Object.keys(subjects);
    const time = async (name: string, total: number) => {
      const { id, calls: lists, cells: per } = subjects[name];
      const invocations = Math.ceil(total / per);
      const timed = await timeInvocations(page, id, lists, invocations);
      if (timed.results !== invocations || timed.failed > 0)
        throw new Error(
          `the runtime answered ${timed.results - timed.failed} of ${invocations} ${name} calls`
        );
      return (timed.ms * 1000) / (invocations * per);
    };
    for (const name of names) await time(name, cells / 10);
    const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
    for (let round = 0; round < rounds; round++)
      for (let k = 0; k < names.length; k++) {
        const name = names[(round + k) % names.length];
        samples[name].push(await time(name, cells));
      }
    return {
      share: median(samples.share),
      shareColumn: median(samples.shareColumn),
      noOp: median(samples.noOp),
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
