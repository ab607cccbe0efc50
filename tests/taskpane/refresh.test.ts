import { compareSemver } from "../../src/data/semver";
import { activeSnapshot } from "../../src/data/store";
import { pullFailureText, refreshMessages as say } from "../../src/taskpane/messages/pull";
import {
  checkDatasetUrl,
  DEFAULT_MAX_BYTES,
  pullDataset,
  type PullProgress,
  type PullResult,
  type PullSuccess,
} from "../../src/taskpane/refresh";
import {
  hugeChunked,
  hugeDeclared,
  json,
  redirect,
  silentFor,
  startDataServer,
  status,
  text,
  trickle,
  type DataServer,
} from "../_support/data-server";
import { datasetVariants } from "./fixtures";

const v = datasetVariants();
let server: DataServer;

beforeAll(async () => {
  server = await startDataServer({
    "/good.json": json(v.good),
    "/same.json": json(v.embedded),
    "/newer.json": json(v.newer),
    "/older.json": json(v.older),
    "/invalid.json": json(v.invalid),
    "/other.json": json(v.otherDataset),
    "/same-version-changed.json": json(v.sameVersionChanged),
    "/not-json.json": text(
      "<!doctype html><html><body>Mirror maintenance</body></html>",
      "text/html"
    ),
    "/not-utf8.json": (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    },
    "/bom.json": text(`\ufeff${JSON.stringify(v.good)}`, "application/json"),
    "/500.json": status(500),
    "/silent.json": silentFor(5000, json(v.good)),
    "/trickle.json": trickle(50),
    "/huge-declared.json": hugeDeclared(DEFAULT_MAX_BYTES + 1),
    "/huge-chunked.json": hugeChunked(DEFAULT_MAX_BYTES + 64 * 1024),
    "/moved.json": redirect("/good.json"),
  });
});

afterAll(() => server.close());

const pull = (path: string, extra: Partial<Parameters<typeof pullDataset>[1]> = {}) =>
  pullDataset(server.url(path), { previous: activeSnapshot(), ...extra });

/** A failed pull as the pane shows it: the typed failure's code and its one sentence. */
function shown(result: PullResult): { ok: false; kind: string; message: string } | PullSuccess {
  return result.ok
    ? result
    : { ok: false, kind: result.failure.code, message: pullFailureText(result.failure) };
}

describe("a good pull", () => {
  test("accepts a newer version and says what changed", async () => {
    const result = await pull("/newer.json");
    if (!result.ok) throw new Error(pullFailureText(result.failure));
    expect(result.dataset.meta.version).toBe(v.newer.meta.version);
    expect(result.unchanged).toBe(false);
    expect(result.diff.totals).toEqual({ added: 1, removed: 0, changed: 1 });
    const capacity = result.diff.tables.find((t) => t.table === "capacity")!;
    expect(capacity.changed[0].fields).toEqual([
      {
        field: "value",
        before: String(v.embedded.capacity[0].value),
        after: String(v.newer.capacity[0].value),
      },
    ]);
    expect(result.diff.tables.find((t) => t.table === "indicators")!.added[0].key).toBe(
      "test-added-indicator"
    );
  });

  test("a new version with the same records changes nothing but the version", async () => {
    const result = await pull("/good.json");
    expect(result).toMatchObject({
      ok: true,
      unchanged: false,
      diff: { tables: [], meta: [], totals: { added: 0, removed: 0, changed: 0 } },
    });
  });

  test("the active dataset itself is 'up to date'", async () => {
    expect(shown(await pull("/same.json"))).toMatchObject({ ok: true, unchanged: true });
  });

  test("follows a redirect on the same server, tolerates a byte-order mark", async () => {
    expect(shown(await pull("/moved.json"))).toMatchObject({ ok: true });
    expect(shown(await pull("/bom.json"))).toMatchObject({ ok: true });
  });

  test("reports its progress: connecting, downloading, validating", async () => {
    const phases: PullProgress["phase"][] = [];
    await pull("/good.json", { onProgress: (p) => phases.push(p.phase) });
    expect(phases[0]).toBe("connecting");
    expect(phases).toContain("downloading");
    expect(phases[phases.length - 1]).toBe("validating");
  });

  test("never activates what it pulled", async () => {
    const before = activeSnapshot();
    await pull("/newer.json");
    expect(activeSnapshot()).toBe(before);
  });
});

describe("every fault is named exactly", () => {
  test("HTTP 404", async () => {
    const url = server.url("/missing.json");
    expect(shown(await pull("/missing.json"))).toEqual({
      ok: false,
      kind: "http",
      message: say.http(url, 404, "Not Found"),
    });
  });

  test("HTTP 500", async () => {
    const url = server.url("/500.json");
    expect(shown(await pull("/500.json"))).toEqual({
      ok: false,
      kind: "http",
      message: say.http(url, 500, "Internal Server Error"),
    });
  });

  test("a server that does not answer in time", async () => {
    const started = Date.now();
    const result = shown(await pull("/silent.json", { timeoutMs: 300 }));
    expect(result).toEqual({
      ok: false,
      kind: "timeout",
      message: say.timeout(server.url("/silent.json"), 300),
    });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  test("a body that trickles past the timeout", async () => {
    expect(shown(await pull("/trickle.json", { timeoutMs: 400 }))).toMatchObject({
      ok: false,
      kind: "timeout",
    });
  });

  test("too large, announced by Content-Length", async () => {
    expect(shown(await pull("/huge-declared.json"))).toEqual({
      ok: false,
      kind: "too-large-declared",
      message: say.tooLargeDeclared(DEFAULT_MAX_BYTES + 1, DEFAULT_MAX_BYTES),
    });
  });

  test("too large, found while streaming a chunked body", async () => {
    expect(shown(await pull("/huge-chunked.json"))).toEqual({
      ok: false,
      kind: "too-large-streamed",
      message: say.tooLargeStreamed(DEFAULT_MAX_BYTES),
    });
  });

  test("a smaller cap applies to a normal dataset", async () => {
    expect(shown(await pull("/good.json", { maxBytes: 10_000 }))).toMatchObject({
      ok: false,
      kind: "too-large-declared",
    });
  });

  test("not JSON", async () => {
    const result = shown(await pull("/not-json.json"));
    expect(result).toMatchObject({ ok: false, kind: "not-json" });
    expect(result.ok ? "" : result.message).toMatch(/^The answer is not JSON: .*JSON/);
  });

  test("not UTF-8", async () => {
    expect(shown(await pull("/not-utf8.json"))).toEqual({
      ok: false,
      kind: "not-text",
      message: say.notText,
    });
  });

  test("schema-invalid: the first issues as path: message", async () => {
    const result = await pull("/invalid.json");
    if (result.ok) throw new Error("accepted an invalid dataset");
    if (result.failure.code !== "invalid") throw new Error(result.failure.code);
    const issues = result.failure.params.issues;
    expect(pullFailureText(result.failure)).toMatch(
      /^The dataset does not match the schema: \d+ problems?/
    );
    expect(issues.length).toBeGreaterThanOrEqual(3);
    expect(issues.length).toBeLessThanOrEqual(5);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^capacity\.0\.sourceIds: /),
        expect.stringMatching(/^capacity\.1\.confidence: /),
        expect.stringMatching(/^prices\.0: /),
      ])
    );
  });

  test("an older version", async () => {
    expect(shown(await pull("/older.json"))).toEqual({
      ok: false,
      kind: "older",
      message: say.older("0.0.1", v.base),
    });
  });

  test("another dataset", async () => {
    expect(shown(await pull("/other.json"))).toMatchObject({ ok: false, kind: "other-dataset" });
  });

  test("changed content under the same version", async () => {
    expect(shown(await pull("/same-version-changed.json"))).toEqual({
      ok: false,
      kind: "same-version-changed",
      message: say.sameVersionChanged(v.base),
    });
  });

  test("unreachable", async () => {
    const gone = await startDataServer({});
    const url = gone.url("/dataset.json");
    await gone.close();
    const result = shown(await pullDataset(url, { previous: activeSnapshot() }));
    expect(result).toMatchObject({ ok: false, kind: "unreachable" });
    expect(result.ok ? "" : result.message).toContain(`Could not reach ${url}`);
  });

  test("a redirect to plain http elsewhere is refused", async () => {
    const fakeFetch = (async () =>
      ({
        ok: true,
        status: 200,
        statusText: "OK",
        url: "http://mirror.example/dataset.json",
        headers: new Headers(),
        body: null,
      }) as unknown as Response) as typeof fetch;
    const result = await pullDataset("https://mirror.example/dataset.json", {
      previous: activeSnapshot(),
      fetch: fakeFetch,
    });
    expect(result).toEqual({
      ok: false,
      failure: {
        kind: "download",
        code: "insecure-redirect",
        params: { url: "http://mirror.example/dataset.json" },
      },
    });
    expect(shown(result)).toMatchObject({
      message: say.insecureRedirect("http://mirror.example/dataset.json"),
    });
  });
});

describe("the URL rule", () => {
  test.each([
    ["https://mirror.example.org/re/dataset.json", true],
    ["http://localhost:3000/data/dataset.json", true],
    ["http://127.0.0.1:8080/d.json", true],
    ["http://[::1]:8080/d.json", true],
    ["http://mirror.example.org/dataset.json", false],
    ["http://localhost.evil.example/d.json", false],
    ["ftp://mirror.example.org/dataset.json", false],
    ["javascript:alert(1)", false],
    ["data:application/json,{}", false],
    ["file:///etc/passwd", false],
    ["https://user:secret@mirror.example.org/d.json", false],
    ["not a url", false],
  ])("%s → %s", (url, ok) => {
    expect(checkDatasetUrl(url).ok).toBe(ok);
  });

  test("a blank URL says there is no URL, and never fetches the page itself (issue 13)", async () => {
    const fetchSpy = jest.fn();
    const result = await pullDataset("   ", {
      previous: activeSnapshot(),
      base: "https://localhost:3000/taskpane.html",
      fetch: fetchSpy,
    });
    expect(result).toEqual({
      ok: false,
      failure: { kind: "download", code: "no-url", params: {} },
    });
    expect(shown(result)).toMatchObject({ message: say.noUrl });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  test("a refused URL is quoted as a bounded excerpt (issue 13)", () => {
    const checked = checkDatasetUrl(`http://${"x".repeat(120_000)}.example/`);
    expect(!checked.ok && JSON.stringify(checked.failure).length).toBeLessThan(200);
  });

  test("relative URLs resolve against the page", () => {
    const checked = checkDatasetUrl("data/dataset.json", "https://localhost:3000/taskpane.html");
    expect(checked.ok && checked.url.href).toBe("https://localhost:3000/data/dataset.json");
  });

  test("a refused URL never reaches the network", async () => {
    const fetchSpy = jest.fn();
    const result = shown(
      await pullDataset("http://mirror.example.org/d.json", {
        previous: activeSnapshot(),
        fetch: fetchSpy,
      })
    );
    expect(result).toEqual({
      ok: false,
      kind: "bad-url",
      message: say.badUrl("http://mirror.example.org/d.json"),
    });
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

test("semantic versions compare by number, not by text", () => {
  expect(compareSemver("1.10.0", "1.9.3")).toBe(1);
  expect(compareSemver("1.0.0", "1.0.0")).toBe(0);
  expect(compareSemver("0.9.9", "1.0.0")).toBe(-1);
  expect(compareSemver("2.0.0", "10.0.0")).toBe(-1);
});
