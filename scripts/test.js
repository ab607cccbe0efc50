/* The README's test command: unit and engine tests, then the browser tests against the built add-in
 * and the workbook preview.
 * Browser tests need Debian's chromium: it is installed here when we can (root with apt-get), otherwise
 * the run stops with the one command to run. Nothing is skipped in silence. */
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
const chromium = "/usr/bin/chromium";
const jestBin = require.resolve("jest/bin/jest");

/** Debian packages the tests read files with: LibreOffice and openpyxl (tests/examples/second-reader.test.ts). */
function missingReaders() {
  const missing = [];
  if (!fs.existsSync("/usr/bin/soffice")) missing.push("libreoffice-calc-nogui");
  if (spawnSync("/usr/bin/python3", ["-c", "import openpyxl"]).status !== 0)
    missing.push("python3-openpyxl");
  return missing;
}

function ensureTestPackages() {
  const packages = [...(fs.existsSync(chromium) ? [] : ["chromium"]), ...missingReaders()];
  if (packages.length === 0) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (isRoot && hasApt) {
    console.log(
      `Installing ${packages.join(", ")} with apt-get (needed by the browser and second-reader tests)...`
    );
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", ...packages], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    return;
  }
  console.error(
    `Debian packages are missing and cannot be installed from here. Run:\n  sudo apt-get install -y ${packages.join(" ")}`
  );
  process.exit(1);
}

function runJest(label, args) {
  const report = path.join(os.tmpdir(), `re-jest-${label}-${process.pid}.json`);
  const run = spawnSync(process.execPath, [jestBin, ...args, "--json", `--outputFile=${report}`], {
    cwd: root,
    stdio: "inherit",
  });
  const summary = fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, "utf8")) : null;
  fs.rmSync(report, { force: true });
  return {
    ok: run.status === 0 && summary !== null && summary.numTotalTests > 0,
    passed: summary ? summary.numPassedTests : 0,
    failed: summary ? summary.numFailedTests + summary.numRuntimeErrorTestSuites : 1,
  };
}

ensureTestPackages();
// The browser run's global set-up builds dist/ (and the preview its own bundle) when they are stale.
const results = [
  runJest("unit", []),
  runJest("browser", ["-c", "jest.browser.config.js", "--runInBand"]),
];
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
