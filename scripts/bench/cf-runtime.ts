/**
 * Microsoft's custom-functions runtime as Excel drives it: custom-functions-runtime.js (from
 * @microsoft/office-js) and dist/functions.js in one headless Chromium page, invocations sent in
 * batches through the native bridge that tests/_support/excel-bridge.ts plays for Excel's host, and
 * the time taken until the runtime has sent every result back. A registered function that returns a
 * constant gives the runtime's own cost per invocation (its floor), beside which RE.SHARE's is read.
 */
import { standInForExcelRuntime } from "../../tests/_support/excel-bridge";
import { serveDirectory } from "../../tests/_support/static-server";
import { median } from "./timing";

const { launchChromium } = require("../../tests/_support/chromium.js") as {
  launchChromium: () => Promise<import("playwright-core").Browser>;
};

/** The id the floor is registered under: a function that answers 0 and does nothing else. */
const NOOP = "BENCHNOOP";

/** office.js (the bridge, which loads the runtime), the functions, and the floor. */
const page = (origin: string) => `<!doctype html><meta charset="utf-8">
<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
<script src="${origin}/functions.js"></script>
<script>CustomFunctions.associate("${NOOP}", () => 0);</script>`;

/**
 * In the page (plain JavaScript, as the page runs it): `__timeInvocations(id, argumentLists, total,
 * first)` sends `total` invocations of `id` (argument lists taken in turn, invocation ids from `first`)
 * as Excel's host does, 1,000 to a message built beforehand, and resolves with the milliseconds until the
 * runtime has returned every result, counted from its SetInvocationArrayResults actions. The bridge's
 * reply to each request and its parse of what the runtime sends are in the time of both functions alike.
 */
const TIMER = `(() => {
  const bridge = window._richApiNativeBridge;
  const send = bridge.sendMessageToHost.bind(bridge);
  let returned = 0;
  bridge.sendMessageToHost = (text) => {
    send(text);
    window.__bridgeSent.length = 0;
    const sent = JSON.parse(text);
    const actions = (sent.message && sent.message.body && sent.message.body.Actions) || [];
    for (const action of actions)
      if (action.Name === "SetInvocationArrayResults") returned += action.ArgumentInfo.Arguments[0].length;
  };
  window.__timeInvocations = (id, argumentLists, total, first) => {
    const messages = [];
    for (let start = 0; start < total; start += 1000) {
      const entries = [];
      for (let k = start; k < Math.min(total, start + 1000); k++) {
        const args = argumentLists[k % argumentLists.length];
        entries.push([1, 1000, "", JSON.stringify([first + k, id, args, "Sheet1!A1", 4]), first + k]);
      }
      messages.push(JSON.stringify({ type: 3, message: { entries } }));
    }
    return new Promise((resolve) => {
      returned = 0;
      const begun = performance.now();
      const poll = () => (returned >= total ? resolve(performance.now() - begun) : setTimeout(poll, 1));
      for (const message of messages) bridge.onMessageFromHost(message);
      poll();
    });
  };
})()`;

type Timed = (id: string, lists: unknown[][], total: number, first: number) => Promise<number>;

/**
 * Microseconds per invocation through the runtime, medians of `rounds` interleaved runs of
 * `invocations` each after a warm-up: RE.`id` with `argumentLists` (as Excel sends them: every
 * declared parameter, omitted ones null), and the floor.
 */
export async function cfRuntimeUsPerCall(
  distDir: string,
  id: string,
  argumentLists: unknown[][],
  { invocations = 100_000, rounds = 3 } = {}
) {
  const site = await serveDirectory(distDir, { mount: "/", index: "taskpane.html" });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    await standInForExcelRuntime(context);
    const tab = await context.newPage();
    await tab.setContent(page(site.origin));
    await tab.waitForFunction(
      (ids) => {
        const cf = (
          window as unknown as { CustomFunctions?: { _association?: { m_mappings?: object } } }
        ).CustomFunctions;
        const mapped = Object.keys(cf?._association?.m_mappings ?? {});
        return ids.every((i) => mapped.includes(i));
      },
      [id, NOOP]
    );
    await tab.evaluate(TIMER);
    let next = 1;
    const time = async (fn: string, lists: unknown[][], total: number) => {
      const ms = await tab.evaluate(
        ([f, l, t, first]) =>
          (window as unknown as { __timeInvocations: Timed }).__timeInvocations(
            f as string,
            l as unknown[][],
            t as number,
            first as number
          ),
        [fn, lists, total, next] as const
      );
      next += total;
      return (ms * 1000) / total;
    };
    const floorArgs = [[]];
    await time(id, argumentLists, invocations / 10);
    await time(NOOP, floorArgs, invocations / 10);
    const share: number[] = [];
    const floor: number[] = [];
    for (let round = 0; round < rounds; round++) {
      if (round % 2 === 0) {
        share.push(await time(id, argumentLists, invocations));
        floor.push(await time(NOOP, floorArgs, invocations));
      } else {
        floor.push(await time(NOOP, floorArgs, invocations));
        share.push(await time(id, argumentLists, invocations));
      }
    }
    return { us: median(share), floorUs: median(floor) };
  } finally {
    await browser.close();
    await site.close();
  }
}
