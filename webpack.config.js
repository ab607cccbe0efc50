/* eslint-disable no-undef */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const devCerts = require("office-addin-dev-certs");
const { register: registerTypeScript } = require("tsx/cjs/api");

const port = Number(process.env.npm_package_config_dev_server_port || 3000);

/** One file per custom function under src/functions/re/: the JSDoc there is the function's public contract. */
const functionFiles = fs
  .readdirSync(path.resolve(__dirname, "src/functions/re"))
  .filter((name) => name.endsWith(".ts"))
  .sort()
  .map((name) => `./src/functions/re/${name}`);

/** office.js and the host scripts it loads at run time, served from our own origin so nothing needs a CDN. */
const officeJsDir = path.resolve(__dirname, "node_modules/@microsoft/office-js/dist");
const officeJsIgnore = [
  "**/*.debug.js",
  "**/office-vsdoc.js",
  "**/*.d.ts",
  "**/{access,onenote,outlook,powerpoint,project,visio,word}*",
  "**/*-[a-z][a-z]/**",
];

/**
 * The add-in trusts the dataset it embeds (validating it at start-up would put zod into functions.js),
 * so no build may ship one that fails the schema: check it here, with the same validator the pane uses.
 */
function assertEmbeddedDatasetValid() {
  const unregister = registerTypeScript();
  try {
    const { parseDataset } = require("./src/data/validate.ts");
    const json = JSON.parse(fs.readFileSync(path.resolve(__dirname, "src/data/dataset.json"), "utf8"));
    const parsed = parseDataset(json);
    if (!parsed.ok) {
      throw new Error(`src/data/dataset.json fails its schema:\n  ${parsed.issues.slice(0, 20).join("\n  ")}`);
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
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.css$/, type: "asset/source" },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionFiles }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The functions load first: in the shared runtime this page is also the functions' host.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "src/data/dataset.json", to: "data/dataset.json" },
          { from: "src/data/dataset.schema.json", to: "data/dataset.schema.json", noErrorOnMissing: true },
          { from: "docs/*.html", to: "docs/[name][ext]", noErrorOnMissing: true },
          {
            from: "**/*",
            context: officeJsDir,
            to: "office-js/",
            globOptions: { ignore: officeJsIgnore },
            // Already minified by Microsoft: without this flag terser spends minutes re-minifying it.
            info: { minimized: true },
          },
          { from: "en-us/**/*", context: officeJsDir, to: "office-js/", info: { minimized: true } },
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
