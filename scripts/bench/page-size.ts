/**
 * The JavaScript the task pane page loads, as built: every script tag of dist/taskpane.html that the
 * build emitted (the functions, the pane and any chunk they share), gzipped. office.js is Microsoft's
 * library, served by its CDN or as a local copy, and not counted; chunks a bundle loads later (on demand)
 * are listed apart.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

export const gzipBytes = (bytes: Buffer | string) => zlib.gzipSync(bytes, { level: 9 }).length;

/** A script tag's src, quoted or not (the build minifies the page). */
const SCRIPT_SRC = /<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g;

export function pageScripts(distDir: string) {
  const html = fs.readFileSync(path.join(distDir, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(SCRIPT_SRC)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/office\.js$/i.test(src) && !/^https?:/i.test(src))
    .map((src) => {
      const file = path.join(distDir, src.replace(/^\.?\//, "").split("?")[0]);
      const bytes = fs.readFileSync(file);
      return { src, bytes: bytes.length, gzipBytes: gzipBytes(bytes) };
    });
  const loaded = new Set(scripts.map((s) => path.basename(s.src)));
  const onDemand = fs
    .readdirSync(distDir)
    .filter((f) => f.endsWith(".js") && !loaded.has(f) && f !== "office.js")
    .map((f) => ({ src: f, gzipBytes: gzipBytes(fs.readFileSync(path.join(distDir, f))) }));
  return {
    scripts,
    gzipBytes: scripts.reduce((n, s) => n + s.gzipBytes, 0),
    onDemand,
  };
}
