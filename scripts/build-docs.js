/* npm run docs — docs/functions.md → docs/functions.html, the page Excel's formula help links to
 * (@helpurl https://localhost:3000/docs/functions.html#<name>; webpack copies docs/*.html into dist/docs).
 *
 * A small converter for the Markdown this reference uses, so no package is needed: headings, paragraphs,
 * "-" and "1." lists, pipe tables, fenced code, and inline `code`, **bold**, *italic* and [links](#x).
 * A "## RE.NAME" heading gets the anchor #name (lower case, without "RE."), the one each @helpurl names;
 * other headings get a slug of their text. Run with --check to fail when the HTML is out of date. */
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const source = path.join(root, "docs/functions.md");
const target = path.join(root, "docs/functions.html");

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

module.exports = { convert, page, anchorOf };

if (require.main === module) {
  const html = page(fs.readFileSync(source, "utf8"));
  if (process.argv.includes("--check")) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
    if (current !== html) {
      console.error("docs/functions.html is out of date: run npm run docs");
      process.exit(1);
    }
    console.log("docs/functions.html is up to date");
  } else {
    fs.writeFileSync(target, html);
    console.log(`wrote ${path.relative(root, target)} (${html.length.toLocaleString("en")} bytes)`);
  }
}
