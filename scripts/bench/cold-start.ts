/**
 * The functions bundle's cold start in headless Chromium: a fresh browser context loads dist/functions.js
 * (served from 127.0.0.1) under a stand-in of Excel's `CustomFunctions` runtime, and the time from adding
 * the script to the first answer of a registered function is read inside the page.
 */
import { serveDirectory } from "../../tests/_support/static-server";
import { median } from "./timing";

const { launchChromium } = require("../../tests/_support/chromium.js") as {
  launchChromium: () => Promise<import("playwright-core").Browser>;
};

/** Excel's runtime as far as registration and one call need it, and the timed load of the bundle. */
const PAGE = `<!doctype html><meta charset="utf-8"><script>
  class CFError { constructor(code, message) { this.code = code; this.message = message; } }
  const registered = new Map();
  window.CustomFunctions = {
    Error: CFError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
    associate(id, fn) { if (typeof id === "string") registered.set(id, fn); else for (const k in id) registered.set(k, id[k]); },
  };
  window.firstAnswer = (src, id, args) => new Promise((resolve, reject) => {
    const start = performance.now();
    const script = document.createElement("script");
    script.src = src;
    script.onload = () => {
      const answer = registered.get(id)(...args);
      resolve({ ms: performance.now() - start, answer: JSON.stringify(answer) });
    };
    script.onerror = () => reject(new Error("functions.js did not load"));
    document.head.appendChild(script);
  });
</script>`;

/** Median milliseconds from adding functions.js to RE.SHARE's first answer, over `runs` fresh contexts. */
export async function coldFirstAnswerMs(distDir: string, runs: number, args: unknown[]) {
  const site = await serveDirectory(distDir, { mount: "/", index: "taskpane.html" });
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    let answer = "";
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.setContent(PAGE);
      const result = (await page.evaluate(
        ([src, a]) =>
          (
            window as unknown as { firstAnswer: (s: string, id: string, a: unknown[]) => unknown }
          ).firstAnswer(src as string, "SHARE", a as unknown[]),
        [`${site.origin}/functions.js?run=${i}`, args] as const
      )) as { ms: number; answer: string };
      times.push(result.ms);
      answer = result.answer;
      await context.close();
    }
    return { ms: median(times), answer };
  } finally {
    await browser.close();
    await site.close();
  }
}
