/* What a build of dist/ is for, read once from the environment by webpack.config.js:
 *
 *   ADDIN_URL            the https origin (and path) dist/ will be served from; every URL in dist/manifest.xml and
 *                        every helpUrl in dist/functions.json starts with it. Unset: a development build for
 *                        https://localhost:3000 (the dev server), said so on the console.
 *   ADDIN_SUPPORT_SYNC=1 declare the functions synchronous (supportSync) and load the beta office.js. Microsoft
 *                        documents synchronous custom functions as a preview not for production add-ins.
 *
 * It also writes the two generated files: functions.json from the function specs (one contract per function) and
 * manifest.xml with this build's origin and the version of package.json. */
"use strict";
const fs = require("fs");
const path = require("path");
const { register: registerTypeScript } = require("tsx/cjs/api");

const root = path.resolve(__dirname, "..");
const DEV_ADDIN_URL = "https://localhost:3000";
/** The URL every manifest.xml in the repository is written for; the build replaces it with ADDIN_URL. */
const MANIFEST_SOURCE_URL = DEV_ADDIN_URL;
/** Microsoft's CDN copy of office.js (Marketplace add-ins must load it; the npm package is unsupported). */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The beta library, which synchronous custom functions (a preview) need. */
const OFFICE_JS_BETA_CDN = "https://appsforoffice.microsoft.com/lib/beta/hosted/office.js";

/** The origin from ADDIN_URL, checked: https only (Office loads add-ins only over https), no query or fragment. */
function addinUrlFrom(value) {
  if (value === undefined || value.trim() === "") return { url: DEV_ADDIN_URL, development: true };
  let parsed;
  try {
    parsed = new URL(value.trim());
  } catch {
    throw new Error(
      `ADDIN_URL "${value}" is not a URL. Give the https address dist/ will be served from, e.g. ADDIN_URL=https://addins.example.org/re`
    );
  }
  if (parsed.protocol !== "https:")
    throw new Error(
      `ADDIN_URL "${value}" is not https. Excel loads add-ins only over https: serve dist/ from an https address and give that, e.g. ADDIN_URL=https://addins.example.org/re`
    );
  if (parsed.search || parsed.hash || parsed.username || parsed.password)
    throw new Error(
      `ADDIN_URL "${value}" must be a plain origin and path, without a query, fragment or credentials.`
    );
  return { url: `${parsed.origin}${parsed.pathname.replace(/\/+$/, "")}`, development: false };
}

/** This build's settings; throws with a message for the user when ADDIN_URL is unusable. */
function buildTarget(env = process.env) {
  const { url, development } = addinUrlFrom(env.ADDIN_URL);
  const supportSync = env.ADDIN_SUPPORT_SYNC === "1";
  return {
    addinUrl: url,
    development,
    supportSync,
    officeJsUrl: supportSync ? OFFICE_JS_BETA_CDN : OFFICE_JS_CDN,
  };
}

/** The four-part manifest version from package.json's semver, at least 1.0.0.0. */
function manifestVersion(version) {
  const [major, minor, patch] = String(version).split(/[.+-]/).map(Number);
  if (![major, minor, patch].every(Number.isInteger) || major < 1)
    throw new Error(
      `package.json version "${version}" must be 1.0.0 or later (the manifest's version follows it).`
    );
  return `${major}.${minor}.${patch}.0`;
}

/** manifest.xml for this build: every URL on the build's origin, the version from package.json. */
function manifestFor(xml, { addinUrl }, version) {
  return xml
    .split(MANIFEST_SOURCE_URL)
    .join(addinUrl)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
}

/**
 * Runs `use` with a `load` that requires TypeScript modules (paths from the repository's root) through tsx.
 * The dev server rebuilds on every save: the sources are read afresh, not from require's cache.
 */
function withSources(use) {
  const unregister = registerTypeScript();
  for (const id of Object.keys(require.cache))
    if (id.startsWith(path.join(root, "src"))) delete require.cache[id];
  try {
    return use((file) => require(path.resolve(root, file)));
  } finally {
    unregister();
  }
}

/** functions.json for this build, from the function specs. */
function functionsJsonFor({ addinUrl, supportSync }) {
  return withSources((load) => {
    const { functionsMetadata } = load("src/functions/metadata.ts");
    const { SPECS } = load("src/functions/specs/index.ts");
    return `${JSON.stringify(functionsMetadata(SPECS, { addinUrl, supportSync }), null, 2)}\n`;
  });
}

/** Emits functions.json and manifest.xml into the compilation's output. */
class AddinFilesPlugin {
  constructor(target) {
    this.target = target;
  }

  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap("AddinFilesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "AddinFilesPlugin",
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const manifestPath = path.join(root, "manifest.xml");
          const specsDir = path.join(root, "src/functions/specs");
          compilation.fileDependencies.add(manifestPath);
          compilation.contextDependencies.add(specsDir);
          const version = require(path.join(root, "package.json")).version;
          const manifest = manifestFor(fs.readFileSync(manifestPath, "utf8"), this.target, version);
          compilation.emitAsset("manifest.xml", new RawSource(manifest));
          compilation.emitAsset("functions.json", new RawSource(functionsJsonFor(this.target)));
        }
      );
    });
  }
}

module.exports = {
  AddinFilesPlugin,
  DEV_ADDIN_URL,
  OFFICE_JS_CDN,
  buildTarget,
  functionsJsonFor,
  manifestFor,
  manifestVersion,
  withSources,
};
