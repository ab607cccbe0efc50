/* The embedded dataset as functions.js carries it: its JSON text exactly (minified, in the source's key
 * order), handed to JSON.parse in a raw template literal. webpack's own JSON output quotes the text as a
 * '…' string, which escapes each of the dataset's backslashes and apostrophes once more; a raw template
 * needs no escapes, so the page loads the same text in fewer bytes. A text a raw template cannot hold
 * unchanged (a backtick, "${") fails the build. */
"use strict";

module.exports = function jsonTextLoader(source) {
  const text = JSON.stringify(JSON.parse(source));
  if (text.includes("`") || text.includes("${"))
    throw new Error(
      `${this.resourcePath}: the JSON holds a backtick or "\${", which a raw template would change`
    );
  return `export default JSON.parse(String.raw\`${text}\`);\n`;
};
