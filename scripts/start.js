/* npm start, npm run start:desktop, npm run start:web and npm run dev-server, in plain Node.
 *
 *   node scripts/start.js            Windows/Mac: sideload into Excel desktop; Linux, CI, no Excel: the workbook preview
 *   node scripts/start.js desktop    sideload into Excel desktop (office-addin-debugging; Windows and Mac only)
 *   node scripts/start.js web        Excel on the web: with --document <workbook URL> sideloads there (office-addin-debugging)
 *   node scripts/start.js preview    the workbook preview only, on any platform
 *   node scripts/start.js serve      the dev server in the foreground (what `npm run dev-server` runs)
 *
 * Options: --http (serve plain http on 127.0.0.1 even where the dev CA is trusted), --no-open (do not open a browser),
 * --port <n> (preview and serve only; Excel expects 3000, the port in manifest.xml), --document <url> (web).
 *
 * The dev server is one webpack-dev-server with two compilers: the add-in (webpack.config.js, at /) and the workbook
 * preview (webpack.preview.config.js, at /preview/). It serves https://localhost:3000 with office-addin-dev-certs'
 * certificate where that certificate's CA is trusted; elsewhere (Linux, CI, no sudo) it serves http://127.0.0.1:3000
 * and says how to trust the CA. Whatever start launches is recorded in node_modules/.cache/re-start/state.json so
 * that `npm run stop` (scripts/stop.js) stops exactly that. Nothing here needs the internet or a Microsoft account.
 */
"use strict";
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const net = require("net");
const os = require("os");
const path = require("path");
const { httpStatus, isAlive } = require("./dev-server-probes");

const root = path.resolve(__dirname, "..");
const stateDir = path.join(root, "node_modules", ".cache", "re-start");
const stateFile = path.join(stateDir, "state.json");
const statusFile = path.join(stateDir, "compile-status.json");
const logFile = path.join(stateDir, "dev-server.log");
/** The development manifest (https://localhost:3000), which webpack writes into dist/ for the dev build. */
const manifest = "manifest.xml";
/** What office-addin-debugging runs: the dev server, https only (it fails rather than fall back to http). */
const HTTPS_DEV_SERVER = "npm run dev-server -- --https";
/** How long start waits for the first build before giving up (the issue promises two minutes). */
const READY_TIMEOUT_MS = 180_000;

const argv = process.argv.slice(2);
const valueOptions = new Set(["--port", "--document"]);
const positional = argv.filter((a, i) => !a.startsWith("--") && !valueOptions.has(argv[i - 1]));
const flag = (name) => argv.includes(`--${name}`);
function option(name) {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : undefined;
}
const command = positional[0] ?? "auto";
const port = Number(option("port") ?? process.env.npm_package_config_dev_server_port ?? 3000);

const say = (text = "") => console.log(text);
const ok = (text) => say(`  \u2713 ${text}`);
const warn = (text) => say(`  ! ${text}`);

// ---------------------------------------------------------------------------------------------------------------
// Certificates

function devCertPaths() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  return {
    ca: path.join(dir, "ca.crt"),
    cert: path.join(dir, "localhost.crt"),
    key: path.join(dir, "localhost.key"),
  };
}

/** True when office-addin-dev-certs' CA is installed and trusted here and its localhost certificate exists. */
function devCaTrusted() {
  const files = devCertPaths();
  if (!Object.values(files).every((f) => fs.existsSync(f))) return false;
  try {
    return require("office-addin-dev-certs").verifyCertificates() === true;
  } catch {
    return false;
  }
}

/**
 * Excel loads the add-in only from https://localhost:3000, so sideloading needs the development certificate trusted.
 * office-addin-debugging 7 installs it only on platforms other than Windows (its lib/start.js), so it is installed here,
 * before anything is served: on Windows that shows the system's "install this certificate?" prompt once. Returns
 * whether the certificate is trusted afterwards; sideloading is refused when it is not (never over plain http).
 */
async function ensureDevCertificate() {
  if (devCaTrusted()) return true;
  say(
    "Installing the development certificate (office-addin-dev-certs); accept the prompt to trust it..."
  );
  try {
    await require("office-addin-dev-certs").ensureCertificatesAreInstalled();
  } catch (error) {
    warn(
      `office-addin-dev-certs could not install the certificate: ${error && error.message ? error.message : error}`
    );
  }
  return devCaTrusted();
}

function refuseHttpSideload() {
  say("");
  warn(
    "The development certificate is not trusted, so Excel could not load https://localhost:3000."
  );
  warn(
    "Nothing was sideloaded (Excel never gets the add-in over plain http). Trust it, then start again:"
  );
  say("    npx office-addin-dev-certs install && npm start");
  say("  The workbook preview needs no certificate: npm start -- preview");
  process.exit(1);
}

function trustAdvice() {
  const files = devCertPaths();
  const lines = [
    "The development CA (office-addin-dev-certs) is not trusted on this machine, so the preview is served over plain",
    `http on 127.0.0.1 (enough for the preview; Excel itself needs https). To serve https://localhost:${port} instead:`,
  ];
  if (process.platform === "linux") {
    lines.push(
      "    npx office-addin-dev-certs install      # makes the certificates; asks sudo to add the CA to the system store",
      "    # Chromium, Chrome and Firefox on Linux read their own NSS store, so add the CA there too (libnss3-tools):",
      `    certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Developer CA for Microsoft Office Add-ins" -i ${files.ca}`,
      "    npm run stop && npm start"
    );
  } else {
    lines.push("    npx office-addin-dev-certs install && npm run stop && npm start");
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------------------------
// State shared with scripts/stop.js

function readState() {
  try {
    return JSON.parse(fs.readFileSync(stateFile, "utf8"));
  } catch {
    return null;
  }
}

function writeState(state) {
  fs.mkdirSync(stateDir, { recursive: true });
  fs.writeFileSync(stateFile, JSON.stringify(state, null, 2));
}

// ---------------------------------------------------------------------------------------------------------------
// HTTP helpers

function portInUse(p) {
  return new Promise((resolve) => {
    const socket = net.connect({ port: p, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function readCompileStatus() {
  try {
    return JSON.parse(fs.readFileSync(statusFile, "utf8"));
  } catch {
    return null;
  }
}

function logTail(lines = 30) {
  try {
    return fs.readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The dev server (foreground): `node scripts/start.js serve`

async function serve() {
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const useHttps = !flag("http") && (flag("https") || devCaTrusted());
  const host = useHttps ? "localhost" : "127.0.0.1";
  const mode = "development";

  const addin = await require(path.join(root, "webpack.config.js"))({}, { mode });
  const preview = await require(path.join(root, "webpack.preview.config.js"))({}, { mode });
  const devServer = { ...(addin.devServer ?? {}) };
  delete addin.devServer;
  // The configs read the mode from argv as webpack-cli passes it; the compiler needs it set on the config too.
  addin.mode = mode;
  addin.devtool = addin.devtool || "source-map";
  preview.mode = preview.mode ?? mode;
  delete preview.devServer;
  addin.name = addin.name ?? "add-in";
  preview.name = preview.name ?? "preview";

  const compiler = webpack([addin, preview]);
  fs.mkdirSync(stateDir, { recursive: true });
  compiler.hooks.invalid.tap("re-start", () =>
    fs.writeFileSync(
      statusFile,
      JSON.stringify({ state: "building", at: new Date().toISOString() })
    )
  );
  compiler.hooks.done.tap("re-start", (multi) => {
    const errors = multi.stats.flatMap((s) =>
      s.compilation.errors.map(
        (e) => `[${s.compilation.name}] ${String(e.message).split("\n").slice(0, 6).join("\n")}`
      )
    );
    fs.writeFileSync(
      statusFile,
      JSON.stringify({
        state: errors.length ? "failed" : "built",
        at: new Date().toISOString(),
        pid: process.pid,
        errors,
      })
    );
    const ms = Math.max(...multi.stats.map((s) => s.endTime - s.startTime));
    console.log(
      errors.length
        ? `build failed (${errors.length} errors)\n${errors.join("\n")}`
        : `build ok in ${ms} ms`
    );
  });

  const files = devCertPaths();
  const server = new WebpackDevServer(
    {
      ...devServer,
      port,
      host,
      server: useHttps
        ? {
            type: "https",
            options: {
              ca: fs.readFileSync(files.ca),
              cert: fs.readFileSync(files.cert),
              key: fs.readFileSync(files.key),
            },
          }
        : { type: "http" },
      hot: false,
      liveReload: false,
      client: false,
      headers: { "Access-Control-Allow-Origin": "*", ...(devServer.headers ?? {}) },
      setupMiddlewares: (middlewares) => {
        // The preview lives at /preview/; the add-in's own pages stay where manifest.xml points.
        middlewares.unshift({
          name: "preview-redirect",
          middleware: (req, res, next) => {
            if (req.url === "/" || req.url === "/preview") {
              res.writeHead(302, { Location: "/preview/" });
              res.end();
              return;
            }
            next();
          },
        });
        return middlewares;
      },
    },
    compiler
  );
  await server.start();
  console.log(
    `dev server on ${useHttps ? "https" : "http"}://${host}:${port}/ (add-in) and /preview/ (workbook preview), pid ${process.pid}`
  );
  const shutdown = () => server.stop().finally(() => process.exit(0));
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

// ---------------------------------------------------------------------------------------------------------------
// Starting the dev server in the background and waiting for the first build

function startDevServerDetached(extraArgs) {
  fs.mkdirSync(stateDir, { recursive: true });
  fs.rmSync(statusFile, { force: true });
  const out = fs.openSync(logFile, "w");
  const child = spawn(
    process.execPath,
    [__filename, "serve", "--port", String(port), ...extraArgs],
    {
      cwd: root,
      detached: true,
      windowsHide: true,
      stdio: ["ignore", out, out],
      env: { ...process.env, BROWSERSLIST_IGNORE_OLD_DATA: "1" },
    }
  );
  child.unref();
  fs.closeSync(out);
  return child.pid;
}

/** Waits for the first finished build and an HTTP 200 from the preview; returns { ok, errors, ms }. */
async function waitForPreview(baseUrl, pid, startedAt) {
  const deadline = startedAt + READY_TIMEOUT_MS;
  let dots = 0;
  while (Date.now() < deadline) {
    if (pid && !isAlive(pid)) return { ok: false, died: true, ms: Date.now() - startedAt };
    const status = readCompileStatus();
    if (status && (status.state === "built" || status.state === "failed")) {
      const code = await httpStatus(`${baseUrl}/preview/`);
      if (code === 200)
        return {
          ok: status.state === "built",
          errors: status.errors ?? [],
          ms: Date.now() - startedAt,
        };
    }
    if (process.stdout.isTTY && ++dots % 4 === 0) process.stdout.write(".");
    await sleep(500);
  }
  return { ok: false, timedOut: true, ms: Date.now() - startedAt };
}

function openInBrowser(url) {
  if (flag("no-open") || process.env.CI) return "not opened (CI or --no-open)";
  let opener;
  if (process.platform === "darwin") opener = ["open", [url]];
  else if (process.platform === "win32") opener = ["cmd", ["/c", "start", "", url]];
  else {
    const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
    const hasXdgOpen =
      spawnSync("sh", ["-c", "command -v xdg-open"], { stdio: "ignore" }).status === 0;
    if (!hasDisplay) return "not opened (no display)";
    if (!hasXdgOpen) return "not opened (xdg-open is not installed)";
    opener = ["xdg-open", [url]];
  }
  try {
    spawn(opener[0], opener[1], { detached: true, stdio: "ignore" }).unref();
    return "opened in your browser";
  } catch {
    return "not opened (no browser launcher)";
  }
}

/** Starts (or reuses) the background dev server and waits for the preview; returns the base URL, or exits on failure. */
async function ensureDevServer({ forceHttp }) {
  const existing = readState();
  if (
    existing?.devServerPid &&
    isAlive(existing.devServerPid) &&
    (await portInUse(existing.port))
  ) {
    ok(
      `The dev server is already running (pid ${existing.devServerPid}); \`npm run stop\` stops it.`
    );
    return { baseUrl: existing.baseUrl, pid: existing.devServerPid, reused: true, ms: 0 };
  }
  if (await portInUse(port)) {
    say(`\nPort ${port} is already in use by another program, so the dev server cannot start.`);
    say(
      "Stop that program (a dev server from another checkout?) or start the preview on another port:"
    );
    say(`    npm start -- --port ${port + 1}`);
    process.exit(1);
  }
  const useHttps = !forceHttp && devCaTrusted();
  if (useHttps)
    ok(
      `The development certificate (office-addin-dev-certs) is trusted: serving https://localhost:${port}.`
    );
  else trustAdvice().forEach((line, i) => (i < 2 ? warn(line) : say(line)));
  const baseUrl = useHttps ? `https://localhost:${port}` : `http://127.0.0.1:${port}`;
  const startedAt = Date.now();
  say(
    `\nBuilding the add-in and the workbook preview and starting the dev server on ${baseUrl} ...`
  );
  const pid = startDevServerDetached(useHttps ? ["--https"] : ["--http"]);
  writeState({
    ...(readState() ?? {}),
    devServerPid: pid,
    port,
    baseUrl,
    logFile,
    startedAt: new Date(startedAt).toISOString(),
  });
  const result = await waitForPreview(baseUrl, pid, startedAt);
  if (process.stdout.isTTY) process.stdout.write("\n");
  if (result.died || result.timedOut) {
    say(
      result.died
        ? "\nThe dev server stopped while starting. Its log:"
        : `\nThe dev server did not answer within ${READY_TIMEOUT_MS / 1000} s. Its log:`
    );
    say(logTail());
    say(`\n(full log: ${logFile})`);
    process.exit(1);
  }
  if (!result.ok) {
    warn(
      `The build finished with errors (the dev server keeps running and rebuilds when you save):`
    );
    result.errors.slice(0, 5).forEach((e) => say(`    ${e.replace(/\n/g, "\n    ")}`));
  } else
    ok(
      `Built and serving in ${(result.ms / 1000).toFixed(1)} s (dev server pid ${pid}, log ${path.relative(root, logFile)}).`
    );
  return { baseUrl, pid, reused: false, ms: result.ms, buildOk: result.ok };
}

// ---------------------------------------------------------------------------------------------------------------
// office-addin-debugging

function officeAddinDebugging(args) {
  const cli = require.resolve("office-addin-debugging/cli.js");
  say(`\n$ office-addin-debugging ${args.join(" ")}`);
  return (
    spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: "inherit", env: process.env })
      .status === 0
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The modes

async function startPreview(reason) {
  say(`Rare Earth Independence: workbook preview${reason ? ` (${reason})` : ""}`);
  const server = await ensureDevServer({ forceHttp: flag("http") });
  const url = `${server.baseUrl}/preview/`;
  const opened = openInBrowser(url);
  say("");
  say(
    "  Workbook preview (grid, formula bar and the real task pane; =RE.* and native formulas evaluated by HyperFormula):"
  );
  say(`\n      ${url}\n`);
  say(
    `  Browser: ${opened}.  Add-in files: ${server.baseUrl}/taskpane.html, ${server.baseUrl}/functions.json`
  );
  say("  Stop it with: npm run stop");
  if (server.buildOk === false) process.exitCode = 1;
}

async function startDesktop({ explicit }) {
  if (process.platform !== "win32" && process.platform !== "darwin") {
    say(
      `Excel desktop is not available on ${process.platform}: office-addin-debugging sideloads only on Windows and Mac.`
    );
    if (explicit) {
      say(
        "Use `npm start` for the workbook preview here, or `npm run start:web -- --document <workbook URL>` for Excel on the web."
      );
      process.exit(1);
    }
    return startPreview("no Excel desktop on this platform");
  }
  say("Rare Earth Independence: sideloading into Excel desktop (office-addin-debugging)");
  if (!(await ensureDevCertificate())) refuseHttpSideload();
  // office-addin-debugging starts the https dev server in the background, waits for the dev server's port and opens
  // Excel with the add-in; `office-addin-debugging stop` undoes all of it.
  const sideloaded = officeAddinDebugging([
    "start",
    manifest,
    "desktop",
    "--no-debug",
    "--dev-server",
    HTTPS_DEV_SERVER,
    "--dev-server-port",
    String(port),
  ]);
  writeState({ ...(readState() ?? {}), sideloaded: "desktop", port });
  const baseUrl = `https://localhost:${port}`;
  if (!(await portInUse(port))) {
    warn(
      "office-addin-debugging did not start the dev server; see its messages above. `npm start -- preview` runs the preview alone."
    );
    process.exit(1);
  }
  const ready = await waitForPreview(baseUrl, null, Date.now());
  say("");
  if (sideloaded)
    ok(
      "Excel is opening with the add-in: Data tab > Rare Earth Data opens the task pane; type =RE. in a cell."
    );
  else
    warn(
      "Sideloading into Excel failed (is Excel installed and signed in?). The workbook preview works without Excel."
    );
  if (ready.ok || ready.errors) say(`  Workbook preview: ${baseUrl}/preview/`);
  else warn(`The dev server is not answering on ${baseUrl}; see the messages above.`);
  say("  Stop it with: npm run stop");
  if (!sideloaded) process.exitCode = 1;
}

async function startWeb() {
  const document = option("document") ?? process.env.npm_package_config_document;
  if (!document) {
    say("Excel on the web needs a workbook to sideload into:");
    say("    npm run start:web -- --document <URL of a workbook in OneDrive or SharePoint>");
    say("or, with the dev server below running, open any workbook in Excel on the web and use");
    say(
      `Home > Add-ins > More Add-ins > Upload My Add-in > manifest.xml (Excel on the web needs https://localhost:${port} trusted).`
    );
    say("");
    return startPreview("no --document given");
  }
  say("Rare Earth Independence: sideloading into Excel on the web (office-addin-debugging)");
  if (!(await ensureDevCertificate())) refuseHttpSideload();
  const sideloaded = officeAddinDebugging([
    "start",
    manifest,
    "web",
    "--document",
    document,
    "--no-debug",
    "--dev-server",
    HTTPS_DEV_SERVER,
    "--dev-server-port",
    String(port),
  ]);
  writeState({ ...(readState() ?? {}), sideloaded: "web", port, document });
  say(
    sideloaded
      ? "\n  The workbook is opening in your browser with the add-in sideloaded."
      : "\n  ! Sideloading to the web failed; see above."
  );
  say("  Stop it with: npm run stop");
  if (!sideloaded) process.exitCode = 1;
}

async function main() {
  switch (command) {
    case "serve":
      return serve();
    case "preview":
      return startPreview();
    case "desktop":
      return startDesktop({ explicit: true });
    case "web":
      return startWeb();
    case "auto": {
      const excelPlatform = process.platform === "win32" || process.platform === "darwin";
      if (excelPlatform && !process.env.CI) return startDesktop({ explicit: false });
      return startPreview(process.env.CI ? "CI" : `no Excel on ${process.platform}`);
    }
    default:
      say(`Unknown command "${command}". Use: desktop, web, preview or serve.`);
      process.exit(2);
  }
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
