import { createReadStream, existsSync, statSync } from "fs";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import { extname, join, normalize, resolve } from "path";

const types: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".xml": "application/xml",
};

export interface StaticSite {
  /** "http://127.0.0.1:<port>" */
  readonly origin: string;
  close(): Promise<void>;
}

export interface ServeDirectoryOptions {
  /** The URL path the directory is served under, with both slashes ("/" or "/preview/"). */
  readonly mount: string;
  /** The file the mount path itself answers with. */
  readonly index: string;
}

/**
 * Serves a built directory on 127.0.0.1 and a random free port, read-only and never outside it. Requests
 * for the mount path without its trailing slash, or for "/", are redirected to the mount, as the dev
 * server does; other paths outside the mount answer 404.
 */
export async function serveDirectory(
  dir: string,
  { mount, index }: ServeDirectoryOptions
): Promise<StaticSite> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? "/").split("?")[0]);
    if (!path.startsWith(mount)) {
      res.writeHead(path === "/" || path === mount.slice(0, -1) ? 302 : 404, { Location: mount });
      res.end();
      return;
    }
    const file = normalize(join(root, path.slice(mount.length) || index));
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
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
