/* What the add-in's build and the preview's build compile alike: TypeScript through ts-loader (type checking is
 * `npm run lint`'s job, so the loader only transpiles), CSS imported as minified text for the pages' <style>
 * elements. The add-in's build adds TypeScript transformers, modules it turns into data
 * (`prevaluated`, scripts/prevaluate-loader.js) and JSON it embeds as raw text (`jsonText`,
 * scripts/json-text-loader.js). */
function typescriptAndCssWith({ transformers, prevaluated = [], jsonText = [] } = {}) {
  return {
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        ...prevaluated.map((file) => ({
          test: file,
          use: require.resolve("./prevaluate-loader"),
        })),
        ...jsonText.map((file) => ({
          test: file,
          type: "javascript/auto",
          use: require.resolve("./json-text-loader"),
        })),
        {
          test: /\.ts$/,
          exclude: [/node_modules/, ...prevaluated],
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              ...(transformers ? { getCustomTransformers: () => transformers } : {}),
            },
          },
        },
        { test: /\.css$/, type: "asset/source", use: require.resolve("./css-minify-loader") },
      ],
    },
    // Bundle size is measured by `npm run bench` (functions_js_gzip_bytes, page_js_gzip_bytes), not by webpack's hints.
    performance: { hints: false },
  };
}

const typescriptAndCss = typescriptAndCssWith();

module.exports = { typescriptAndCss, typescriptAndCssWith };
