/**
 * What `ADDIN_URL=https://addins.example.org/re npm run build` must produce, built here into a directory of its
 * own: the manifest and functions.json for that origin (no localhost, schema-valid, no preview feature), pages
 * that load Microsoft's CDN office.js, no office.js copy, and functions that register and answer in the built
 * page, with Microsoft's custom-functions runtime standing in for Excel's (offline: see excel-bridge.ts).
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import type { Browser, Page } from "playwright-core";
import embedded from "../../src/data/dataset.json";
import { datasetFingerprint } from "../../src/data/fingerprint";
import { functionsMetadata } from "../../src/functions/metadata";
import { SPECS } from "../../src/functions/specs";
import { launchChromium } from "../_support/chromium";
import {
  excelErrorArgument,
  functionsAssociated,
  invoke,
  standInForExcelRuntime,
} from "../_support/excel-bridge";
import { serveDirectory, type StaticSite } from "../_support/static-server";
import { pageScripts } from "../../scripts/bench/page-size";
import { MINE_T_REO, LEAD_TIME_ANY_YEARS } from "../_support/expected";

const ROOT = resolve(__dirname, "../..");
const ADDIN_URL = "https://addins.example.org/re";
const SCHEMA = resolve(ROOT, "../shared/schemas/manifest/OfficeAppManifestV1_1.xsd");
const dist = mkdtempSync(join(tmpdir(), "re-dist-"));
const read = (file: string) => readFileSync(join(dist, file), "utf8");

/**
 * The one cell of a 1×1 matrix: RE.SHARE and RE.LEADTIME answer over ranges (acceptsRange), so Excel
 * gets a matrix, one value as 1×1.
 */
function onlyCell(value: unknown): unknown {
  expect(Array.isArray(value) && value.length === 1 && (value[0] as unknown[]).length === 1).toBe(
    true
  );
  return (value as unknown[][])[0][0];
}

function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory()
      ? filesUnder(join(dir, name), `${prefix}${name}/`)
      : [`${prefix}${name}`]
  );
}

beforeAll(() => {
  execFileSync(
    process.execPath,
    [
      require.resolve("webpack/bin/webpack", { paths: [ROOT] }),
      "--mode",
      "production",
      "--output-path",
      dist,
    ],
    { cwd: ROOT, env: { ...process.env, ADDIN_URL, ADDIN_SUPPORT_SYNC: "" }, stdio: "pipe" }
  );
}, 300_000);

afterAll(() => rmSync(dist, { recursive: true, force: true }));

test("dist holds the manifest, the pane, the functions, the dataset and the icons, and no office.js", () => {
  const files = filesUnder(dist);
  for (const file of [
    "manifest.xml",
    "taskpane.html",
    "taskpane.js",
    "functions.js",
    "functions.json",
    "data/dataset.json",
    "data/dataset.schema.json",
    "docs/functions.html",
    ...[16, 32, 64, 80, 128].map((size) => `assets/icon-${size}.png`),
  ]) {
    expect(files.includes(file) ? file : `missing ${file}`).toBe(file);
  }
  expect(files.filter((f) => /office(-js)?[./]/i.test(f))).toEqual([]);
});

test("the manifest is for ADDIN_URL only, schema-valid, with the shared runtime and the RE namespace", () => {
  const manifest = read("manifest.xml");
  expect(manifest).not.toMatch(/localhost/);
  const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThanOrEqual(10);
  for (const url of urls) expect(url.startsWith(`${ADDIN_URL}/`)).toBe(true);
  expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1\.1"\/>/);
  expect(manifest).toMatch(/<Runtime resid="Taskpane\.Url" lifetime="long"\/>/);
  expect(manifest).toMatch(/<bt:String id="Functions\.Namespace" DefaultValue="RE"\/>/);
  const check = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, join(dist, "manifest.xml")], {
    encoding: "utf8",
  });
  expect(check.stderr.trim()).toMatch(/validates$/);
  expect(check.status).toBe(0);
});

test("functions.json is the specs' metadata for ADDIN_URL: every id kept, no supportSync, no localhost", () => {
  const text = read("functions.json");
  expect(JSON.parse(text)).toEqual(functionsMetadata(SPECS, { addinUrl: ADDIN_URL }));
  expect(text).not.toMatch(/localhost|supportSync/);
  const metadata = JSON.parse(text) as { functions: { id: string; helpUrl: string }[] };
  expect(metadata.functions).toHaveLength(22); // RE.HISTORY, RE.STARTYEAR, RE.STOCKCOVER, RE.INDICATOR, RE.INDEPENDENCEPROB added (issue 10)
  for (const f of metadata.functions)
    expect(f.helpUrl).toBe(`${ADDIN_URL}/docs/functions.html#${f.id.toLowerCase()}`);
});

test("the pane loads Microsoft's CDN office.js, which its Content-Security-Policy allows", () => {
  const html = read("taskpane.html");
  // The minifier drops attribute quotes.
  expect(html).toMatch(
    /<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/
  );
  expect(html).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
  expect(html).not.toMatch(/office-js\//);
});

test("the functions' help texts ship in the catalogue's chunk, not in the scripts the page starts with", () => {
  const atStart = pageScripts(dist)
    .scripts.map((s) => read(s.src))
    .join("\n");
  const catalog = read("catalog.js");
  // each text up to its first quote or backslash, which a JavaScript literal and JSON escape differently
  const texts = SPECS.flatMap((s) => [
    s.description,
    s.result,
    s.sources,
    ...s.params.map((p) => p.description),
  ])
    .map((text) => text.split(/["'`\\]/)[0])
    .filter((text) => text.length >= 24);
  expect(texts.length).toBeGreaterThan(60);
  for (const text of texts) {
    expect(atStart).not.toContain(text);
    expect(catalog).toContain(text);
  }
});

test("the served dataset is the embedded one", () => {
  expect(read("data/dataset.json")).toBe(readFileSync(join(ROOT, "src/data/dataset.json"), "utf8"));
});

describe("in the built page, with Microsoft's custom-functions runtime standing in for Excel's", () => {
  let site: StaticSite;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  /** The built page with the runtime stand-in, and optionally a workbook gateway reporting a date system. */
  async function openBuiltPage(dateSystem?: 1900 | 1904): Promise<Page> {
    const context = await browser.newContext();
    await standInForExcelRuntime(context);
    const opened = await context.newPage();
    opened.on("pageerror", (e) => errors.push(e.message));
    if (dateSystem)
      await opened.addInitScript((system) => {
        const w = window as unknown as Record<string, unknown>;
        w.__recalculated = 0;
        w.__reGateway = {
          kind: "excel",
          readPin: async () => null,
          setPin: async () => undefined,
          writeTable: async () => ({ address: "A1", updated: false }),
          insertTemplate: async () => ({ sheet: "x" }),
          insertFormula: async () => ({ address: "A1" }),
          recalculate: async () => {
            (w.__recalculated as number)++;
          },
          dateSystem: async () => system,
        };
      }, dateSystem);
    await opened.goto(`${site.origin}/taskpane.html`);
    await functionsAssociated(opened);
    return opened;
  }

  beforeAll(async () => {
    site = await serveDirectory(dist, { mount: "/", index: "taskpane.html" });
    browser = await launchChromium();
    page = await openBuiltPage();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  test("every id in functions.json is associated, and nothing else", async () => {
    const associated = await page.evaluate(() =>
      Object.keys(
        (window as unknown as { CustomFunctions: { _association: { m_mappings: object } } })
          .CustomFunctions._association.m_mappings
      ).sort()
    );
    const declared = (
      JSON.parse(read("functions.json")) as { functions: { id: string }[] }
    ).functions
      .map((f) => f.id)
      .sort();
    expect(associated).toEqual(declared);
  });

  test("the functions answer as Excel calls them", async () => {
    const [share, leadtime, table, missing] = await invoke(page, [
      ["SHARE", ["China", "mining", 2024, null]],
      ["LEADTIME", ["separation", null, null]],
      ["TABLE", ["stages", "id"]],
      ["SHARE", ["Vietnam", "separation", 2024, null]],
    ]);
    // USGS MCS 2026: China 270,000 of a world 380,000 t REO in 2024
    expect(share[1]).toBe(true);
    expect(onlyCell(share[2]) as number).toBeCloseTo(
      MINE_T_REO.mcs2026[2024].CN / MINE_T_REO.mcs2026[2024].WORLD,
      12
    );
    // leadTimes separation/any, base case
    expect(onlyCell(leadtime[2])).toBe(LEAD_TIME_ANY_YEARS.separation.base);
    expect((table[2] as unknown[][])[0]).toEqual(["id"]);
    expect(onlyCell(missing[2])).toMatchObject({ valueType: "CustomFunctionError", code: "#N/A" });
    expect(errors).toEqual([]);
  });

  test('RE.DATASET("hash") is the embedded dataset\'s SHA-256 fingerprint, which the build computed: the page carries no SHA-256 at start', async () => {
    const [hash] = await invoke(page, [["DATASET", ["hash"]]]);
    expect(hash[2]).toBe(datasetFingerprint(embedded));
    // the first of SHA-256's round constants, as the minifier writes it
    const atStart = pageScripts(dist).scripts.map((s) => read(s.src));
    for (const script of atStart) expect(script).not.toContain(String(0x428a2f98));
    expect(errors).toEqual([]);
  });

  test("an error argument comes back as that error, in Excel's shape", async () => {
    const [passed, inRange] = await invoke(page, [
      ["SHARE", ["China", excelErrorArgument("#DIV/0!"), 2024, null]],
      ["GAPSCORE", [[[1], [2], [excelErrorArgument("#N/A")], [3], [4], [5]], null, null]],
    ]);
    expect(onlyCell(passed[2])).toMatchObject({
      valueType: "CustomFunctionError",
      code: "#DIV/0!",
    });
    expect(inRange[2]).toMatchObject({ valueType: "CustomFunctionError", code: "#N/A" });
  });

  test("in a 1904 workbook the pane hands the date system to the functions (one module on the page)", async () => {
    const mac = await openBuiltPage(1904);
    await mac.waitForFunction(
      () => (window as unknown as { __recalculated: number }).__recalculated > 0
    );
    // 1 July 2025: serial 44377 in the 1904 system, 45839 in the 1900 system
    const [serial1904, text] = await invoke(mac, [
      ["EXPORTCONTROL", ["Dy", 44377]],
      ["EXPORTCONTROL", ["Dy", "2025-07-01"]],
    ]);
    const [serial1900] = await invoke(page, [["EXPORTCONTROL", ["Dy", 45839]]]);
    expect(typeof text[2]).toBe("string");
    expect(serial1904[2]).toBe(text[2]);
    expect(serial1900[2]).toBe(text[2]);
    expect(errors).toEqual([]);
  });

  test("functions.js alone (as a runtime that loads only the script would) registers and answers", async () => {
    const context = await browser.newContext();
    await standInForExcelRuntime(context);
    await context.route(`${site.origin}/functions-only.html`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: '<!doctype html><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script src="functions.js"></script>',
      })
    );
    const alone = await context.newPage();
    alone.on("pageerror", (e) => errors.push(e.message));
    await alone.goto(`${site.origin}/functions-only.html`);
    const [share] = await invoke(alone, [["SHARE", ["China", "mining", 2024, null]]]);
    // USGS MCS 2026: China 270,000 of a world 380,000 t REO in 2024
    expect(onlyCell(share[2]) as number).toBeCloseTo(
      MINE_T_REO.mcs2026[2024].CN / MINE_T_REO.mcs2026[2024].WORLD,
      12
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
