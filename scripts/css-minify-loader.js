/* The pages' CSS as they receive it: the style sheets are imported as text (asset/source), which no
 * minifier sees, so their comments and layout would ship in taskpane.js; clean-css level 1 removes them
 * without reordering or merging rules. */
const CleanCSS = require("clean-css");

module.exports = function cssMinifyLoader(source) {
  const result = new CleanCSS({ level: 1 }).minify(source);
  if (result.errors.length > 0) throw new Error(result.errors.join("\n"));
  return result.styles;
};
