/**
 * What a build is for (scripts/addin-build.js, read by webpack.config.js): the origin from ADDIN_URL, https
 * only; the manifest rewritten for it with the version of package.json; supportSync only on request.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

const build = require("../../scripts/addin-build.js") as {
  DEV_ADDIN_URL: string;
  OFFICE_JS_CDN: string;
  buildTarget: (env: Record<string, string | undefined>) => {
    addinUrl: string;
    development: boolean;
    supportSync: boolean;
    officeJsUrl: string;
  };
  manifestFor: (xml: string, target: { addinUrl: string }, version: string) => string;
  manifestVersion: (version: string) => string;
  functionsJsonFor: (target: { addinUrl: string; supportSync: boolean }) => string;
};

const ROOT = resolve(__dirname, "../..");
const SCHEMA = resolve(ROOT, "../shared/schemas/manifest/OfficeAppManifestV1_1.xsd");
const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };

test("without ADDIN_URL the build is a development build for https://localhost:3000 on Microsoft's CDN", () => {
  expect(build.buildTarget({})).toEqual({
    addinUrl: "https://localhost:3000",
    development: true,
    supportSync: false,
    officeJsUrl: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  });
});

test("ADDIN_URL gives the production origin, trailing slashes dropped", () => {
  const target = build.buildTarget({ ADDIN_URL: "https://addins.example.org/re/" });
  expect(target.addinUrl).toBe("https://addins.example.org/re");
  expect(target.development).toBe(false);
  expect(build.buildTarget({ ADDIN_URL: "https://Example.org" }).addinUrl).toBe(
    "https://example.org"
  );
});

test("a non-https ADDIN_URL is refused with a message that says why and what to give", () => {
  expect(() => build.buildTarget({ ADDIN_URL: "http://addins.example.org/re" })).toThrow(
    /is not https\. Excel loads add-ins only over https.*ADDIN_URL=https:\/\//
  );
  expect(() => build.buildTarget({ ADDIN_URL: "addins.example.org" })).toThrow(/is not a URL/);
  expect(() => build.buildTarget({ ADDIN_URL: "https://x.org/re?v=1" })).toThrow(/query/);
});

test("supportSync (a Microsoft preview) only when asked for, with the beta library it needs", () => {
  const sync = build.buildTarget({ ADDIN_SUPPORT_SYNC: "1" });
  expect(sync.supportSync).toBe(true);
  expect(sync.officeJsUrl).toBe("https://appsforoffice.microsoft.com/lib/beta/hosted/office.js");
  const json = JSON.parse(
    build.functionsJsonFor({ addinUrl: build.DEV_ADDIN_URL, supportSync: true })
  );
  for (const f of json.functions) expect(f.options).toEqual({ supportSync: true });
  const production = build.functionsJsonFor({ addinUrl: build.DEV_ADDIN_URL, supportSync: false });
  expect(production).not.toContain("supportSync");
});

test("the manifest version follows package.json and is at least 1.0.0.0", () => {
  expect(build.manifestVersion(pkg.version)).toBe(`${pkg.version}.0`);
  expect(build.manifestVersion("1.2.3")).toBe("1.2.3.0");
  expect(() => build.manifestVersion("0.1.0")).toThrow(/1\.0\.0 or later/);
});

describe("the manifest for https://addins.example.org/re", () => {
  const manifest = build.manifestFor(
    source,
    { addinUrl: "https://addins.example.org/re" },
    pkg.version
  );

  test("every URL starts with ADDIN_URL and no localhost remains", () => {
    expect(manifest).not.toMatch(/localhost/);
    const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) expect(url.startsWith("https://addins.example.org/re/")).toBe(true);
    expect(manifest).toContain(`<Version>${pkg.version}.0</Version>`);
  });

  test("passes Microsoft's manifest schema (xmllint)", () => {
    const dir = mkdtempSync(join(tmpdir(), "re-manifest-"));
    try {
      writeFileSync(join(dir, "manifest.xml"), manifest);
      const check = spawnSync(
        "xmllint",
        ["--noout", "--schema", SCHEMA, join(dir, "manifest.xml")],
        {
          encoding: "utf8",
        }
      );
      if (check.error) throw new Error("xmllint is missing: apt-get install -y libxml2-utils");
      expect(check.stderr.trim()).toMatch(/validates$/);
      expect(check.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("declares the requirement sets the code needs, and no TaskpaneId (shared runtime)", () => {
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1\.1"\/>/);
    expect(manifest).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1\.2"\/>/);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.7"\/>/);
    expect(manifest).not.toMatch(/<TaskpaneId>/);
  });
});

describe("webpack.config.js says what it builds, and refuses what it cannot", () => {
  const config = require("../../webpack.config.js") as (
    env: unknown,
    argv: { mode: string }
  ) => Promise<{ plugins: unknown[] }>;
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    jest.restoreAllMocks();
  });

  test("without ADDIN_URL: a development build, said so", async () => {
    delete process.env.ADDIN_URL;
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    await config({}, { mode: "production" });
    expect(log.mock.calls.flat().join("\n")).toMatch(
      /Development build for https:\/\/localhost:3000 \(set ADDIN_URL=/
    );
  }, 60_000);

  test("with an http ADDIN_URL: stops with the reason", async () => {
    process.env.ADDIN_URL = "http://addins.example.org/re";
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    jest.spyOn(process, "exit").mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    await expect(config({}, { mode: "production" })).rejects.toThrow("exit 1");
    expect(error.mock.calls.flat().join("\n")).toMatch(/is not https/);
  }, 60_000);
});
