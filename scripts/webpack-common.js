/* What the add-in's build and the preview's build compile alike: TypeScript through ts-loader (type checking is
 * `npm run lint`'s job, so the loader only transpiles), CSS imported as minified text for the pages' <style>
 * elements. */
const typescriptAndCss = {
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true } },
      },
      { test: /\.css$/, type: "asset/source", use: require.resolve("./css-minify-loader") },
    ],
  },
  // Bundle size is measured by `npm run bench` (functions_js_gzip_bytes, page_js_gzip_bytes), not by webpack's hints.
  performance: { hints: false },
};

module.exports = { typescriptAndCss };
