/**
 * What `npm run build` must produce (the global set-up has just built dist/): the manifest, the task pane,
 * the functions with their generated metadata in the RE namespace, office.js served from our own origin,
 * and the dataset with its schema.
 */
import { existsSync, readFileSync } from "fs";
import { join, resolve } from "path";

const dist = resolve(__dirname, "../../dist");
const read = (file: string) => readFileSync(join(dist, file), "utf8");

test("dist holds the manifest, the pane, the functions, office.js, the dataset and the icons", () => {
  for (const file of [
    "manifest.xml",
    "taskpane.html",
    "taskpane.js",
    "functions.js",
    "functions.json",
    "office-js/office.js",
    "data/dataset.json",
    "data/dataset.schema.json",
    "docs/functions.html",
    ...[16, 32, 64, 80, 128].map((size) => `assets/icon-${size}.png`),
  ]) {
    expect(existsSync(join(dist, file)) ? file : `missing ${file}`).toBe(file);
  }
});

test("the served manifest declares the shared runtime and the RE namespace", () => {
  const manifest = read("manifest.xml");
  expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1\.1"\/>/);
  expect(manifest).toMatch(/<Runtime resid="Taskpane\.Url" lifetime="long"\/>/);
  expect(manifest).toMatch(/<bt:String id="Functions\.Namespace" DefaultValue="RE"\/>/);
});

test("functions.json is generated from the JSDoc: 17 synchronous functions with help links", () => {
  const metadata = JSON.parse(read("functions.json")) as {
    functions: {
      id: string;
      name: string;
      helpUrl?: string;
      options?: { supportSync?: boolean };
    }[];
  };
  expect(metadata.functions).toHaveLength(17);
  for (const f of metadata.functions) {
    expect(f.name).toBe(f.id);
    expect(f.options?.supportSync).toBe(true);
    expect(f.helpUrl).toBe(`https://localhost:3000/docs/functions.html#${f.id.toLowerCase()}`);
  }
  // The bundle associates every id with its implementation.
  const bundle = read("functions.js");
  for (const f of metadata.functions)
    expect(bundle).toContain(`CustomFunctions.associate("${f.id}"`);
});

test("the pane loads office.js from the add-in's own origin, not a CDN", () => {
  const html = read("taskpane.html");
  // The minifier drops attribute quotes.
  expect(html).toMatch(/<script[^>]+src="?office-js\/office\.js"?[ >]/);
  expect(html).not.toMatch(/appsforoffice\.microsoft\.com/);
});

test("the served dataset is the embedded one", () => {
  expect(read("data/dataset.json")).toBe(
    readFileSync(resolve(__dirname, "../../src/data/dataset.json"), "utf8")
  );
});
