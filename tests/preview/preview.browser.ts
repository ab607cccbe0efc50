/**
 * The workbook preview in headless Debian Chromium: the grid evaluates =RE.* and native formulas with the functions'
 * own runner, the real task pane pulls a changed dataset from a local server through the preview's WorkbookGateway
 * and the grid follows, and errors look as Excel shows them. The screenshot is kept in test-artifacts/preview.png.
 * Named *.browser.ts like tests/browser: the unit run (jest.config.js) leaves it out; `npm run test:preview` runs it.
 */
import fs from "fs";
import os from "os";
import path from "path";
import type { Browser, Page } from "playwright-core";
import webpack from "webpack";
import { assertChromium, launchChromium } from "../_support/chromium";
import { json, startDataServer, type DataServer } from "../_support/data-server";
import { buildPreview, ROOT, servePreview } from "./serve-preview";

const ARTIFACTS = path.join(ROOT, "test-artifacts");

jest.setTimeout(240_000);

interface DatasetJson {
  meta: { version: string };
  leadTimes: { stage: string; scope: string; base: number | null; high: number | null }[];
}

const embedded = JSON.parse(
  fs.readFileSync(path.join(ROOT, "src/data/dataset.json"), "utf8")
) as DatasetJson;
const separationAny = (d: DatasetJson) =>
  d.leadTimes.find((t) => t.stage === "separation" && t.scope === "any")!;

/** The embedded dataset with a newer minor version and a longer separation lead time (still within its range). */
function changedDataset(): { dataset: DatasetJson; version: string; base: number } {
  const dataset = JSON.parse(JSON.stringify(embedded)) as DatasetJson;
  const [major, minor] = dataset.meta.version.split(".").map(Number);
  dataset.meta.version = `${major}.${minor + 1}.0`;
  const row = separationAny(dataset);
  row.base = (row.base ?? 0) + 1;
  if (row.high !== null && row.high < row.base) row.high = row.base;
  return { dataset, version: dataset.meta.version, base: row.base };
}

let browser: Browser;
let page: Page;
let preview: { url: string; close(): Promise<void> };
let dataServer: DataServer;
const changed = changedDataset();
const pageErrors: string[] = [];

const cell = (address: string) => page.locator(`[data-cell="${address}"]`);

async function cellText(address: string): Promise<string> {
  return (await cell(address).textContent()) ?? "";
}

async function waitForCell(address: string, expected: string, timeout = 15_000): Promise<void> {
  try {
    await page.waitForFunction(
      ([a, e]) => document.querySelector(`[data-cell="${a}"]`)?.textContent === e,
      [address, expected] as const,
      { timeout }
    );
  } catch {
    throw new Error(`${address} shows "${await cellText(address)}", expected "${expected}"`);
  }
}

/** Selects a cell, types into the formula bar and presses Enter, as a user does. */
async function enterViaFormulaBar(address: string, text: string): Promise<void> {
  await cell(address).click();
  const bar = page.getByTestId("formula-bar");
  await bar.click();
  await bar.fill(text);
  await bar.press("Enter");
}

/** Selects a cell and types straight into it (Excel's "type to replace"), then Enter. */
async function typeIntoCell(address: string, text: string): Promise<void> {
  await cell(address).click();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

beforeAll(async () => {
  assertChromium();
  await buildPreview();
  preview = await servePreview();
  dataServer = await startDataServer({ "/dataset.json": json(changed.dataset) });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1500, height: 860 } });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(preview.url);
  await page.getByTestId("grid").waitFor();
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
  await dataServer?.close();
});

describe("workbook preview", () => {
  test("opens with the example independence model, evaluated", async () => {
    await waitForCell("A1", "Independence model");
    await expect(page.locator('[data-testid="sheet-tab"].active').textContent()).resolves.toBe(
      "Independence model"
    );
    await expect(page.locator('[data-testid="sheet-tab"]').allTextContents()).resolves.toEqual([
      "Independence model",
      "Six gaps scorecard",
    ]);
    // The stage summary's separation lead time (F26 = RE.LEADTIME(A26,"any",$B$10)) from the embedded dataset.
    await waitForCell("A26", "separation");
    await waitForCell("F26", String(separationAny(embedded).base));
    await expect(page.getByTestId("dataset-version").textContent()).resolves.toBe(
      embedded.meta.version
    );
  });

  test("a scenario typed into the model's inputs drives its formulas: the whole chain independent in 2029", async () => {
    // Today's values first: the chain is not independent by the horizon (metal has no figure).
    await waitForCell("D33", "#N/A");
    await waitForCell("D28", "4,000");
    const scenario: [string, string][] = [
      ["B5", "US+Japan+Korea"],
      ["B7", "1500000"],
      ["B13", "2"],
      ["B14", "0.8"],
      ["A18", "Texas metal line"],
      ["B18", "US"],
      ["D18", "5000"],
      ["E18", "2027"],
    ];
    for (const [address, text] of scenario) await typeIntoCell(address, text);
    // The stage is picked from the cell's drop-down (data validation), as in Excel.
    await cell("C18").click();
    await page.getByTestId("validation-button").click();
    await expect(
      page.getByTestId("validation-list").getByRole("option").allTextContents()
    ).resolves.toEqual(["mining", "separation", "metal", "magnet", "recycling"]);
    await page.getByTestId("validation-list").getByRole("option", { name: "metal" }).click();
    await waitForCell("C18", "metal");
    // Worked out by hand in tests/templates/independence-model.test.ts.
    await waitForCell("D28", "3,200");
    await waitForCell("D26", "2,819");
    await waitForCell("E27", "2029");
    await waitForCell("D33", "2029");
    await expect(cellText("I33")).resolves.toMatch(/^Binding stage by year: 2026 metal & alloy/);
    // The picture of the closing note: inputs, summary and the chain's row at once, the chain's year selected.
    await page.setViewportSize({ width: 1700, height: 1300 });
    // The lead-time case's drop-down open on the picture; a cell with no list has none.
    await cell("D33").click();
    await expect(page.getByTestId("validation-button").count()).resolves.toBe(0);
    await cell("B10").click();
    await page.getByTestId("validation-button").click();
    await page.getByTestId("grid").evaluate((grid) => {
      for (let e: Element | null = grid; e; e = e.parentElement) e.scrollTop = 0;
    });
    await page.getByTestId("taskpane-host").evaluate((host) => (host.scrollTop = 0));
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const shot = path.join(ARTIFACTS, "template-scenario.png");
    await page.screenshot({ path: shot });
    await page.getByTestId("validation-list").getByRole("option", { name: "base" }).click();
    await waitForCell("B10", "base");
    await page.setViewportSize({ width: 1500, height: 860 });
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
    // Back to the defaults, the own-projects row emptied: today's values again.
    const defaults: [string, string][] = [
      ["B5", "allied"],
      ["B7", "5000000"],
      ["B13", "0"],
      ["B14", "1"],
      ...["A18", "B18", "C18", "D18", "E18"].map((a): [string, string] => [a, ""]),
    ];
    for (const [address, text] of defaults) await enterViaFormulaBar(address, text);
    await waitForCell("D28", "4,000");
    await waitForCell("D33", "#N/A");
  });

  test("the chain input shows whole; the chart sits in the print area's last columns, beside the demand block", async () => {
    await waitForCell("A33", "mining>separation>metal>magnet");
    // Text wider than its cell (a neighbour holds a value, so it cannot run on) is cut off at the cell's edge.
    await expect(cell("A33").evaluate((td) => td.scrollWidth <= td.clientWidth)).resolves.toBe(
      true
    );
    const chart = (await page.getByTestId("chart").boundingBox())!;
    const anchor = (await cell("H35").boundingBox())!;
    const lastColumn = (await cell("I35").boundingBox())!;
    const afterDemand = (await cell("H48").boundingBox())!;
    expect([chart.x, chart.y]).toEqual([anchor.x, anchor.y]);
    // Column I is the print area's last; row 48 is the first below the demand block's last year.
    expect(chart.x + chart.width).toBeLessThanOrEqual(lastColumn.x + lastColumn.width + 1);
    expect(chart.y + chart.height).toBeLessThanOrEqual(afterDemand.y + 1);
  });

  test('=RE.LEADTIME("separation") typed in the formula bar shows the lead time', async () => {
    await enterViaFormulaBar("D3", '=RE.LEADTIME("separation")');
    await waitForCell("D3", String(separationAny(embedded).base));
    // Enter moved the selection down, as in Excel; coming back shows the formula in the bar.
    await cell("D3").click();
    await expect(page.getByTestId("formula-bar").inputValue()).resolves.toBe(
      '=RE.LEADTIME("separation")'
    );
  });

  test("a changed dataset pulled through the task pane changes that cell", async () => {
    const url = page.getByTestId("dataset-source-url");
    await url.fill(dataServer.url("/dataset.json"));
    await page.getByTestId("dataset-refresh").click();
    await page.waitForFunction(
      (version) =>
        (document.querySelector('[data-testid="dataset-status"]')?.textContent ?? "").includes(
          version
        ),
      changed.version,
      { timeout: 20_000 }
    );
    expect(dataServer.requests).toContain("/dataset.json");
    await waitForCell("D3", String(changed.base));
    // The model's own formulas follow the same dataset: the summary's lead time and the online year after it.
    await waitForCell("F26", String(changed.base));
    await expect(page.getByTestId("dataset-version").textContent()).resolves.toBe(changed.version);
    // The recalculation keeps spilled arrays whole: the scorecard's RE.GAPS() table and the score that reads it.
    await page.locator('[data-testid="sheet-tab"][data-sheet="Six gaps scorecard"]').click();
    await waitForCell("A4", "Gap");
    await expect(cellText("A10")).resolves.not.toMatch(/^(#|$)/);
    await expect(cellText("B13")).resolves.toMatch(/^\d/);
    await page.locator('[data-testid="sheet-tab"][data-sheet="Independence model"]').click();
    await waitForCell("D3", String(changed.base));
  });

  test("a bad RE.* argument shows Excel's #VALUE! with the message as the cell's tooltip", async () => {
    await typeIntoCell("E3", '=RE.LEADTIME("warp")');
    await waitForCell("E3", "#VALUE!");
    await expect(cell("E3").getAttribute("title")).resolves.toMatch(/warp/);
  });

  test("native formulas, spills and Excel's other errors", async () => {
    await page.getByTestId("add-sheet").click();
    await waitForCell("A1", "");
    await expect(page.locator('[data-testid="sheet-tab"].active').textContent()).resolves.toBe(
      "Sheet1"
    );
    await enterViaFormulaBar("A1", "=SUM(1,2,3)");
    await waitForCell("A1", "6");
    await enterViaFormulaBar("B1", "=SEQUENCE(3,2)");
    await waitForCell("B1", "1");
    await waitForCell("C3", "6");
    await typeIntoCell("E1", "=1/0");
    await waitForCell("E1", "#DIV/0!");
    await typeIntoCell("E2", "=NOSUCHFUNCTION(1)");
    await waitForCell("E2", "#NAME?");
    await typeIntoCell("E3", "=NA()");
    await waitForCell("E3", "#N/A");
    await typeIntoCell("E4", "=SQRT(-1)");
    await waitForCell("E4", "#NUM!");
    await typeIntoCell("E5", '=RE.SHARE("China","mining",1800)');
    await expect(cellText("E5")).resolves.toMatch(/^#(N\/A|VALUE!|NUM!)$/);
    // A spill into an occupied cell is Excel's #SPILL!.
    await typeIntoCell("C6", "x");
    await typeIntoCell("B5", "=SEQUENCE(2,2)");
    await waitForCell("B5", "#SPILL!");
    // RE.GAPS() spills the six gaps under its header, as in Excel 365.
    await typeIntoCell("G1", "=RE.GAPS()");
    await waitForCell("G1", "Gap");
    await expect(cellText("G7")).resolves.not.toBe("");
    // Excel refuses a formula it cannot parse; so does the preview, and the cell keeps its value.
    await enterViaFormulaBar("A1", "=SUM(");
    await expect(page.getByTestId("formula-error").isVisible()).resolves.toBe(true);
    await page.getByTestId("formula-bar").press("Escape");
    await waitForCell("A1", "6");
  });

  test("the task pane inserts a dataset table through the preview gateway", async () => {
    await page.locator('[data-testid="table-list"] input[value="leadTimes"]').check();
    await page.getByTestId("insert-table").click();
    await page.waitForFunction(
      () =>
        /inserted|updated|wrote/i.test(
          document.querySelector('[data-testid="insert-status"]')?.textContent ?? ""
        ),
      null,
      {
        timeout: 15_000,
      }
    );
    const tabs = await page.locator('[data-testid="sheet-tab"]').allTextContents();
    expect(tabs.length).toBeGreaterThan(3);
    const active = await page.locator('[data-testid="sheet-tab"].active').textContent();
    expect(tabs).toContain(active);
    await expect(cellText("A1")).resolves.not.toBe("");
  });

  test("the task pane re-inserts the model template in place, keeping the analyst's inputs", async () => {
    await page.locator('[data-testid="sheet-tab"][data-sheet="Independence model"]').click();
    const before = await cellText("B37");
    await typeIntoCell("B8", "0.1");
    await waitForCell("B8", "0.1");
    await page.waitForFunction(
      (old) => document.querySelector('[data-cell="B38"]')?.textContent !== old,
      before
    );
    const grown = await cellText("B38");
    await page.locator('[data-testid="template-list"] input[value="independence-model"]').check();
    await page.getByTestId("insert-template").click();
    await page.waitForFunction(
      () =>
        /Inserted the .* template/.test(
          document.querySelector('[data-testid="insert-status"]')?.textContent ?? ""
        ),
      null,
      { timeout: 15_000 }
    );
    await waitForCell("B8", "0.1");
    await waitForCell("B38", grown);
    // The cells the template does not own are cleared, as Excel clears the sheet.
    await waitForCell("D3", "");
    await enterViaFormulaBar("D3", '=RE.LEADTIME("separation")');
    await waitForCell("D3", String(changed.base));
    await typeIntoCell("E3", '=RE.LEADTIME("warp")');
    await waitForCell("E3", "#VALUE!");
  });

  test("screenshot: the independence model after the pull", async () => {
    await page.locator('[data-testid="sheet-tab"][data-sheet="Independence model"]').click();
    await cell("D3").click();
    // The pane back at its top: the dataset card shows the pulled version.
    await page.getByTestId("taskpane-host").evaluate((host) => (host.scrollTop = 0));
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "preview.png") });
    expect(fs.statSync(path.join(ARTIFACTS, "preview.png")).size).toBeGreaterThan(10_000);
    expect(pageErrors).toEqual([]);
  });
});

describe("licence boundary", () => {
  test("HyperFormula and the preview never reach the add-in bundle (dist/)", async () => {
    const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (
      env: unknown,
      argv: { mode: string }
    ) => Promise<webpack.Configuration>;
    const config = await makeConfig({}, { mode: "production" });
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "re-dist-"));
    const stats = await new Promise<webpack.Stats>((done, fail) =>
      webpack(
        {
          ...config,
          context: ROOT,
          output: { ...config.output, path: out },
          optimization: { minimize: false },
          plugins: (config.plugins ?? []).filter((p) => p?.constructor?.name !== "CopyPlugin"),
        },
        (error, result) => (error || !result ? fail(error) : done(result))
      )
    );
    fs.rmSync(out, { recursive: true, force: true });
    expect(stats.hasErrors()).toBe(false);
    const modules = (stats.toJson({ modules: true }).modules ?? []).map(
      (m) => m.nameForCondition ?? m.name ?? ""
    );
    expect(modules.length).toBeGreaterThan(10);
    expect(modules.filter((m) => /hyperformula|[\\/]preview[\\/]/i.test(m))).toEqual([]);
  });
});
