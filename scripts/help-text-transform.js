/* The add-in bundle's build-time split of the function specs (src/functions/specs/): each spec is one contract,
 * its computation and its help text side by side, but at run time the functions read only the computation.
 * The help text (a spec's `description`, `result`, `example` and `sources`, a parameter's `description`) is
 * for Excel's metadata, the function reference and the pane's catalogue: the first two are written at build
 * time, and the catalogue loads the texts on first use from src/functions/help.ts, which the build turns
 * into data (scripts/prevaluate-loader.js). So this TypeScript transformer leaves those properties out of the
 * spec objects that functions.js carries. */
"use strict";
const path = require("path");
const ts = require("typescript");

const SPECS_DIR = path.resolve(__dirname, "../src/functions/specs") + path.sep;

const SPEC_HELP = new Set(["description", "result", "example", "sources"]);
const DESCRIPTION = new Set(["description"]);

function propertyName(member) {
  if (!ts.isPropertyAssignment(member) && !ts.isShorthandPropertyAssignment(member))
    return undefined;
  return ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)
    ? member.name.text
    : undefined;
}

const NONE = new Set();

/**
 * The help properties of an object literal: a spec's (`name` with `params`), a parameter's (`name` with
 * `kind`), or the `description` a shared parameter is spread into and given; none of any other object.
 */
function helpPropertiesOf(node) {
  const names = new Set(node.properties.map(propertyName));
  if (names.has("name") && names.has("params")) return SPEC_HELP;
  if (names.has("name") && names.has("kind")) return DESCRIPTION;
  return node.properties.some(ts.isSpreadAssignment) ? DESCRIPTION : NONE;
}

function isSpecSource(fileName) {
  return path.resolve(fileName).startsWith(SPECS_DIR);
}

/** @returns {ts.TransformerFactory<ts.SourceFile>} */
function withoutHelpText(context) {
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const help = helpPropertiesOf(node);
      const kept = node.properties.filter((member) => !help.has(propertyName(member)));
      return ts.factory.updateObjectLiteralExpression(
        node,
        kept.map((member) => ts.visitNode(member, visit))
      );
    }
    return ts.visitEachChild(node, visit, context);
  };
  return (file) => (isSpecSource(file.fileName) ? ts.visitNode(file, visit) : file);
}

module.exports = { withoutHelpText };
