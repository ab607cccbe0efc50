import { readFileSync } from "fs";
import type { BrowserContext, Page } from "playwright-core";
import { localOfficeJsFile } from "./office-cdn";

/**
 * Excel's side of a custom-functions runtime, played in the page: Microsoft's real
 * custom-functions-runtime.js (from @microsoft/office-js) stands in for office.js, and the native bridge it
 * talks to (`_richApiNativeBridge`, what Excel's host provides) is ours. Invocations go in the way Excel
 * sends them (function id, argument values, with error arguments as Excel encodes them when the metadata
 * allows errors); the runtime calls the associated function and sends the results back through the bridge,
 * where the test reads them. In the page: `__excelInvocation(n, id, args)` is the n-th cell's invocation entry as
 * Excel writes it (flag 4: errors allowed), `__invocationResults(message)` the result rows a message the runtime
 * sent carries, and a `__bridgeListener` set by the page takes every such message instead of `__bridgeSent`.
 */
const BRIDGE = `
window.__bridgeSent = [];
window._richApiNativeBridge = {
  sendMessageToHost: function (text) {
    var message = JSON.parse(text);
    if (window.__bridgeListener) window.__bridgeListener(message);
    else window.__bridgeSent.push(message);
    if (message.type === 1)
      setTimeout(function () {
        window._richApiNativeBridge.onMessageFromHost(JSON.stringify({
          id: message.id, type: 2, message: { statusCode: 200, headers: {}, body: '{"Results":[]}' }
        }));
      }, 0);
  }
};
window.__excelInvocation = function (n, functionId, args) {
  return [1, 1000, "", JSON.stringify([n, functionId, args, "Sheet1!A" + n, 4]), n];
};
window.__invocationResults = function (message) {
  var results = [];
  var actions = (message.message && message.message.body && message.message.body.Actions) || [];
  for (var i = 0; i < actions.length; i++)
    if (actions[i].Name === "SetInvocationArrayResults" && actions[i].ArgumentInfo)
      results.push.apply(results, actions[i].ArgumentInfo.Arguments[0]);
  return results;
};
document.write('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/custom-functions-runtime.js"><\\/script>');
`;

/** Serves the CDN's office.js as the bridge plus Microsoft's custom-functions runtime (offline). */
export async function standInForExcelRuntime(context: BrowserContext): Promise<void> {
  await context.route("https://appsforoffice.microsoft.com/**", (route) => {
    const url = route.request().url();
    if (/\/hosted\/office\.js$/.test(url))
      return route.fulfill({ status: 200, contentType: "text/javascript", body: BRIDGE });
    const file = localOfficeJsFile(url);
    return file
      ? route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) })
      : route.fulfill({ status: 404, body: "not in the local office.js package" });
  });
}

/** Waits until the page's functions bundle has associated its functions with Microsoft's runtime. */
export async function functionsAssociated(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const cf = (
      window as unknown as { CustomFunctions?: { _association?: { m_mappings?: object } } }
    ).CustomFunctions;
    return Object.keys(cf?._association?.m_mappings ?? {}).length > 0;
  });
}

/** An argument as Excel sends an error cell to a function whose metadata allows errors. */
export const excelErrorArgument = (code: string) => ({ type: "CustomFunctionError", code });

/** One result as the runtime reports it: [invocation id, succeeded, value]. */
export type InvocationResult = [number, boolean, unknown];

/** Invokes functions as Excel does (flag 4: errors allowed) and returns the runtime's results by invocation. */
export async function invoke(
  page: Page,
  calls: readonly (readonly [id: string, args: readonly unknown[]])[]
): Promise<InvocationResult[]> {
  return page.evaluate(async (batch) => {
    const w = window as unknown as {
      __bridgeSent: object[];
      __excelInvocation: (n: number, id: string, args: readonly unknown[]) => unknown[];
      __invocationResults: (message: object) => unknown[][];
      _richApiNativeBridge: { onMessageFromHost: (text: string) => void };
    };
    w.__bridgeSent.length = 0;
    const entries = batch.map(([id, args], i) => w.__excelInvocation(i + 1, id, args));
    w._richApiNativeBridge.onMessageFromHost(JSON.stringify({ type: 3, message: { entries } }));
    const results: unknown[][] = [];
    for (let wait = 0; wait < 100 && results.length < batch.length; wait++) {
      await new Promise((done) => setTimeout(done, 50));
      results.length = 0;
      for (const sent of w.__bridgeSent) results.push(...w.__invocationResults(sent));
    }
    return results
      .map((r) => [r[0], r[1], r[2]])
      .sort((a, b) => (a[0] as number) - (b[0] as number));
  }, calls) as Promise<InvocationResult[]>;
}
