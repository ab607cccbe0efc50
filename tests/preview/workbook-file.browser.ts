/**
 * The preview as a workbook one can keep (issue 12), in headless Debian Chromium at a 1366 px laptop's size: open
 * examples/independence-model.xlsx (file picker and drag-and-drop) and see its cached and recomputed values, read an
 * error's message in the status bar from the keyboard, edit, save and read the saved file back with exceljs
 * (formulas, cached values, add-in names, a dynamic array), reload and find the work still there. Screenshots go
 * to test-artifacts/.
 */
import ExcelJS from "exceljs";
import fs from "fs";
import JSZip from "jszip";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { assertChromium, launchChromium } from "../_support/chromium";
import { EXAMPLE_PATH } from "../../scripts/build-example";
import { buildPreview, ROOT, servePreview } from "./serve-preview";

const ARTIFACTS = path.join(ROOT, "test-artifacts");
const MODEL = "Independence model";

jest.setTimeout(240_000);

let browser: Browser;
let page: Page;
let preview: { url: string; close(): Promise<void> };
const pageErrors: string[] = [];

const cell = (address: string) => page.locator(`[data-cell="${address}"]`);
const cellText = async (address: string) => (await cell(address).textContent()) ?? "";
const statusText = async () => (await page.getByTestId("status-bar").textContent()) ?? "";

async function waitForCell(address: string, expected: string | RegExp): Promise<void> {
  const source = expected instanceof RegExp ? expected.source : null;
  try {
    await page.waitForFunction(
      ([a, e, re]) => {
        const text = document.querySelector(`[data-cell="${a}"]`)?.textContent ?? "";
        return re ? new RegExp(re).test(text) : text === e;
      },
      [address, String(expected), source] as const,
      { timeout: 15_000 }
    );
  } catch {
    throw new Error(`${address} shows "${await cellText(address)}", expected ${String(expected)}`);
  }
}

async function waitForStatus(pattern: RegExp): Promise<void> {
  try {
    await page.waitForFunction(
      (re) =>
        new RegExp(re).test(
          document.querySelector('[data-testid="status-bar"]')?.textContent ?? ""
        ),
      pattern.source,
      { timeout: 20_000 }
    );
  } catch {
    throw new Error(`The status bar says "${await statusText()}", expected ${pattern}`);
  }
}

/** Goes to a cell from the keyboard, as a keyboard user does: the name box, then Enter. */
async function goTo(address: string): Promise<void> {
  await page.getByTestId("name-box").fill(address);
  await page.getByTestId("name-box").press("Enter");
}

async function typeIntoCell(address: string, text: string): Promise<void> {
  await goTo(address);
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

async function screenshot(name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, name) });
  expect(fs.statSync(path.join(ARTIFACTS, name)).size).toBeGreaterThan(10_000);
}

beforeAll(async () => {
  assertChromium();
  await buildPreview();
  preview = await servePreview();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(preview.url);
  await waitForCell("A1", MODEL);
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

describe("the preview as a workbook one can keep", () => {
  test("at 1366 px the chart and its whole legend are visible beside the grid (the pane starts collapsed)", async () => {
    await expect(page.getByTestId("pane-toggle").getAttribute("aria-expanded")).resolves.toBe(
      "false"
    );
    await goTo("H35");
    await page.getByTestId("chart").scrollIntoViewIfNeeded();
    const chart = await page.getByTestId("chart").boundingBox();
    const grid = await page.getByTestId("grid").boundingBox();
    expect(chart && grid).toBeTruthy();
    // The whole chart fits inside the grid's viewport, right and bottom edges included.
    expect(chart!.x + chart!.width).toBeLessThanOrEqual(grid!.x + grid!.width);
    expect(chart!.y + chart!.height).toBeLessThanOrEqual(grid!.y + grid!.height);
    const legend = await page.locator('[data-testid="chart"] svg text').allTextContents();
    for (const stage of ["mining", "separation", "metal", "magnet", "recycling"])
      expect(legend).toContain(stage);
    // Every legend entry lies inside the chart (none cut off at its right edge).
    for (const stage of ["mining", "recycling"]) {
      const box = await page
        .locator('[data-testid="chart"] svg text', { hasText: new RegExp(`^${stage}$`) })
        .boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(chart!.x + chart!.width);
    }
    // Numbers show under the templates' number formats, not as 3521.230656.
    await waitForCell("D25", /^\d{1,3}(,\d{3})*$/);
    await waitForCell("H25", /^\d+%$/);
    await screenshot("preview-1366.png");
    // The pane opens again with its toggle.
    await page.getByTestId("pane-toggle").click();
    await expect(page.getByTestId("taskpane-host").isVisible()).resolves.toBe(true);
    await page.getByTestId("pane-toggle").click();
    await expect(page.getByTestId("taskpane-host").isVisible()).resolves.toBe(false);
  });

  test("opens examples/independence-model.xlsx: its sheets, cached values equal to the recomputed ones", async () => {
    await page.getByTestId("preview-open").setInputFiles(EXAMPLE_PATH);
    await waitForStatus(
      /^Opened independence-model\.xlsx: 2 sheets; \d+ of the file's cached values match/
    );
    const status = await statusText();
    expect(status).not.toMatch(/differ/);
    expect(Number(/; (\d+) of the file's/.exec(status)![1])).toBeGreaterThan(200);
    await expect(page.locator('[data-testid="sheet-tab"]').allTextContents()).resolves.toEqual([
      MODEL,
      "Six gaps scorecard",
    ]);
    await expect(page.getByTestId("doc-title").textContent()).resolves.toBe(
      "independence-model.xlsx"
    );
    // Formulas come back as typed, RE.* names restored; numbers keep the file's formats.
    await goTo("D25");
    await expect(page.getByTestId("formula-bar").inputValue()).resolves.toBe(
      "=RE.CAPACITY($B$5,A25,$B$12,$B$9,$A$17:$F$22,$B$13,$B$14,$B$10)"
    );
    await waitForCell("D25", /^\d{1,3}(,\d{3})*$/);
    // The file's native chart is drawn again.
    await expect(page.getByTestId("chart").count()).resolves.toBe(1);
    await page.locator('[data-testid="sheet-tab"][data-sheet="Six gaps scorecard"]').click();
    await waitForCell("A4", "Gap");
    await waitForCell("A5", /^[A-Z].+/);
    await page.locator(`[data-testid="sheet-tab"][data-sheet="${MODEL}"]`).click();
  });

  test("an error cell selected from the keyboard shows its message in the status bar", async () => {
    await goTo("E28");
    await waitForCell("E28", "#N/A");
    await waitForStatus(/^#N\/A: .{20,}/);
    await screenshot("preview-error-status.png");
    await goTo("A26");
    await waitForStatus(/^Ready$/);
  });

  test("edit, save, and the saved file read back with exceljs holds formulas, cached values and add-in names", async () => {
    const before = await cellText("B26");
    await typeIntoCell("B7", "6000000");
    await waitForCell("B7", "6000000");
    await page.waitForFunction(
      (old) => document.querySelector('[data-cell="B26"]')?.textContent !== old,
      before
    );
    await typeIntoCell("K1", "=RE.GAPS()");
    await waitForCell("K1", "Gap");
    const shownB26 = await cellText("B26");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("preview-save").click(),
    ]);
    expect(download.suggestedFilename()).toBe("independence-model.xlsx");
    const saved = path.join(ARTIFACTS, "preview-saved.xlsx");
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await download.saveAs(saved);
    await waitForStatus(/^Saved independence-model\.xlsx/);

    const bytes = fs.readFileSync(saved);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([MODEL, "Six gaps scorecard"]);
    const sheet = book.getWorksheet(MODEL)!;
    expect(sheet.getCell("B7").value).toBe(6000000);
    const b26 = sheet.getCell("B26").model as { formula?: string; result?: unknown };
    expect(b26.formula).toMatch(/^_xldudf_RE_CONVERT\(_xldudf_RE_DEMAND\(/);
    expect(Number(b26.result).toLocaleString("en-US", { maximumFractionDigits: 0 })).toBe(shownB26);
    // exceljs cells, read as one expression each: office-addins' lint rules take getCell() for Excel's.
    const d25 = sheet.getCell("D25").model as { formula?: string; result?: unknown };
    expect(d25.formula).toBe(
      "_xldudf_RE_CAPACITY($B$5,A25,$B$12,$B$9,$A$17:$F$22,$B$13,$B$14,$B$10)"
    );
    expect(typeof d25.result).toBe("number");
    expect(sheet.getCell("D25").numFmt).toBe("#,##0");
    // The spilled RE.GAPS() is a dynamic array with its values cached, as Excel 365 writes one.
    const k1 = sheet.getCell("K1").model as { formula?: string; shareType?: string; ref?: string };
    expect(k1).toMatchObject({ formula: "_xldudf_RE_GAPS()", shareType: "array" });
    expect(k1.ref).toMatch(/^K1:N7$/);
    expect(sheet.getCell("K2").value).toEqual(expect.any(String));
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file("xl/metadata.xml")!.async("string")).toContain('fDynamic="1"');
    expect(await zip.file("xl/workbook.xml")!.async("string")).toContain(
      '<calcPr calcId="191029"/>'
    );
    expect(sheet.pageSetup).toMatchObject({
      fitToPage: true,
      fitToWidth: 1,
      orientation: "landscape",
    });
  });

  test("the grid grows as Excel's does: past its last row and column when scrolled, and to any address", async () => {
    const rows = () => page.locator("table.sheet tbody tr").count();
    const cols = () => page.locator("table.sheet thead th.col-header").count();
    const [rowsBefore, colsBefore] = [await rows(), await cols()];
    await page.getByTestId("grid").evaluate((grid) => (grid.scrollTop = grid.scrollHeight));
    await page.waitForFunction(
      (n) => document.querySelectorAll("table.sheet tbody tr").length > n,
      rowsBefore
    );
    await page.getByTestId("grid").evaluate((grid) => (grid.scrollLeft = grid.scrollWidth));
    await page.waitForFunction(
      (n) => document.querySelectorAll("table.sheet thead th.col-header").length > n,
      colsBefore
    );
    await goTo("AB500");
    await expect(cell("AB500").count()).resolves.toBe(1);
    await typeIntoCell("AB500", "8%");
    await waitForCell("AB500", "8%");
    expect(await rows()).toBeGreaterThan(500);
    await goTo("A1");
  });

  test("a reload finds the work still there", async () => {
    await page.reload();
    await waitForCell("A1", MODEL);
    await waitForStatus(/^Reopened independence-model\.xlsx/);
    await waitForCell("B7", "6000000");
    await waitForCell("K1", "Gap");
    await goTo("AB500");
    await waitForCell("AB500", "8%");
    await goTo("E28");
    await waitForStatus(/^#N\/A: /);
    await screenshot("preview-reloaded.png");
    await page.locator('[data-testid="sheet-tab"][data-sheet="Six gaps scorecard"]').click();
    await waitForCell("A5", /^[A-Z].+/);
    await screenshot("preview-scorecard.png");
    await page.locator(`[data-testid="sheet-tab"][data-sheet="${MODEL}"]`).click();
  });

  test("a workbook dropped on the page opens too", async () => {
    const base64 = fs.readFileSync(EXAMPLE_PATH).toString("base64");
    await page.evaluate((data) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], "dropped.xlsx"));
      const target = document.querySelector('[data-testid="grid"]')!;
      target.dispatchEvent(
        new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true })
      );
      target.dispatchEvent(
        new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true })
      );
    }, base64);
    await waitForStatus(/^Opened dropped\.xlsx: 2 sheets/);
    await waitForCell("B7", "5000000");
    expect(pageErrors).toEqual([]);
  });
});
