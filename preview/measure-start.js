/* Measures `npm start` on this machine: the time from launching it to the preview answering HTTP 200, and to the
 * grid showing a computed value in headless Debian Chromium. Stops what it started. Prints one JSON line.
 *
 *   node preview/measure-start.js        (npm run measure:start)
 */
"use strict";
const { spawn, spawnSync } = require("child_process");
const path = require("path");
const { httpStatus } = require("../scripts/dev-server-probes");
const { assertChromium, launchChromium } = require("../tests/_support/chromium");

const root = path.resolve(__dirname, "..");

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  assertChromium();
  const t0 = Date.now();
  const start = spawn(
    process.execPath,
    [path.join(root, "scripts", "start.js"), "preview", "--no-open"],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
    }
  );
  let output = "";
  start.stdout.on("data", (chunk) => (output += chunk));
  const exited = new Promise((resolve) =>
    start.on("exit", (code) => resolve({ code, ms: Date.now() - t0 }))
  );

  let base;
  while (!base) {
    const match =
      /dev server on (https?:\/\/[^\s]+?) \.\.\./.exec(output) ?? /already running/.exec(output);
    if (match && match[1]) base = match[1];
    else if (match) throw new Error("a dev server was already running: run `npm run stop` first");
    if (Date.now() - t0 > 60_000) throw new Error(`npm start printed no address:\n${output}`);
    await sleep(50);
  }
  const url = `${base}/preview/`;
  while ((await httpStatus(url, 3000)) !== 200) {
    if (Date.now() - t0 > 180_000) throw new Error(`${url} did not answer within 3 minutes`);
    await sleep(100);
  }
  const httpMs = Date.now() - t0;

  const browser = await launchChromium();
  const page = await browser.newPage({ ignoreHTTPSErrors: true });
  await page.goto(url);
  // F16 is the model's =RE.LEADTIME(A16,"any",$B$10): a number once the grid has evaluated the example model.
  await page.waitForFunction(
    () => /^\d/.test(document.querySelector('[data-cell="F16"]')?.textContent ?? ""),
    null,
    {
      timeout: 60_000,
    }
  );
  const gridMs = Date.now() - t0;
  const value = await page.textContent('[data-cell="F16"]');
  await browser.close();
  const startExit = await exited;

  spawnSync(process.execPath, [path.join(root, "scripts", "stop.js")], {
    cwd: root,
    stdio: "ignore",
  });
  console.log(
    JSON.stringify({
      url,
      httpReadyMs: httpMs,
      gridValueMs: gridMs,
      npmStartExitMs: startExit.ms,
      npmStartExitCode: startExit.code,
      F16: value,
    })
  );
}

main().catch((error) => {
  spawnSync(process.execPath, [path.join(root, "scripts", "stop.js")], {
    cwd: root,
    stdio: "ignore",
  });
  console.error(error && error.message ? error.message : error);
  process.exit(1);
});
