/* eslint-disable no-undef */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const devCerts = require("office-addin-dev-certs");
const { DefinePlugin } = require("webpack");
const { register: registerTypeScript } = require("tsx/cjs/api");
const { AddinFilesPlugin, buildTarget } = require("./scripts/addin-build");
const { withoutHelpText } = require("./scripts/help-text-transform");
const { typescriptAndCssWith } = require("./scripts/webpack-common");

const port = Number(process.env.npm_package_config_dev_server_port || 3000);

/**
 * The add-in trusts the dataset it embeds (validating it at start-up would put zod into functions.js),
 * so no build may ship one that fails the schema: check it here, with the same validator the pane uses.
 */
function assertEmbeddedDatasetValid() {
  const unregister = registerTypeScript();
  try {
    const { parseDataset } = require("./src/data/validate.ts");
    const json = JSON.parse(
      fs.readFileSync(path.resolve(__dirname, "src/data/dataset.json"), "utf8")
    );
    const parsed = parseDataset(json);
    if (!parsed.ok) {
      throw new Error(
        `src/data/dataset.json fails its schema:\n  ${parsed.issues.slice(0, 20).join("\n  ")}`
      );
    }
  } finally {
    unregister();
  }
}

/**
 * HTTPS for the dev server with office-addin-dev-certs, as Microsoft's template does. On Windows and Mac that
 * installs the local CA on first use (Excel needs https). Elsewhere it would regenerate the certificates and
 * ask for sudo each time the CA is not trusted, so there https is used only once the CA is trusted, and the
 * server falls back to http (the browser preview needs nothing more).
 */
async function devServerTransport() {
  const sideloadPlatform = process.platform === "win32" || process.platform === "darwin";
  try {
    if (!sideloadPlatform && !devCerts.verifyCertificates()) return { type: "http" };
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch {
    return { type: "http" };
  }
}

module.exports = async (env, argv) => {
  assertEmbeddedDatasetValid();
  const dev = argv.mode === "development";
  let target;
  try {
    target = buildTarget();
  } catch (error) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  console.log(
    target.development
      ? `Development build for ${target.addinUrl} (set ADDIN_URL=https://<your host>/<path> for a production build).`
      : `Production build for ${target.addinUrl}.`
  );
  if (target.supportSync)
    console.log(
      "ADDIN_SUPPORT_SYNC=1: synchronous functions (a Microsoft preview, not for production) and the beta office.js."
    );
  return {
    devtool: dev ? "source-map" : false,
    // In the shared runtime both bundles run on one page: the pane depends on the functions bundle, so the
    // modules they share (the store, the embedded dataset, the core, the specs) are in functions.js once,
    // instantiated once (one dataset copy, one parse), and functions.js stays complete on its own.
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: { import: "./src/taskpane/taskpane.ts", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Chunks loaded on demand (zod with the schema) sit beside taskpane.html, so they load relative to
      // the page; "auto" would read document.currentScript, which a page-less runtime does not have.
      publicPath: "",
      // The name of the global the chunks register with (and of their script tags' data-webpack): every
      // chunk and functions.js' runtime spell it, so it is short; nothing else on the page is built by webpack.
      uniqueName: "rei",
      clean: true,
    },
    // Module ids in order of use (small numbers, which gzip well) and the shortest export names: nothing
    // caches a module by its id (the files have no content hash), and this is 1.5 KB of the page gzipped.
    optimization: dev ? {} : { moduleIds: "natural", mangleExports: "size" },
    // The functions' help texts are the catalogue's alone: out of the specs functions.js carries, and into
    // the data of the catalogue's chunk, loaded on first use (see scripts/help-text-transform.js). The
    // embedded dataset's fingerprint is computed here, so the page carries no SHA-256 at start-up.
    ...typescriptAndCssWith({
      transformers: { before: [withoutHelpText] },
      prevaluated: [
        path.resolve(__dirname, "src/functions/help.ts"),
        path.resolve(__dirname, "src/data/embedded-fingerprint.ts"),
      ],
      jsonText: [path.resolve(__dirname, "src/data/dataset.json")],
    }),
    plugins: [
      new AddinFilesPlugin(target),
      new DefinePlugin({ __ADDIN_URL__: JSON.stringify(target.addinUrl) }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        templateParameters: { officeJsUrl: target.officeJsUrl },
        // The functions load first: in the shared runtime this page is also the functions' host.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/data/dataset.json", to: "data/dataset.json" },
          {
            from: "src/data/dataset.schema.json",
            to: "data/dataset.schema.json",
            noErrorOnMissing: true,
          },
          { from: "docs/*.html", to: "docs/[name][ext]", noErrorOnMissing: true },
        ],
      }),
    ],
    devServer: {
      port,
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      server: dev ? await devServerTransport() : { type: "http" },
      static: { directory: path.resolve(__dirname, "dist") },
      hot: false,
      liveReload: false,
    },
  };
};
