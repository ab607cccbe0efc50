import { acceptDataset, DEFAULT_MAX_BYTES, type IngestFailure } from "../data/ingest";
import type { ValidatedDataset } from "../data/schema";
import { createSlicer } from "../data/slices";
import { excerpt } from "../data/excerpt";
import type { NoParams, TypedFailure } from "../data/failure";
import { diffDatasets, type DatasetDiff } from "./diff";
import { errorText } from "./messages";

export { DEFAULT_MAX_BYTES };

/** How long a pull may take, connection to last byte, before it is stopped. */
export const DEFAULT_TIMEOUT_MS = 20_000;

/** Host names allowed over plain http: the developer's own machine. */
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(["localhost", "127.0.0.1", "[::1]"]);

export type PullProgress =
  | { readonly phase: "connecting"; readonly url: string }
  | { readonly phase: "downloading"; readonly received: number; readonly total?: number }
  | { readonly phase: "validating" };

export interface PullOptions {
  /** The active dataset and its fingerprint: the new one must be the same dataset, not older. */
  readonly previous: { readonly dataset: ValidatedDataset; readonly hash: string };
  /** Base for relative URLs (the pane passes `location.href`). */
  readonly base?: string;
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly onProgress?: (progress: PullProgress) => void;
  /** Today, for the as-of check; default the clock. */
  readonly now?: Date;
}

/** Why the download itself failed, before any dataset was seen; `pullFailureText` (taskpane/messages/pull.ts) words it. */
export type DownloadFailure = TypedFailure<
  "download",
  {
    "no-url": NoParams;
    "bad-url": { text: string };
    "insecure-redirect": { url: string };
    unreachable: { url: string; detail: string };
    http: { url: string; status: number; statusText: string };
    timeout: { url: string; timeoutMs: number };
    "too-large-declared": { declared: number; maxBytes: number };
    "too-large-streamed": { maxBytes: number };
  }
>;

export interface PullFailure {
  readonly ok: false;
  readonly failure: DownloadFailure | IngestFailure;
}

export interface PullSuccess {
  readonly ok: true;
  readonly url: string;
  readonly dataset: ValidatedDataset;
  /** Its fingerprint, computed once by `acceptDataset`; the store keeps it. */
  readonly hash: string;
  readonly bytes: number;
  /** True when the pulled dataset is the active one (same version, same content). */
  readonly unchanged: boolean;
  readonly diff: DatasetDiff;
}

export type PullResult = PullSuccess | PullFailure;

type UrlCheck = { ok: true; url: URL } | { ok: false; failure: DownloadFailure };

/**
 * @summary Checks a dataset URL against the transport rule: https, or http to the local machine.
 *
 * @param text - The URL as typed (absolute, or relative to `base`).
 * @param base - The page's address, for relative URLs.
 * @returns The parsed URL, or the failure that says why it is refused ("no-url" for a blank field, which
 * would otherwise resolve to the page itself).
 *
 * @example
 * checkDatasetUrl("http://example.org/d.json").ok
 * //=> false
 */
export function checkDatasetUrl(text: string, base?: string): UrlCheck {
  if (text.trim() === "") return { ok: false, failure: download({ code: "no-url", params: {} }) };
  const refused: UrlCheck = {
    ok: false,
    failure: download({ code: "bad-url", params: { text: excerpt(text) } }),
  };
  let url: URL;
  try {
    url = new URL(text.trim(), base);
  } catch {
    return refused;
  }
  return isAllowedUrl(url) ? { ok: true, url } : refused;
}

function isAllowedUrl(url: URL): boolean {
  if (url.username || url.password) return false;
  return (
    url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname))
  );
}

/**
 * @summary Downloads a dataset and decides whether it may replace the active one; never activates it.
 *
 * @description
 * In order: the URL rule (https, or http to localhost/127.0.0.1), one GET with a timeout covering the whole
 * download (AbortController), the HTTP status, the size cap (the announced Content-Length first, then the
 * bytes actually streamed), then `acceptDataset` (UTF-8, JSON, schema, cross-record rules, dates,
 * fingerprint, and the same dataset id at a version not older than the active one), then the difference
 * from the active dataset. Every failure is one typed `PullFailure`; the caller keeps the active dataset.
 *
 * @param urlText - The dataset's URL as the analyst typed it.
 * @param options - The active dataset, the fetch to use, the limits and a progress callback.
 * @returns The validated dataset with its fingerprint and its difference from the active one, or the failure.
 *
 * @example
 * await pullDataset("https://mirror.example/dataset.json", { previous: activeSnapshot() })
 * //=> { ok: false, failure: { kind: "download", code: "http", params: { url: "https://…", status: 404, … } } }
 */
export async function pullDataset(urlText: string, options: PullOptions): Promise<PullResult> {
  const checked = checkDatasetUrl(urlText, options.base);
  if (!checked.ok) return { ok: false, failure: checked.failure };
  const url = checked.url.href;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const progress = options.onProgress ?? (() => undefined);
  const fail = (failure: Omit<DownloadFailure, "kind">): PullFailure => ({
    ok: false,
    failure: download(failure),
  });

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
      if (timedOut) return fail({ code: "timeout", params: { url, timeoutMs } });
      return fail({ code: "unreachable", params: { url, detail: excerpt(errorText(error), 200) } });
    }
    if (response.url && response.url !== url) {
      const landed = new URL(response.url);
      if (!isAllowedUrl(landed))
        return fail({ code: "insecure-redirect", params: { url: excerpt(response.url, 200) } });
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      return fail({
        code: "http",
        params: { url, status: response.status, statusText: excerpt(response.statusText) },
      });
    }
    const declared = Number(response.headers.get("Content-Length") ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      controller.abort();
      return fail({ code: "too-large-declared", params: { declared, maxBytes } });
    }
    const read = await readCapped(
      response,
      maxBytes,
      Number.isFinite(declared) ? declared : undefined,
      progress
    );
    if (read === "too-large") {
      controller.abort();
      return fail({ code: "too-large-streamed", params: { maxBytes } });
    }
    body = read;
  } catch (error) {
    if (timedOut) return fail({ code: "timeout", params: { url, timeoutMs } });
    return fail({ code: "unreachable", params: { url, detail: excerpt(errorText(error), 200) } });
  } finally {
    clearTimeout(timer);
  }

  progress({ phase: "validating" });
  const slicer = createSlicer();
  const accepted = await acceptDataset(body, {
    previous: options.previous,
    maxBytes,
    now: options.now,
    slicer,
  });
  if (!accepted.ok) return accepted;
  return {
    ok: true,
    url,
    dataset: accepted.dataset,
    hash: accepted.hash,
    bytes: accepted.bytes,
    unchanged: accepted.unchanged,
    diff: await diffDatasets(options.previous.dataset, accepted.dataset, slicer),
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

function download(failure: Omit<DownloadFailure, "kind">): DownloadFailure {
  return { kind: "download", ...failure } as DownloadFailure;
}
