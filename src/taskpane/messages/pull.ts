import type { IngestFailure } from "../../data/ingest";
import type { DownloadFailure } from "../refresh";
import { datasetDetail, formatBytes } from "./index";

/*
 * The texts of a pull: its progress, its outcome and why it failed. Only a pull shows them, so they load with
 * the pull's code on first use (the "pull" chunk), not with the page; ./index.ts has the pane's others.
 */

export const refreshMessages = {
  noUrl: "No URL: type the address of a dataset (https://…) to pull it.",
  badUrl: (text: string) =>
    `"${text}" is not a usable dataset URL: use https:// (http:// only for localhost or 127.0.0.1 during development).`,
  insecureRedirect: (url: string) =>
    `The server redirected to ${url}, which is not https: the download was refused.`,
  unreachable: (url: string, detail: string) =>
    `Could not reach ${url}: the server did not answer or refused the connection (offline, wrong address, or the server does not allow cross-origin requests). ${detail}`.trim(),
  http: (url: string, status: number, statusText: string) =>
    `The server answered HTTP ${status}${statusText ? ` ${statusText}` : ""} for ${url}.`,
  timeout: (url: string, timeoutMs: number) =>
    `No complete answer from ${url} within ${formatSeconds(timeoutMs)}: the download was stopped.`,
  tooLargeDeclared: (declared: number, maxBytes: number) =>
    `The dataset is too large: the server announces ${formatBytes(declared)}, the limit is ${formatBytes(maxBytes)}.`,
  tooLargeStreamed: (maxBytes: number) =>
    `The dataset is too large: the download passed the ${formatBytes(maxBytes)} limit and was stopped.`,
  notText: "The answer is not UTF-8 text, so it cannot be a JSON dataset.",
  notJson: (detail: string) => `The answer is not JSON: ${detail}`,
  invalid: (count: number, shown: number) =>
    `The dataset does not match the schema: ${count} ${count === 1 ? "problem" : "problems"}${count > shown ? `, the first ${shown} below` : ""}.`,
  tooLarge: (bytes: number, maxBytes: number) =>
    `The dataset is too large: ${formatBytes(bytes)}, the limit is ${formatBytes(maxBytes)}.`,
  futureDate: (path: string, date: string, toleranceDays: number) =>
    `The dataset dates a figure in the future (${path}: ${date}, more than ${toleranceDays} days after today): it cannot be data, so nothing was changed.`,
  otherDataset: (found: string, active: string) =>
    `This is the dataset "${found}", not "${active}": nothing was changed.`,
  older: (found: string, active: string) =>
    `The dataset is version ${found}, older than the active ${active}: a refresh never moves to an older version.`,
  sameVersionChanged: (version: string) =>
    `The dataset has the active version ${version} but different content: a changed dataset must carry a new version.`,
  connecting: (url: string) => `Connecting to ${url}…`,
  downloading: (received: number, total?: number) =>
    total
      ? `Downloading… ${formatBytes(received)} of ${formatBytes(total)}`
      : `Downloading… ${formatBytes(received)}`,
  validating: "Checking the dataset against the schema…",
  upToDate: (version: string) => `Already up to date: version ${version} is the active dataset.`,
  applied: (from: string, to: string) => `Applied version ${to} (was ${from}).`,
  cacheFailed: (detail: string) =>
    `The new data is active, but it could not be kept for the next launch: ${detail}`,
};

/** The list of what a pull changed (panels/changes.ts). */
export const changeTexts = {
  heading: (from: string, to: string) => `What changed from ${from} to ${to}`,
  none: "No records changed.",
  meta: (field: string, before: string, after: string) => `${field}: ${before} → ${after}`,
  added: (n: number) => `${n} added`,
  removed: (n: number) => `${n} removed`,
  changed: (n: number) => `${n} changed`,
  addedRecord: (label: string) => `added: ${label}`,
  removedRecord: (label: string) => `removed: ${label}`,
  changedRecord: (label: string, fields: readonly string[]) =>
    `changed: ${label} — ${fields.join("; ")}`,
  field: (field: string, before: string, after: string) => `${field} ${before} → ${after}`,
  more: (n: number) => `… and ${n} more`,
};

/** Any typed failure of a pull: the download, or the dataset it brought. */
export type PullFailure = DownloadFailure | IngestFailure;

/**
 * @summary The one place a pull's typed failure `{ kind, code, params }` becomes text (a whole sentence).
 *
 * @example
 * pullFailureText({ kind: "download", code: "no-url", params: {} })
 * //=> "No URL: type the address of a dataset (https://…) to pull it."
 */
export function pullFailureText(failure: PullFailure): string {
  const say = refreshMessages;
  if (failure.kind === "dataset") {
    switch (failure.code) {
      case "too-large":
        return say.tooLarge(failure.params.bytes, failure.params.maxBytes);
      case "not-text":
        return say.notText;
      case "not-json":
        return say.notJson(failure.params.detail);
      case "invalid":
        return say.invalid(failure.params.count, failure.params.issues.length);
      case "future-date":
        return say.futureDate(
          failure.params.path,
          failure.params.date,
          failure.params.toleranceDays
        );
      case "other-dataset":
        return say.otherDataset(failure.params.found, failure.params.expected);
      case "older":
        return say.older(failure.params.found, failure.params.active);
      case "same-version-changed":
        return say.sameVersionChanged(failure.params.version);
      default:
        return `The dataset cannot be used: ${datasetDetail(failure)}`;
    }
  }
  switch (failure.code) {
    case "no-url":
      return say.noUrl;
    case "bad-url":
      return say.badUrl(failure.params.text);
    case "insecure-redirect":
      return say.insecureRedirect(failure.params.url);
    case "unreachable":
      return say.unreachable(failure.params.url, failure.params.detail);
    case "http":
      return say.http(failure.params.url, failure.params.status, failure.params.statusText);
    case "timeout":
      return say.timeout(failure.params.url, failure.params.timeoutMs);
    case "too-large-declared":
      return say.tooLargeDeclared(failure.params.declared, failure.params.maxBytes);
    case "too-large-streamed":
      return say.tooLargeStreamed(failure.params.maxBytes);
  }
}

/** The schema issues a failure carries, for the list under its sentence. */
export function failureIssues(failure: PullFailure): readonly string[] | undefined {
  return failure.kind === "dataset" && failure.code === "invalid"
    ? failure.params.issues
    : undefined;
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
