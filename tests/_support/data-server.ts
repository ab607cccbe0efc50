import { createServer, type IncomingMessage, type Server, type ServerResponse } from "http";
import type { AddressInfo } from "net";

/** Answers one request; the server adds CORS headers before it runs. */
export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface DataServer {
  /** "http://127.0.0.1:<port>" */
  readonly origin: string;
  /** The URL of a route path ("/good.json" → "http://127.0.0.1:<port>/good.json"). */
  url(path: string): string;
  /** Paths requested so far, in order. */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

/**
 * A dataset server on 127.0.0.1 and a random free port, started and stopped by the test that uses it.
 * Every answer allows any origin (the pane is served from another port); unknown paths answer 404.
 */
export async function startDataServer(
  routes: Readonly<Record<string, Route>>
): Promise<DataServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    requests.push(path);
    res.setHeader("Access-Control-Allow-Origin", "*");
    res.setHeader("Cache-Control", "no-store");
    const route = routes[path];
    if (!route) return status(404)(req, res);
    route(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A JSON body with its Content-Length. */
export function json(value: unknown): Route {
  return text(JSON.stringify(value), "application/json");
}

export function text(body: string, contentType = "text/plain; charset=utf-8"): Route {
  return (_req, res) => {
    const bytes = Buffer.from(body, "utf8");
    res.writeHead(200, { "Content-Type": contentType, "Content-Length": bytes.byteLength });
    res.end(bytes);
  };
}

/** An error status with a short body. */
export function status(code: number): Route {
  return (_req, res) => {
    const body = `status ${code}`;
    res.writeHead(code, {
      "Content-Type": "text/plain",
      "Content-Length": Buffer.byteLength(body),
    });
    res.end(body);
  };
}

/** Sends nothing at all for `ms` (then the route, if the client is still there). */
export function silentFor(ms: number, then: Route): Route {
  return (req, res) => {
    const timer = setTimeout(() => {
      if (!res.destroyed) then(req, res);
    }, ms);
    res.on("close", () => clearTimeout(timer));
  };
}

/** Headers and the first bytes at once, then one byte every `everyMs`: a body that never finishes in time. */
export function trickle(everyMs: number): Route {
  return (_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.write("{");
    const timer = setInterval(() => {
      if (!res.destroyed) res.write(" ");
    }, everyMs);
    res.on("close", () => clearInterval(timer));
  };
}

/** A body of `bytes` bytes that announces its size in Content-Length. */
export function hugeDeclared(bytes: number): Route {
  return (_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json", "Content-Length": bytes });
    streamSpaces(res, bytes);
  };
}

/** A body of `bytes` bytes sent chunked, with no Content-Length: only counting the bytes catches it. */
export function hugeChunked(bytes: number): Route {
  return (_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    streamSpaces(res, bytes);
  };
}

function streamSpaces(res: ServerResponse, bytes: number): void {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let sent = 0;
  const pump = () => {
    while (sent < bytes && !res.destroyed) {
      const n = Math.min(chunk.byteLength, bytes - sent);
      sent += n;
      if (!res.write(n === chunk.byteLength ? chunk : chunk.subarray(0, n))) {
        res.once("drain", pump);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  res.on("error", () => undefined);
  pump();
}

/** A redirect to another URL. */
export function redirect(location: string): Route {
  return (_req, res) => {
    res.writeHead(302, { Location: location, "Content-Length": 0 });
    res.end();
  };
}
