/* npm run stop: stops what `npm start` (scripts/start.js) started, and nothing else.
 * - a dev server that start launched itself: its pid (and its process group) from node_modules/.cache/re-start/state.json;
 * - a sideload into Excel: `office-addin-debugging stop manifest.xml`, which also stops the dev server it launched
 *   and unregisters the add-in. */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { isAlive } = require("./dev-server-probes");

const root = path.resolve(__dirname, "..");
const stateFile = path.join(root, "node_modules", ".cache", "re-start", "state.json");

function kill(pid) {
  if (process.platform === "win32") {
    spawnSync("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore" });
    return;
  }
  // start launched the server detached, so it leads its own process group: signal the group, then the process.
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
}

async function waitGone(pid, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && isAlive(pid)) await new Promise((r) => setTimeout(r, 100));
  return !isAlive(pid);
}

async function main() {
  let state = null;
  try {
    state = JSON.parse(fs.readFileSync(stateFile, "utf8"));
  } catch {
    /* nothing recorded */
  }
  if (!state) {
    console.log(
      `Nothing to stop: no record of \`npm start\` (${path.relative(root, stateFile)} does not exist).`
    );
    return;
  }
  if (state.sideloaded) {
    console.log(
      `Stopping the ${state.sideloaded} sideload: office-addin-debugging stop ${"manifest.xml"}`
    );
    const cli = require.resolve("office-addin-debugging/cli.js");
    const args = [cli, "stop", "manifest.xml"];
    if (state.sideloaded === "web") args.push("web");
    spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  }
  if (state.devServerPid) {
    const pid = state.devServerPid;
    if (isAlive(pid)) {
      kill(pid);
      if (!(await waitGone(pid, 5000)) && process.platform !== "win32") {
        try {
          process.kill(-pid, "SIGKILL");
        } catch {
          process.kill(pid, "SIGKILL");
        }
      }
      console.log(`Stopped the dev server (pid ${pid}, ${state.baseUrl ?? "port " + state.port}).`);
    } else {
      console.log(`The dev server (pid ${pid}) had already stopped.`);
    }
  }
  fs.rmSync(stateFile, { force: true });
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
