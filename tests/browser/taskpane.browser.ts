/**
 * The built task pane (dist/) in headless Debian Chromium, outside Excel, with a dataset server on 127.0.0.1
 * that the test starts and stops: the good, newer and hostile datasets and every fault the refresh must name.
 */
import { existsSync, mkdirSync } from "fs";
import { resolve } from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import embedded from "../../src/data/dataset.json";
import { tableNames } from "../../src/data/schema";
import {
  NEEDS_EXCEL,
  OUTSIDE_EXCEL_NOTE,
  paneText,
  pinMessages,
  refreshNotes,
  resetMessages,
  staleMessages,
} from "../../src/taskpane/messages";
import { refreshMessages as say } from "../../src/taskpane/messages/pull";
import {
  insertMessages,
  pinActionMessages,
  updateMessages,
} from "../../src/taskpane/messages/actions";
import { tableEntry } from "../../src/data/tables";
import {
  hugeChunked,
  hugeDeclared,
  json,
  silentFor,
  startDataServer,
  status,
  text,
  type DataServer,
} from "../_support/data-server";
import { datasetVariants, fingerprintOf, XSS_PAYLOAD } from "../taskpane/fixtures";
import { assertChromium, launchChromium } from "../_support/chromium";
import { standInForOfficeCdn } from "../_support/office-cdn";
import { serveDirectory, type StaticSite } from "../_support/static-server";
import { pageScripts } from "../../scripts/bench/page-size";

const DIST = resolve(__dirname, "../../dist");
const ARTIFACTS = resolve(__dirname, "../../test-artifacts");
/** The pane's pull timeout in these tests (set through window.__rePaneOptions), so "slow" is quick to prove. */
const TIMEOUT_MS = 1500;
const MAX_BYTES = 4 * 1024 * 1024;

const v = datasetVariants();
let site: StaticSite;
let data: DataServer;
let browser: Browser;

beforeAll(async () => {
  assertChromium();
  if (!existsSync(resolve(DIST, "taskpane.html")))
    throw new Error("dist/ is not built: run npm run build");
  mkdirSync(ARTIFACTS, { recursive: true });
  site = await serveDirectory(DIST, { mount: "/", index: "taskpane.html" });
  data = await startDataServer({
    "/good.json": json(v.good),
    "/newer.json": json(v.newer),
    "/xss.json": json(v.xss),
    "/older.json": json(v.older),
    "/invalid.json": json(v.invalid),
    "/500.json": status(500),
    "/slow.json": silentFor(30_000, json(v.newer)),
    "/huge.json": hugeDeclared(MAX_BYTES + 1024),
    "/huge-chunked.json": hugeChunked(MAX_BYTES + 256 * 1024),
    "/not-json.json": text(
      "<!doctype html><title>Mirror maintenance</title><p>Back soon</p>",
      "text/html"
    ),
  });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await data?.close();
  await site?.close();
});

interface Opened {
  page: Page;
  /** Uncaught errors in the page. */
  errors: string[];
  /** The URLs of the scripts the page has requested, in order. */
  scripts: string[];
}

async function open(context: BrowserContext): Promise<Opened> {
  const page = await context.newPage();
  const errors: string[] = [];
  const scripts: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  await page.addInitScript(
    ({ timeoutMs }) => {
      (window as unknown as { __rePaneOptions: unknown }).__rePaneOptions = { timeoutMs };
      const w = window as unknown as { __csp: unknown[] };
      w.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        w.__csp.push({
          directive: e.violatedDirective,
          blocked: e.blockedURI,
          source: e.sourceFile,
        })
      );
    },
    { timeoutMs: TIMEOUT_MS }
  );
  await page.goto(`${site.origin}/taskpane.html`);
  await page.waitForSelector('[data-testid="dataset-version"]');
  return { page, errors, scripts };
}

/** Content-Security-Policy violations the page reported. */
async function violations(
  page: Page
): Promise<{ directive: string; blocked: string; source: string }[]> {
  return page.evaluate(
    () =>
      (window as unknown as { __csp: { directive: string; blocked: string; source: string }[] })
        .__csp
  );
}

const byTestId = (id: string) => `[data-testid="${id}"]`;

async function text$(page: Page, id: string): Promise<string> {
  return ((await page.textContent(byTestId(id))) ?? "").trim();
}

/** Types a URL, presses the refresh button and waits until that pull has finished. */
async function pull(page: Page, url: string): Promise<{ status: string; kind: string | null }> {
  const region = page.locator(byTestId("dataset-status"));
  const before = Number(await region.getAttribute("data-run"));
  await page.fill(byTestId("dataset-source-url"), url);
  await page.click(byTestId("dataset-refresh"));
  await page.waitForFunction(
    ([selector, n]) =>
      Number(document.querySelector(selector as string)?.getAttribute("data-run")) > (n as number),
    [byTestId("dataset-status"), before],
    { timeout: 30_000 }
  );
  return {
    status: ((await region.textContent()) ?? "").trim(),
    kind: await region.getAttribute("data-kind"),
  };
}

/** Clicks a workbook action and returns the text of its status region when it has finished. */
async function act(page: Page, button: string, statusId: string): Promise<string> {
  const region = page.locator(byTestId(statusId));
  const before = Number((await region.getAttribute("data-run")) ?? 0);
  await page.click(button);
  await page.waitForFunction(
    ([selector, n]) =>
      Number(document.querySelector(selector as string)?.getAttribute("data-run") ?? 0) >
      (n as number),
    [byTestId(statusId), before]
  );
  return ((await region.textContent()) ?? "").trim();
}

describe("outside Excel, pulling datasets from a local mirror", () => {
  let context: BrowserContext;
  let opened: Opened;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 360, height: 900 } });
    await standInForOfficeCdn(context);
    opened = await open(context);
  });

  afterAll(() => context.close());

  test("the pane loads without Excel, shows the embedded dataset and says writing needs Excel", async () => {
    const { page } = opened;
    // office.js finds no host in a plain browser: Office.onReady must settle, not hang.
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.getAttribute("data-kind") === "none",
      byTestId("workbook-host"),
      {
        timeout: 20_000,
      }
    );
    expect(await text$(page, "workbook-host")).toBe(OUTSIDE_EXCEL_NOTE);
    expect(await text$(page, "dataset-version")).toBe(embedded.meta.version);
    expect(await text$(page, "dataset-asof")).toBe(embedded.meta.asOf);
    expect(await text$(page, "dataset-origin")).toBe("Shipped with the add-in");
    expect(await text$(page, "dataset-confidence")).toMatch(/^high \d+\s*medium \d+\s*low \d+$/);
    // The counts shown add up: high + medium + low is the graded total, and it plus the reference records
    // (sources, countries) is the record count, each one the embedded dataset's own.
    const count = (text: string) => Number(/([\d,]+)/.exec(text)![1].replace(/,/g, ""));
    const grades = await Promise.all(
      ["high", "medium", "low"].map(async (g) => count(await text$(page, `confidence-${g}`)))
    );
    const graded = count(await text$(page, "confidence-total"));
    const reference = await text$(page, "dataset-reference");
    const records = count(await text$(page, "dataset-records"));
    expect(grades.reduce((a, b) => a + b, 0)).toBe(graded);
    expect(graded + count(reference)).toBe(records);
    expect(records).toBe(tableNames.reduce((n, t) => n + (embedded[t] as unknown[]).length, 0));
    expect(reference).toBe(
      paneText.dataset.referenceCount(embedded.sources.length + embedded.countries.length, [
        { title: tableEntry("sources").title, records: embedded.sources.length },
        { title: tableEntry("countries").title, records: embedded.countries.length },
      ])
    );
    await page.screenshot({ path: resolve(ARTIFACTS, "taskpane-counts.png"), fullPage: true });
    expect(await page.inputValue(byTestId("dataset-source-url"))).toBe(
      `${site.origin}/data/dataset.json`
    );
    // one box per dataset table: 16, and the stockpiles table since issue 10
    expect(await page.locator(`${byTestId("table-list")} input[type=checkbox]`).count()).toBe(17);
    expect(opened.errors).toEqual([]);
  });

  test("at start the page loads the scripts of its script tags only (what page_js_gzip_bytes counts); the catalogue's texts as the catalogue comes into view", async () => {
    const { page, scripts } = opened;
    const own = () => scripts.filter((url) => url.startsWith(site.origin));
    const counted = pageScripts(DIST).scripts.map((s) => `${site.origin}/${s.src}`);
    expect(counted.map((url) => url.slice(site.origin.length))).toEqual([
      "/functions.js",
      "/taskpane.js",
    ]);
    expect(own()).toEqual(counted);
    const catalog = page.locator(byTestId("function-catalog"));
    expect(await catalog.locator("li").count()).toBe(0);
    await catalog.scrollIntoViewIfNeeded();
    await catalog.locator("li").first().waitFor();
    expect(own()).toEqual([...counted, `${site.origin}/catalog.js`]);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(opened.errors).toEqual([]);
  });

  test("writing into a workbook says it needs Excel", async () => {
    const { page } = opened;
    expect(await act(page, byTestId("insert-table"), "insert-status")).toBe(
      insertMessages.noTableChosen
    );
    await page.check(`${byTestId("table-list")} input[value="capacity"]`);
    expect(await act(page, byTestId("insert-table"), "insert-status")).toBe(
      insertMessages.tableFailed("RE_capacity", NEEDS_EXCEL)
    );
    expect(await act(page, byTestId("insert-template"), "insert-status")).toBe(
      insertMessages.templateFailed("Independence model", NEEDS_EXCEL)
    );
    expect(await act(page, byTestId("pin-set"), "pin-status")).toBe(NEEDS_EXCEL);
  });

  test("the function catalogue filters as you type and inserts through the gateway", async () => {
    const { page } = opened;
    const catalog = page.locator(byTestId("function-catalog"));
    // The list loads as the catalogue comes into view.
    await catalog.scrollIntoViewIfNeeded();
    await catalog.locator("li").first().waitFor();
    const all = await catalog.locator("li").count();
    expect(all).toBeGreaterThanOrEqual(17);
    await catalog.locator("input[type=search]").fill("gapscore");
    expect(await catalog.locator("li").count()).toBeLessThan(all);
    expect(await catalog.locator("li").first().textContent()).toContain(
      "RE.GAPSCORE(scores, [weights], [scale_max])"
    );
    const status = await act(
      page,
      `${byTestId("function-catalog")} li:first-child button`,
      "catalog-status"
    );
    expect(status).toBe(insertMessages.formulaFailed(NEEDS_EXCEL));
    await catalog.locator("input[type=search]").fill("");
  });

  test("keyboard: the URL field and the refresh button are reachable with Tab, Enter pulls", async () => {
    const { page } = opened;
    await page.focus(byTestId("dataset-source-url"));
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
      "dataset-refresh"
    );
    await page.focus(byTestId("dataset-source-url"));
    const region = page.locator(byTestId("dataset-status"));
    const before = Number(await region.getAttribute("data-run"));
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      ([sel, n]) =>
        Number(document.querySelector(sel as string)?.getAttribute("data-run")) > (n as number),
      [byTestId("dataset-status"), before]
    );
    // The default URL is the dataset served with the add-in: the active one.
    expect(await text$(page, "dataset-status")).toBe(say.upToDate(embedded.meta.version));
  });

  test("a good dataset is applied; every fault keeps it active and says exactly what was wrong", async () => {
    const { page } = opened;
    const good = await pull(page, data.url("/good.json"));
    expect(good.kind).toBe("success");
    expect(good.status).toContain(say.applied(embedded.meta.version, v.good.meta.version));
    expect(await text$(page, "dataset-version")).toBe(v.good.meta.version);
    expect(await text$(page, "dataset-origin")).toBe(`Pulled from ${data.url("/good.json")}`);
    expect(await text$(page, "dataset-changes")).toContain("No records changed.");

    const gone = await startDataServer({});
    const unreachable = gone.url("/dataset.json");
    await gone.close();
    const faults: [string, string, string | RegExp][] = [
      ["404", data.url("/missing.json"), say.http(data.url("/missing.json"), 404, "Not Found")],
      ["500", data.url("/500.json"), say.http(data.url("/500.json"), 500, "Internal Server Error")],
      [
        "slow past the timeout",
        data.url("/slow.json"),
        say.timeout(data.url("/slow.json"), TIMEOUT_MS),
      ],
      [
        "huge (Content-Length)",
        data.url("/huge.json"),
        say.tooLargeDeclared(MAX_BYTES + 1024, MAX_BYTES),
      ],
      ["huge (streamed)", data.url("/huge-chunked.json"), say.tooLargeStreamed(MAX_BYTES)],
      ["not JSON", data.url("/not-json.json"), /^The answer is not JSON: /],
      [
        "schema-invalid",
        data.url("/invalid.json"),
        /^The dataset does not match the schema: \d+ problems?/,
      ],
      ["older version", data.url("/older.json"), say.older("0.0.1", v.good.meta.version)],
      [
        "unreachable",
        unreachable,
        new RegExp(`^Could not reach ${unreachable.replace(/[.]/g, "\\.")}: `),
      ],
      [
        "plain http to another host",
        "http://mirror.example.org/dataset.json",
        say.badUrl("http://mirror.example.org/dataset.json"),
      ],
    ];
    for (const [label, url, expected] of faults) {
      const result = await pull(page, url);
      const first = (
        (await page
          .locator(`${byTestId("dataset-status")} p`)
          .first()
          .textContent()) ?? ""
      ).trim();
      expect({ label, kind: result.kind }).toEqual({ label, kind: "error" });
      if (typeof expected === "string")
        expect({ label, first }).toEqual({ label, first: expected });
      else expect({ label, first }).toEqual({ label, first: expect.stringMatching(expected) });
      expect({
        label,
        kept: result.status.includes(refreshNotes.keptActive(v.good.meta.version)),
      }).toEqual({
        label,
        kept: true,
      });
      expect({ label, version: await text$(page, "dataset-version") }).toEqual({
        label,
        version: v.good.meta.version,
      });
      if (label === "schema-invalid") {
        const issues = await page.locator(`${byTestId("dataset-status")} li`).allTextContents();
        expect(issues.length).toBeGreaterThanOrEqual(3);
        expect(issues.length).toBeLessThanOrEqual(5);
        expect(issues.join("\n")).toMatch(/^capacity\.0\.sourceIds: /m);
        await page.screenshot({
          path: resolve(ARTIFACTS, "taskpane-invalid.png"),
          fullPage: false,
        });
      }
    }
    // The mirror never saw a request for the refused plain-http URL's host, and nothing reached the network.
    expect(data.requests.filter((p) => p === "/dataset.json")).toEqual([]);
  });

  test("a newer dataset is applied at once and the pane shows what changed", async () => {
    const { page } = opened;
    const result = await pull(page, data.url("/newer.json"));
    expect(result.kind).toBe("success");
    expect(result.status).toContain(say.applied(v.good.meta.version, v.newer.meta.version));
    expect(await text$(page, "dataset-version")).toBe(v.newer.meta.version);
    const changes = await text$(page, "dataset-changes");
    expect(changes).toContain(
      `What changed from ${v.good.meta.version} to ${v.newer.meta.version}`
    );
    expect(changes).toContain("Capacity pipeline: 1 changed");
    expect(changes).toContain(`changed: ${v.newer.capacity[0].id}`);
    expect(changes).toContain(`value ${v.good.capacity[0].value} → ${v.newer.capacity[0].value}`);
    expect(changes).toContain("Indicators: 1 added");
    expect(changes).toContain("added: test-added-indicator");
    // The functions' store answers from the new data at once: the pane's store is the shared one.
    expect(
      await page.evaluate(
        () =>
          (
            globalThis as unknown as Record<
              string,
              { snapshot: { dataset: { meta: { version: string } } } }
            >
          ).__rareEarthIndependenceStore__.snapshot.dataset.meta.version
      )
    ).toBe(v.newer.meta.version);
    await page.screenshot({ path: resolve(ARTIFACTS, "taskpane.png"), fullPage: true });
  });

  test("HTML and script in a dataset are shown as text and never run", async () => {
    const { page } = opened;
    const result = await pull(page, data.url("/xss.json"));
    expect(result.kind).toBe("success");
    expect(await text$(page, "dataset-version")).toBe(v.xss.meta.version);
    const changes = await text$(page, "dataset-changes");
    expect(changes).toContain(`added: xss-project (${XSS_PAYLOAD})`);
    expect(changes).toContain("<img src=x onerror=window.__xss=1>");
    await page.waitForTimeout(300);
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)
    ).toBeUndefined();
    expect(await page.locator("img").count()).toBe(0);
    // Every script is a file from the add-in's own origin or Microsoft's office.js CDN (office.js adds its
    // host scripts); none is inline.
    const scripts = await page.evaluate(() =>
      [...document.scripts].map((s) =>
        s.src
          ? [location.origin, "https://appsforoffice.microsoft.com"].includes(new URL(s.src).origin)
          : "inline"
      )
    );
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    expect(scripts.every((same) => same === true)).toBe(true);
    expect(opened.errors).toEqual([]);
  });

  test("no eval and no inline script anywhere: the page reports no CSP violation", async () => {
    // zod would probe `new Function` (an eval); zod-jitless.ts sets it jitless before any schema is made.
    expect(await violations(opened.page)).toEqual([]);
  });

  test("the next launch starts from the last good dataset, offline too, and re-validates it", async () => {
    await data.close();
    const next = await open(context);
    const { page } = next;
    expect(await text$(page, "dataset-version")).toBe(v.xss.meta.version);
    expect(await text$(page, "dataset-origin")).toBe(
      `Kept from the last refresh (${data.url("/xss.json")})`
    );
    expect(await text$(page, "dataset-status")).toBe(
      `Started from version ${v.xss.meta.version}, kept from the last refresh.`
    );
    // A damaged copy is discarded and the add-in's own dataset is used.
    await page.evaluate(() => {
      const key = "rare-earth-independence/last-good-dataset/v1";
      const record = JSON.parse(localStorage.getItem(key)!);
      record.dataset.capacity[0].value = 1;
      localStorage.setItem(key, JSON.stringify(record));
    });
    const again = await open(context);
    expect(await text$(again.page, "dataset-version")).toBe(embedded.meta.version);
    expect(await text$(again.page, "dataset-status")).toBe(
      "The dataset kept from the last session was discarded: its content does not match the fingerprint stored with it."
    );
    // Restart the mirror for any test that follows.
    data = await startDataServer({ "/good.json": json(v.good) });
  });
});

describe("with a workbook gateway injected by the host page (window.__reGateway)", () => {
  /** A gateway in the page that records every call and holds a pin. */
  async function openWithGateway(pin: unknown): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 360, height: 900 } });
    await standInForOfficeCdn(context);
    const page = await context.newPage();
    await page.addInitScript((initialPin) => {
      const w = window as unknown as Record<string, unknown>;
      const calls: { method: string; arg: unknown }[] = [];
      let pin = initialPin;
      w.__calls = calls;
      // Marks the tables as a workbook keeps them (readTableMarks is a read, like readPin: not recorded).
      const marks = new Map<string, unknown>();
      type Table = { name: string; sheet: string; rows: unknown[]; mark?: object };
      w.__reGateway = {
        kind: "preview",
        writeTable: async (table: Table) => {
          calls.push({ method: "writeTable", arg: table });
          if (table.mark) marks.set(table.name, table.mark);
          return { address: `'${table.sheet}'!A1:Z${table.rows.length + 1}`, updated: false };
        },
        updateTables: async (tables: Table[]) => {
          calls.push({ method: "updateTables", arg: tables });
          return tables.map((table) => {
            if (table.mark) marks.set(table.name, table.mark);
            return { address: `'${table.sheet}'!A1:Z${table.rows.length + 1}`, updated: true };
          });
        },
        readTableMarks: async () =>
          [...marks].map(([table, mark]) => ({ table, ...(mark as object) })),
        readPin: async () => pin,
        setPin: async (next: unknown) => {
          calls.push({ method: "setPin", arg: next });
          pin = next;
        },
        recalculate: async () => {
          calls.push({ method: "recalculate", arg: null });
        },
        insertTemplate: async (t: { name: string }) => {
          calls.push({ method: "insertTemplate", arg: t });
          return { sheet: t.name };
        },
        insertFormula: async (f: string) => {
          calls.push({ method: "insertFormula", arg: f });
          return { address: "Sheet1!B2" };
        },
      };
    }, pin);
    await page.goto(`${site.origin}/taskpane.html`);
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.getAttribute("data-kind") === "preview",
      byTestId("workbook-host")
    );
    return page;
  }

  const calls = (page: Page) =>
    page.evaluate(() => (window as unknown as { __calls: { method: string; arg: any }[] }).__calls);

  test("a workbook pinned to another version: keep the pinned data it carries", async () => {
    const carried = {
      datasetId: v.good.meta.id,
      version: v.good.meta.version,
      hash: fingerprintOf(v.good),
      pinnedAt: "2025-06-01T00:00:00.000Z",
      datasetJson: JSON.stringify(v.good),
    };
    const page = await openWithGateway(carried);
    await page.waitForSelector(`${byTestId("pin-mismatch")}:not([hidden])`);
    expect(await text$(page, "pin-mismatch")).toContain(
      `This workbook is pinned to version ${v.good.meta.version}`
    );
    expect(await text$(page, "pin-mismatch")).toContain(pinMessages.carries);
    const status = await act(page, byTestId("pin-keep"), "pin-status");
    expect(status).toContain(pinActionMessages.keptPinned(v.good.meta.version));
    expect(await text$(page, "dataset-version")).toBe(v.good.meta.version);
    expect(await text$(page, "dataset-origin")).toBe("Carried by this workbook");
    expect(await page.isHidden(byTestId("pin-mismatch"))).toBe(true);
    expect((await calls(page)).map((c) => c.method)).toEqual(["recalculate"]);
    await page.context().close();
  });

  test("a workbook pinned to another version without a copy: move it to the active data", async () => {
    const page = await openWithGateway({
      datasetId: v.good.meta.id,
      version: "0.0.9",
      hash: "0123456789abcdef",
      pinnedAt: "2024-01-01T00:00:00.000Z",
    });
    await page.waitForSelector(`${byTestId("pin-mismatch")}:not([hidden])`);
    expect(await text$(page, "pin-mismatch")).toContain(pinMessages.notCarried);
    expect(await page.isDisabled(byTestId("pin-keep"))).toBe(true);
    const status = await act(page, byTestId("pin-move"), "pin-status");
    expect(status).toContain(pinActionMessages.moved(embedded.meta.version));
    const made = await calls(page);
    expect(made.map((c) => c.method)).toEqual(["setPin", "recalculate"]);
    expect(made[0].arg).toMatchObject({
      datasetId: embedded.meta.id,
      version: embedded.meta.version,
    });
    expect(made[0].arg.datasetJson).toBeUndefined();
    expect(await text$(page, "pin-state")).toContain(`pinned to version ${embedded.meta.version}`);
    await page.context().close();
  });

  test("pinning with the dataset carried, inserting a cited table, a template and a formula", async () => {
    const page = await openWithGateway(null);
    expect(await text$(page, "pin-state")).toBe(pinMessages.unpinned);
    await page.check(byTestId("pin-carry"));
    expect(await act(page, byTestId("pin-set"), "pin-status")).toBe(
      pinActionMessages.pinned(embedded.meta.version, true)
    );
    await page.check(`${byTestId("table-list")} input[value="capacity"]`);
    await page.check(`${byTestId("table-list")} input[value="gaps"]`);
    const inserted = await act(page, byTestId("insert-table"), "insert-status");
    expect(inserted).toContain("Inserted RE_gaps at 'RE Six gaps'!A1:Z7.");
    expect(inserted).toContain(
      `Inserted RE_capacity at 'RE Capacity pipeline'!A1:Z${embedded.capacity.length + 1}.`
    );
    await page.check('input[name="template"][value="gap-scorecard"]');
    expect(await act(page, byTestId("insert-template"), "insert-status")).toBe(
      insertMessages.templateDone("Six gaps scorecard", "Six gaps scorecard")
    );
    await page.locator(byTestId("function-catalog")).locator("input[type=search]").fill("leadtime");
    await act(page, `${byTestId("function-catalog")} li:first-child button`, "catalog-status");
    const made = await calls(page);
    expect(made.map((c) => c.method)).toEqual([
      "setPin",
      "writeTable",
      "writeTable",
      "insertTemplate",
      "insertFormula",
    ]);
    expect(JSON.parse(made[0].arg.datasetJson).meta.version).toBe(embedded.meta.version);
    const table = made.find((c) => c.method === "writeTable" && c.arg.name === "RE_capacity")!.arg;
    expect(table.headers[table.headers.length - 1]).toBe("Source");
    expect(table.rows).toHaveLength(embedded.capacity.length);
    expect(made[3].arg.name).toBe("Six gaps scorecard");
    expect(made[4].arg).toBe('=RE.LEADTIME("separation")');
    await page.context().close();
  });

  test("never stranded: stale tables flagged after a pull and updated in one batch; back to the shipped dataset", async () => {
    const mirror = await startDataServer({ "/good.json": json(v.good) });
    const page = await openWithGateway(null);
    try {
      expect(await page.isHidden(byTestId("dataset-reset"))).toBe(true);
      expect(await act(page, byTestId("pin-set"), "pin-status")).toBe(
        pinActionMessages.pinned(embedded.meta.version, false)
      );
      await page.check(`${byTestId("table-list")} input[value="capacity"]`);
      await page.check(`${byTestId("table-list")} input[value="gaps"]`);
      await act(page, byTestId("insert-table"), "insert-status");
      const inserted = (await calls(page)).filter((c) => c.method === "writeTable");
      expect(inserted.map((c) => c.arg.mark.version)).toEqual([
        embedded.meta.version,
        embedded.meta.version,
      ]);
      expect(await page.isHidden(byTestId("tables-stale"))).toBe(true);

      // A pull: both tables now hold an older version, and the pin card says the workbook's pin differs.
      const pulled = await pull(page, mirror.url("/good.json"));
      expect(pulled.kind).toBe("success");
      await page.waitForSelector(`${byTestId("tables-stale")}:not([hidden])`);
      const staleOnes = tableNames
        .filter((t) => t === "capacity" || t === "gaps")
        .map((t) => ({ name: `RE_${t}`, version: embedded.meta.version }));
      expect(await text$(page, "tables-stale")).toBe(
        staleMessages.stale(staleOnes, v.good.meta.version) + staleMessages.update
      );
      await page.waitForSelector(`${byTestId("pin-mismatch")}:not([hidden])`);
      expect(await text$(page, "pin-state")).toContain(
        `This workbook is pinned to version ${embedded.meta.version}`
      );
      await page.screenshot({ path: resolve(ARTIFACTS, "taskpane-stale.png"), fullPage: true });

      const updated = await act(page, byTestId("tables-update"), "insert-status");
      expect(updated).toContain(updateMessages.updated(2, v.good.meta.version));
      const batches = (await calls(page)).filter((c) => c.method === "updateTables");
      expect(batches).toHaveLength(1);
      expect(batches[0].arg.map((t: { name: string }) => t.name)).toEqual(
        staleOnes.map((t) => t.name)
      );
      expect(batches[0].arg.map((t: { mark: { version: string } }) => t.mark.version)).toEqual([
        v.good.meta.version,
        v.good.meta.version,
      ]);
      await page.waitForSelector(`${byTestId("tables-stale")}[hidden]`, { state: "attached" });

      // Back to the shipped dataset: the kept copy goes, the tables are stale again, the pin is current.
      expect(await page.isHidden(byTestId("dataset-reset"))).toBe(false);
      const reset = await act(page, byTestId("dataset-reset"), "dataset-status");
      expect(reset).toContain(resetMessages.done(embedded.meta.version, v.good.meta.version));
      expect(await text$(page, "dataset-version")).toBe(embedded.meta.version);
      expect(await text$(page, "dataset-origin")).toBe(paneText.dataset.origins.embedded);
      expect(
        await page.evaluate(() =>
          localStorage.getItem("rare-earth-independence/last-good-dataset/v1")
        )
      ).toBeNull();
      expect(await page.isHidden(byTestId("dataset-reset"))).toBe(true);
      expect(await page.isHidden(byTestId("pin-mismatch"))).toBe(true);
      await page.waitForSelector(`${byTestId("tables-stale")}:not([hidden])`);
      expect(await text$(page, "tables-stale")).toContain(
        `RE_gaps (version ${v.good.meta.version})`
      );

      // The next launch starts from the shipped dataset too.
      await page.reload();
      await page.waitForSelector(byTestId("dataset-version"));
      expect(await text$(page, "dataset-version")).toBe(embedded.meta.version);
      expect(await text$(page, "dataset-status")).toBe("");
    } finally {
      await page.context().close();
      await mirror.close();
    }
  });
});

describe("inside Excel, with office.js slower than the pane's wait", () => {
  test("the pane switches to the Excel gateway when Office.onReady resolves after the 15 s wait", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 900 } });
    const page = await context.newPage();
    // office.js stood in: an onReady the test resolves, and an Excel.run over an empty workbook.
    await page.route(/office\.js$/, (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: `
          window.Office = {
            onReady: () => new Promise((resolve) => { window.__officeReady = () => resolve({ host: "Excel" }); }),
            context: { requirements: { isSetSupported: () => true } },
          };
          const empty = () => ({ load() { return this; }, items: [] });
          window.Excel = {
            run: async (batch) => batch({
              workbook: {
                customXmlParts: { getByNamespace: empty },
                tables: empty(),
                properties: { custom: empty() },
              },
              sync: async () => {},
            }),
          };`,
      })
    );
    await page.clock.install();
    try {
      await page.goto(`${site.origin}/taskpane.html`);
      await page.waitForSelector(byTestId("dataset-version"));
      expect(await page.getAttribute(byTestId("workbook-host"), "data-kind")).toBeNull();
      await page.clock.runFor(15_000);
      await page.waitForFunction(
        (sel) => document.querySelector(sel)?.getAttribute("data-kind") === "none",
        byTestId("workbook-host")
      );
      expect(await text$(page, "workbook-host")).toBe(OUTSIDE_EXCEL_NOTE);
      await page.clock.runFor(5_000);
      await page.evaluate(() =>
        (window as unknown as { __officeReady: () => void }).__officeReady()
      );
      await page.waitForFunction(
        (sel) => document.querySelector(sel)?.getAttribute("data-kind") === "excel",
        byTestId("workbook-host")
      );
      expect(await text$(page, "workbook-host")).toBe(paneText.connected.excel);
      await page.waitForFunction(
        ([sel, text]) => document.querySelector(sel as string)?.textContent === text,
        [byTestId("pin-state"), pinMessages.unpinned]
      );
    } finally {
      await context.close();
    }
  });
});
