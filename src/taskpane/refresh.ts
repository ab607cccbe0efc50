import { datasetFingerprint } from "../data/fingerprint";
import type { ValidatedDataset } from "../data/schema";
import { parseDataset } from "../data/validate";
import { diffDatasets, type DatasetDiff } from "./diff";
import { errorText, refreshMessages as say } from "./messages";

/** How long a pull may take, connection to last byte, before it is stopped. */
export const DEFAULT_TIMEOUT_MS = 20_000;
/**
 * Largest dataset accepted, in bytes. The reference dataset is about 170 KB; 4 MB leaves room to grow while
 * staying inside what localStorage can keep for the next launch.
 */
export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

/** Host names allowed over plain http: the developer's own machine. */
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(["localhost", "127.0.0.1", "[::1]"]);

export type PullProgress =
  | { readonly phase: "connecting"; readonly url: string }
  | { readonly phase: "downloading"; readonly received: number; readonly total?: number }
  | { readonly phase: "validating" };

export interface PullOptions {
  /** The active dataset: the new one must be the same dataset, at the same or a newer version. */
  readonly previous: ValidatedDataset;
  /** Base for relative URLs (the pane passes `location.href`). */
  readonly base?: string;
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly onProgress?: (progress: PullProgress) => void;
}

export type PullFailureKind =
  | "bad-url"
  | "unreachable"
  | "http"
  | "timeout"
  | "too-large"
  | "not-json"
  | "invalid"
  | "other-dataset"
  | "older"
  | "same-version-changed";

export interface PullFailure {
  readonly ok: false;
  readonly kind: PullFailureKind;
  /** One sentence that says exactly what was wrong. */
  readonly message: string;
  /** For schema failures: the first issues as "path: message". */
  readonly issues?: readonly string[];
}

export interface PullSuccess {
  readonly ok: true;
  readonly url: string;
  readonly dataset: ValidatedDataset;
  readonly bytes: number;
  /** True when the pulled dataset is the active one (same version, same content). */
  readonly unchanged: boolean;
  readonly diff: DatasetDiff;
}

export type PullResult = PullSuccess | PullFailure;

/** How many schema issues a failure carries for display. */
export const SHOWN_ISSUES = 5;

/**
 * @summary Checks a dataset URL against the transport rule: https, or http to the local machine.
 *
 * @param text - The URL as typed (absolute, or relative to `base`).
 * @param base - The page's address, for relative URLs.
 * @returns The parsed URL, or the message that says why it is refused.
 *
 * @example
 * checkDatasetUrl("http://example.org/d.json").ok
 * //=> false
 */
export function checkDatasetUrl(
  text: string,
  base?: string
): { ok: true; url: URL } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(text.trim(), base);
  } catch {
    return { ok: false, message: say.badUrl(text) };
  }
  return isAllowedUrl(url) ? { ok: true, url } : { ok: false, message: say.badUrl(text) };
}

function isAllowedUrl(url: URL): boolean {
  if (url.username || url.password) return false;
  return (
    url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname))
  );
}

/**
 * @summary Compares two semantic versions "major.minor.patch".
 *
 * @returns A negative number when `a` is older than `b`, 0 when equal, positive when newer.
 *
 * @example
 * compareVersions("1.10.0", "1.9.3")
 * //=> 1
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/**
 * @summary Downloads a dataset and decides whether it may replace the active one; never activates it.
 *
 * @description
 * In order: the URL rule (https, or http to localhost/127.0.0.1), one GET with a timeout covering the whole
 * download (AbortController), the HTTP status, the size cap (the announced Content-Length first, then the
 * bytes actually streamed), UTF-8 and JSON parsing, the zod schema with its cross-record rules
 * (`parseDataset`), then the semantic checks against the active dataset: the same dataset id, a version
 * not older, and a changed content only under a new version. Every failure is one `PullFailure` whose
 * message names the fault; the caller keeps the active dataset.
 *
 * @param urlText - The dataset's URL as the analyst typed it.
 * @param options - The active dataset, the fetch to use, the limits and a progress callback.
 * @returns The validated dataset and its difference from the active one, or the failure.
 *
 * @example
 * await pullDataset("https://mirror.example/dataset.json", { previous: activeSnapshot().dataset })
 * //=> { ok: false, kind: "http", message: "The server answered HTTP 404 Not Found for https://…" }
 */
export async function pullDataset(urlText: string, options: PullOptions): Promise<PullResult> {
  const checked = checkDatasetUrl(urlText, options.base);
  if (!checked.ok) return failure("bad-url", checked.message);
  const url = checked.url.href;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const progress = options.onProgress ?? (() => undefined);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  let body: Uint8Array;
  try {
    progress({ phase: "connecting", url });
    let response: Response;
    try {
      response = await doFetch(url, {
        signal: controller.signal,
        cache: "no-store",
        credentials: "omit",
        redirect: "follow",
        headers: { Accept: "application/json" },
      });
    } catch (error) {
      if (timedOut) return failure("timeout", say.timeout(url, timeoutMs));
      return failure("unreachable", say.unreachable(url, errorText(error)));
    }
    if (response.url && response.url !== url) {
      const landed = new URL(response.url);
      if (!isAllowedUrl(landed)) return failure("bad-url", say.insecureRedirect(response.url));
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      return failure("http", say.http(url, response.status, response.statusText));
    }
    const declared = Number(response.headers.get("Content-Length") ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      controller.abort();
      return failure("too-large", say.tooLargeDeclared(declared, maxBytes));
    }
    const read = await readCapped(
      response,
      maxBytes,
      Number.isFinite(declared) ? declared : undefined,
      progress
    );
    if (read === "too-large") {
      controller.abort();
      return failure("too-large", say.tooLargeStreamed(maxBytes));
    }
    body = read;
  } catch (error) {
    if (timedOut) return failure("timeout", say.timeout(url, timeoutMs));
    return failure("unreachable", say.unreachable(url, errorText(error)));
  } finally {
    clearTimeout(timer);
  }

  progress({ phase: "validating" });
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return failure("not-json", say.notText);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return failure("not-json", say.notJson(errorText(error)));
  }
  const parsed = parseDataset(json);
  if (!parsed.ok)
    return {
      ok: false,
      kind: "invalid",
      message: say.invalid(parsed.issues.length, SHOWN_ISSUES),
      issues: parsed.issues.slice(0, SHOWN_ISSUES),
    };

  const next = parsed.dataset;
  const previous = options.previous;
  if (next.meta.id !== previous.meta.id)
    return failure("other-dataset", say.otherDataset(next.meta.id, previous.meta.id));
  const order = compareVersions(next.meta.version, previous.meta.version);
  if (order < 0) return failure("older", say.older(next.meta.version, previous.meta.version));
  const unchanged = order === 0 && datasetFingerprint(next) === datasetFingerprint(previous);
  if (order === 0 && !unchanged)
    return failure("same-version-changed", say.sameVersionChanged(next.meta.version));
  return {
    ok: true,
    url,
    dataset: next,
    bytes: body.byteLength,
    unchanged,
    diff: diffDatasets(previous, next),
  };
}

/** Reads the body chunk by chunk and stops as soon as it passes the cap, whatever the server announced. */
async function readCapped(
  response: Response,
  maxBytes: number,
  total: number | undefined,
  progress: (p: PullProgress) => void
): Promise<Uint8Array | "too-large"> {
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.byteLength > maxBytes ? "too-large" : whole;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return "too-large";
    }
    chunks.push(value);
    progress({ phase: "downloading", received, total });
  }
  const all = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

function failure(kind: PullFailureKind, message: string): PullFailure {
  return { ok: false, kind, message };
}
