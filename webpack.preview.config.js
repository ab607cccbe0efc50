/* The workbook preview (a development tool): a grid evaluated by HyperFormula beside the real task pane.
 * HyperFormula is GPL-3.0, so this build goes to dist-preview/ only and is never part of the add-in in dist/.
 * `npm run build:preview` writes dist-preview/; `npm start` (scripts/start.js) serves it at /preview/ from memory. */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { typescriptAndCss } = require("./scripts/webpack-common");

module.exports = (env, argv) => {
  const dev = (argv && argv.mode) !== "production";
  return {
    name: "preview",
    mode: dev ? "development" : "production",
    // Source maps of HyperFormula alone run to megabytes: map our own code only.
    devtool: dev ? "eval-cheap-module-source-map" : false,
    entry: { preview: "./preview/main.ts" },
    output: {
      path: path.resolve(__dirname, "dist-preview"),
      // Served at /preview/ by the dev server and by the browser tests' static server alike.
      publicPath: "/preview/",
      filename: "[name].js",
      clean: true,
    },
    ...typescriptAndCss,
    plugins: [
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./preview/index.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "preview/preview.css", to: "preview.css" },
          // The pane's default dataset URL is data/dataset.json beside the page, as in the add-in.
          { from: "src/data/dataset.json", to: "data/dataset.json" },
        ],
      }),
    ],
  };
};
