/* npm run docs — the function reference, generated from the function registry and the prose written beside it:
 *
 *   docs/functions.prose.md  (hand-written) the introduction, the conventions, and per function only what the spec
 *                            does not say: method, worked examples, the sources in full
 *   src/functions/specs/     (the registry) each function's syntax, description, parameters, result and example
 *   → docs/functions.md      the reference in Markdown (generated: edit the prose or the spec, never this file)
 *   → docs/functions.html    the page Excel's formula help links to (helpUrl <ADDIN_URL>/docs/functions.html#<name>;
 *                            webpack copies docs/*.html into dist/docs)
 *
 * A small converter for the Markdown this reference uses, so no package is needed: headings, paragraphs,
 * "-" and "1." lists, pipe tables, fenced code, and inline `code`, **bold**, *italic* and [links](#x).
 * A "## RE.NAME" heading gets the anchor #name (lower case, without "RE."), the one each helpUrl names;
 * other headings get a slug of their text. Run with --check to fail when either file is out of date. */
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const prose = path.join(root, "docs/functions.prose.md");
const source = path.join(root, "docs/functions.md");
const target = path.join(root, "docs/functions.html");
/** Where the generated index of functions goes in the prose. */
const INDEX_MARK = "<!-- function index (generated) -->";
/** Where the generated list of dataset tables (from the table registry) goes in the prose. */
const TABLES_MARK = "<!-- table list (generated) -->";
/** A prose paragraph that continues the spec's example ("**Example:**: the base case …"). */
const EXAMPLE_MARK = "**Example:**";

function escapeHtml(text) {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Inline markup: code spans first (their content is literal), then links, bold and italic. */
function inline(text) {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => {
      if (part.startsWith("`") && part.endsWith("`") && part.length > 1) {
        return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      }
      return escapeHtml(part)
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label, href) => `<a href="${href}">${label}</a>`)
        .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
        .replace(/(^|[^*\w])\*([^*\s][^*]*)\*(?!\*)/g, "$1<em>$2</em>");
    })
    .join("");
}

/** The anchor of a heading: "RE.LEADTIME" → "leadtime", "Conventions" → "conventions". */
function anchorOf(heading) {
  const name = heading.match(/^RE\.([A-Z]+)$/);
  if (name) return name[1].toLowerCase();
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function cells(row) {
  return row
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((cell) => cell.trim());
}

function convert(markdown) {
  const lines = markdown.replace(/\r\n/g, "\n").split("\n");
  const html = [];
  let title = "RE function reference";
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === "") {
      i++;
    } else if (line.startsWith("```")) {
      const code = [];
      for (i++; i < lines.length && !lines[i].startsWith("```"); i++) code.push(lines[i]);
      i++;
      html.push(`<pre><code>${escapeHtml(code.join("\n"))}</code></pre>`);
    } else if (/^#{1,6} /.test(line)) {
      const level = line.match(/^#+/)[0].length;
      const text = line.slice(level + 1).trim();
      if (level === 1) title = text;
      html.push(`<h${level} id="${anchorOf(text)}">${inline(text)}</h${level}>`);
      i++;
    } else if (line.trim().startsWith("|")) {
      const rows = [];
      for (; i < lines.length && lines[i].trim().startsWith("|"); i++) rows.push(cells(lines[i]));
      const [head, , ...body] = rows;
      html.push(
        "<table>",
        `<thead><tr>${head.map((c) => `<th>${inline(c)}</th>`).join("")}</tr></thead>`,
        `<tbody>${body.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join("")}</tr>`).join("")}</tbody>`,
        "</table>"
      );
    } else if (/^(-|\d+\.) /.test(line.trim())) {
      const ordered = /^\d+\./.test(line.trim());
      const items = [];
      for (; i < lines.length && lines[i].trim() !== "" && !lines[i].trim().startsWith("|"); i++) {
        const item = lines[i].trim().match(/^(-|\d+\.) (.*)$/);
        if (item) items.push(item[2]);
        else items[items.length - 1] += ` ${lines[i].trim()}`;
      }
      const tag = ordered ? "ol" : "ul";
      html.push(`<${tag}>${items.map((item) => `<li>${inline(item)}</li>`).join("")}</${tag}>`);
    } else {
      const paragraph = [];
      for (
        ;
        i < lines.length && lines[i].trim() !== "" && !/^(#|\||```)/.test(lines[i].trim());
        i++
      ) {
        paragraph.push(lines[i].trim());
      }
      html.push(`<p>${inline(paragraph.join(" "))}</p>`);
    }
  }
  return { title, body: html.join("\n") };
}

const STYLE = `
body { font: 15px/1.5 "Segoe UI", system-ui, -apple-system, sans-serif; color: #1f1f1f; max-width: 60rem;
  margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.7rem; } h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 1px solid #ddd; }
h2[id]:target { background: #fff4ce; }
code { font-family: Consolas, "SF Mono", monospace; font-size: 0.92em; background: #f3f3f3; padding: 0 0.2em; }
table { border-collapse: collapse; margin: 0.8rem 0; }
th, td { border: 1px solid #ddd; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
th { background: #f6f6f6; } a { color: #0f6cbd; }`;

function page(markdown) {
  const { title, body } = convert(markdown);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}
</style>
</head>
<body>
<!-- Generated from docs/functions.md by scripts/build-docs.js (npm run docs): edit the Markdown. -->
${body}
</body>
</html>
`;
}

/** A table cell: pipes escaped, line breaks folded. */
function cell(text) {
  return text.replace(/\s+/g, " ").replace(/\|/g, "\\|");
}

/** The parts of a function's section that the spec holds: syntax, description, parameters, result, example. */
function specSection(spec, proseParagraphs) {
  const params = spec.params.map((p) => {
    const name = p.repeating ? `${p.name}…` : p.name;
    return p.optional || p.repeating ? `[${name}]` : name;
  });
  const lines = [
    `## RE.${spec.name}`,
    "",
    `\`RE.${spec.name}(${params.join(", ")})\``,
    "",
    spec.description,
    "",
  ];
  if (spec.params.length > 0) {
    lines.push("| Parameter | Accepted values and units |", "| --- | --- |");
    for (const p of spec.params)
      lines.push(`| ${p.name} | ${p.optional ? "Optional. " : ""}${cell(p.description)} |`);
    lines.push("");
  }
  lines.push(`**Result:** ${spec.result}`, "");
  const verb = spec.returns === "matrix" ? "spills" : "returns";
  const example = `**Example:** \`${spec.example.formula}\` ${verb} **${spec.example.shows}**`;
  const paragraphs = [...proseParagraphs];
  const at = paragraphs.findIndex((p) => p.startsWith(EXAMPLE_MARK));
  if (at >= 0) paragraphs[at] = example + paragraphs[at].slice(EXAMPLE_MARK.length);
  else paragraphs.push(`${example}.`);
  if (!paragraphs.some((p) => p.startsWith("**Sources:**")))
    paragraphs.push(`**Sources:** ${spec.sources}`);
  return [...lines, paragraphs.join("\n\n"), ""].join("\n");
}

/** The prose file split into its head and its per-function paragraphs. */
function proseParts(text) {
  const [head, ...sections] = text.replace(/\r\n/g, "\n").split(/^(?=## RE\.)/m);
  const byName = new Map();
  for (const section of sections) {
    const [heading, ...body] = section.split("\n");
    const paragraphs = body
      .join("\n")
      .trim()
      .split(/\n\s*\n/)
      .filter(Boolean);
    byName.set(heading.slice("## RE.".length).trim(), paragraphs);
  }
  return { head, byName };
}

/** The dataset's tables as RE.TABLE and Insert lay them out, from the table registry. */
function tablesMarkdown(tables, sourceColumn) {
  return [
    "| Table | Title in the task pane | Other names | Columns |",
    "| --- | --- | --- | --- |",
    ...tables.map(
      (t) =>
        `| \`${t.name}\` | ${cell(t.title)} | ${t.aliases.map((a) => `\`${a}\``).join(", ")} | ${[...t.columns, sourceColumn].join(", ")} |`
    ),
  ].join("\n");
}

/**
 * docs/functions.md from the prose, the specs (in the registry's order) and the table registry; throws on
 * prose for no function.
 */
function functionsMarkdown(proseText, specs, registry) {
  const { head, byName } = proseParts(proseText);
  const unknown = [...byName.keys()].filter((name) => !specs.some((s) => s.name === name));
  if (unknown.length > 0)
    throw new Error(`docs/functions.prose.md has sections for no function: ${unknown.join(", ")}`);
  const index = [
    "| Function | What it answers |",
    "| --- | --- |",
    ...specs.map((s) => `| [RE.${s.name}](#${s.name.toLowerCase()}) | ${cell(s.description)} |`),
  ].join("\n");
  const banner =
    "<!-- Generated by scripts/build-docs.js from docs/functions.prose.md and the function specs: edit those. -->\n\n";
  const tables = tablesMarkdown(registry.TABLES, registry.SOURCE_COLUMN);
  return `${banner}${head.replace(INDEX_MARK, index).replace(TABLES_MARK, tables).trimEnd()}\n\n${specs.map((s) => specSection(s, byName.get(s.name) ?? [])).join("\n")}`;
}

/** A TypeScript module of the source tree, loaded through tsx. */
function loadModule(file) {
  const { register } = require("tsx/cjs/api");
  const unregister = register();
  try {
    return require(path.join(root, file));
  } finally {
    unregister();
  }
}

/** The function registry. */
function loadSpecs() {
  return loadModule("src/functions/specs/index.ts").SPECS;
}

/** The table registry: `TABLES` and the name of the Source column. */
function loadTables() {
  return loadModule("src/data/tables.ts");
}

module.exports = { convert, page, anchorOf, functionsMarkdown, loadSpecs, loadTables };

if (require.main === module) {
  const markdown = functionsMarkdown(fs.readFileSync(prose, "utf8"), loadSpecs(), loadTables());
  const html = page(markdown);
  if (process.argv.includes("--check")) {
    const stale = [
      [source, markdown],
      [target, html],
    ].filter(([file, text]) => !fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text);
    if (stale.length > 0) {
      console.error(
        `${stale.map(([file]) => path.relative(root, file)).join(" and ")} out of date: run npm run docs`
      );
      process.exit(1);
    }
    console.log("docs/functions.md and docs/functions.html are up to date");
  } else {
    fs.writeFileSync(source, markdown);
    fs.writeFileSync(target, html);
    console.log(
      `wrote docs/functions.md and ${path.relative(root, target)} (${html.length.toLocaleString("en")} bytes)`
    );
  }
}
