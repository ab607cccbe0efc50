import { createReadStream, existsSync, statSync } from "fs";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import { extname, join, normalize, resolve } from "path";
import webpack from "webpack";

const types: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
};

export const ROOT = resolve(__dirname, "..", "..");
export const PREVIEW_DIR = join(ROOT, "dist-preview");

/** Builds the workbook preview into dist-preview/ with webpack.preview.config.js (development mode: fast). */
export async function buildPreview(): Promise<void> {
  const makeConfig = require(join(ROOT, "webpack.preview.config.js")) as (
    env: unknown,
    argv: { mode: string }
  ) => webpack.Configuration;
  const config = { ...makeConfig({}, { mode: "development" }), context: ROOT };
  await new Promise<void>((done, fail) =>
    webpack(config, (error, stats) => {
      if (error) return fail(error);
      if (!stats || stats.hasErrors())
        return fail(new Error(stats?.toString({ all: false, errors: true }) ?? "webpack failed"));
      done();
    })
  );
}

/** Serves dist-preview/ at /preview/ on 127.0.0.1 and a random free port, as the dev server does. */
export async function servePreview(
  dir = PREVIEW_DIR
): Promise<{ url: string; close(): Promise<void> }> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? "/").split("?")[0]);
    if (!path.startsWith("/preview/")) {
      res.writeHead(path === "/" || path === "/preview" ? 302 : 404, { Location: "/preview/" });
      res.end();
      return;
    }
    const local = path.slice("/preview/".length) || "index.html";
    const file = normalize(join(root, local));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/preview/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
