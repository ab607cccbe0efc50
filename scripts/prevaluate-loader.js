/* A module the build turns into the data it computes: the module is run at build time (through tsx, with the
 * sources it imports) and webpack receives its exports as JSON in place of its code. Used for
 * src/functions/help.ts, the help texts the pane's catalogue loads on first use: the texts stay written once,
 * in the specs, and the catalogue's chunk carries them without the specs' code. An export JSON cannot carry
 * exactly fails the build. */
"use strict";
const path = require("path");
const { isDeepStrictEqual } = require("util");
const { withSources } = require("./addin-build");

const root = path.resolve(__dirname, "..");

module.exports = function prevaluateLoader() {
  // what the module computes depends on every source it imports
  this.addContextDependency(path.join(root, "src"));
  const exports = withSources((load) => load(this.resourcePath));
  return Object.entries(exports)
    .map(([name, value]) => {
      const json = JSON.stringify(value);
      if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value))
        throw new Error(
          `${path.relative(root, this.resourcePath)}: export ${name} is not plain JSON`
        );
      return `export const ${name} = JSON.parse(${JSON.stringify(json)});\n`;
    })
    .join("");
};
