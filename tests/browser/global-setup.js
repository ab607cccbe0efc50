/* Runs once before the browser tests: they need Debian's Chromium and a production build of dist/. */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { assertChromium } = require("../_support/chromium");

const root = path.resolve(__dirname, "../..");

/** Newest modification time of the files under a directory. */
function newest(dir) {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return latest;
}

module.exports = async function globalSetup() {
  assertChromium();
  const built = path.join(root, "dist/taskpane.js");
  const served = path.join(root, "dist/data/dataset.json");
  const stale =
    !fs.existsSync(path.join(root, "dist/taskpane.html")) ||
    !fs.existsSync(built) ||
    fs.statSync(built).mtimeMs <
      Math.max(
        newest(path.join(root, "src")),
        newest(path.join(root, "scripts")),
        fs.statSync(path.join(root, "webpack.config.js")).mtimeMs
      ) ||
    // A build that started just before the dataset changed is newer than it yet holds the old data.
    !fs.existsSync(served) ||
    !fs.readFileSync(served).equals(fs.readFileSync(path.join(root, "src/data/dataset.json")));
  if (stale) {
    console.log("\nBuilding dist/ (webpack --mode production) for the browser tests...");
    execFileSync(
      process.execPath,
      [require.resolve("webpack/bin/webpack", { paths: [root] }), "--mode", "production"],
      {
        cwd: root,
        stdio: "inherit",
      }
    );
  }
};
