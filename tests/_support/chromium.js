/* Headless Debian Chromium for everything that drives a browser: the browser tests, their global set-up and
 * preview/measure-start.js. Plain JavaScript (typed by chromium.d.ts) so that the node scripts can require it
 * too, and every one of them launches the same browser with the same switches and the same advice. */
"use strict";
const fs = require("fs");

/** Debian's package, not a Playwright download: the tests must run offline on a plain Debian machine. */
const CHROMIUM = "/usr/bin/chromium";

/** Headless, sandbox-free (containers run as root) and quiet: no GPU, no update or telemetry traffic. */
const CHROMIUM_ARGS = Object.freeze([
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
]);

/** Throws, with the command that fixes it, when Debian's Chromium is not installed. */
function assertChromium() {
  if (!fs.existsSync(CHROMIUM))
    throw new Error("Debian chromium is missing: run apt-get install -y chromium");
}

/** Checks for Chromium and launches it through playwright-core (required late: set-up scripts need only the check). */
function launchChromium() {
  assertChromium();
  const { chromium } = require("playwright-core");
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
}

module.exports = { CHROMIUM, CHROMIUM_ARGS, assertChromium, launchChromium };
