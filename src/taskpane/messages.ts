import type { IngestFailure } from "../data/ingest";
import type { CacheFailure } from "./cache";
import type { PinFailure } from "./pin";
import type { DownloadFailure } from "./refresh";

/**
 * Every sentence the task pane shows the analyst, in one place (house style: user-facing messages live in one
 * file). Each is a function of the facts it reports, so the tests can compare them exactly.
 */

/** Writing into a workbook is only possible inside Excel; the none-gateway rejects with this. */
export const NEEDS_EXCEL =
  "Writing into a workbook needs Excel: open this add-in from Excel's Data tab to insert tables, templates, formulas or a pin.";

export const OUTSIDE_EXCEL_NOTE =
  "Not running inside Excel: the dataset can be viewed and refreshed here, but writing into a workbook needs Excel.";

export const CONNECTING_TO_EXCEL = "Connecting to Excel…";

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

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
  keptActive: (version: string) => `Version ${version} stays active.`,
  connecting: (url: string) => `Connecting to ${url}…`,
  downloading: (received: number, total?: number) =>
    total
      ? `Downloading… ${formatBytes(received)} of ${formatBytes(total)}`
      : `Downloading… ${formatBytes(received)}`,
  validating: "Checking the dataset against the schema…",
  upToDate: (version: string) => `Already up to date: version ${version} is the active dataset.`,
  applied: (from: string, to: string) => `Applied version ${to} (was ${from}).`,
  recalculated: "The workbook's RE.* formulas were recalculated.",
  recalcFailed: (detail: string) =>
    `The new data is active, but Excel did not recalculate: ${detail}`,
  cacheFailed: (detail: string) =>
    `The new data is active, but it could not be kept for the next launch: ${detail}`,
};

export const startupMessages = {
  cacheDiscarded: (detail: string) =>
    `The dataset kept from the last session was discarded: ${detail}`,
  fromCache: (version: string) => `Started from version ${version}, kept from the last refresh.`,
};

export const cacheMessages = {
  unreadable: "it is not readable JSON.",
  older: (found: string, active: string) =>
    `it is version ${found}, older than the add-in's own ${active}.`,
  otherDataset: (found: string, active: string) =>
    `it is the dataset "${found}", not the add-in's "${active}".`,
  sameVersionChanged: (version: string) =>
    `it has the add-in's version ${version} but different content.`,
  wrongFormat: "it is not in the format this version of the add-in writes.",
  invalid: (issues: readonly string[]) =>
    `it no longer passes validation (${issues.slice(0, 3).join("; ")}).`,
  hashMismatch: "its content does not match the fingerprint stored with it.",
  quota: "the browser's storage for this add-in is full.",
  unavailable: "this browser gives the add-in no local storage.",
};

export const pinMessages = {
  unpinned: "This workbook is not pinned to a dataset.",
  current: (version: string, hash: string, carried: boolean) =>
    `This workbook is pinned to version ${version} (${hash}), the active data${carried ? ", and carries a copy of it" : ""}.`,
  other: (pinVersion: string, pinHash: string, activeVersion: string, activeHash: string) =>
    `This workbook is pinned to version ${pinVersion} (${pinHash}); the active data is version ${activeVersion} (${activeHash}).`,
  carries: "The workbook carries its copy of that dataset.",
  notCarried:
    "The workbook does not carry its copy of that dataset: to use it, pull that version from your mirror, or move the workbook to the active data.",
  carriedUnusable: (detail: string) =>
    `The workbook's copy of its dataset cannot be used: ${detail}`,
  carriedNotJson: "it is not JSON.",
  malformed: "the workbook's pin is damaged (it does not have the fields a pin records).",
  carriedMismatch: (field: string, found: string, expected: string) =>
    `it is ${field} ${found}, not the ${expected} the pin records.`,
  carriedHashMismatch: (expected: string, found: string) =>
    `its content has fingerprint ${found}, not the ${expected} the pin records.`,
  pinned: (version: string, carried: boolean) =>
    `Pinned this workbook to version ${version}${carried ? ", with a copy of the dataset inside it" : ""}.`,
  unpinDone: "Removed the pin from this workbook.",
  keptPinned: (version: string) =>
    `Using the workbook's own copy of version ${version}; the functions now answer from it.`,
  moved: (version: string) => `The workbook is now pinned to the active version ${version}.`,
  readFailed: (detail: string) => `Could not read this workbook's pin: ${detail}`,
};

export const insertMessages = {
  noTableChosen: "Choose at least one table to insert.",
  tableDone: (name: string, address: string, updated: boolean) =>
    `${updated ? "Updated" : "Inserted"} ${name} at ${address}.`,
  tableFailed: (name: string, detail: string) => `Could not insert ${name}: ${detail}`,
  templateDone: (title: string, sheet: string) =>
    `Inserted the ${title} template on sheet "${sheet}".`,
  templateFailed: (title: string, detail: string) =>
    `Could not insert the ${title} template: ${detail}`,
  formulaDone: (formula: string, address: string) => `Inserted ${formula} into ${address}.`,
  formulaFailed: (detail: string) => `Could not insert the formula: ${detail}`,
  working: "Writing into the workbook…",
};

export const gatewayMessages = {
  cellNotEmpty: (address: string) =>
    `the active cell ${address} is not empty: select an empty cell so nothing is overwritten.`,
  tableBlocked: (name: string, address: string) =>
    `the cells that ${name} would grow into (${address}) hold other data: move that data or the table, then insert again.`,
  tableHasOwnColumns: (name: string, columns: readonly string[]) =>
    `${name} has columns this dataset does not write (${columns.join(", ")}); they may be your own, so updating would remove them. Move them out of the table or delete them, then insert again.`,
  cellEditMode: "Excel is editing a cell: press Enter or Esc, then try again.",
  needsApi: (set: string, version: string) =>
    `this needs Excel's ${set} ${version} (Microsoft 365, Excel 2021 or later, or Excel on the web).`,
  pinUnreadable: "the workbook's pin is damaged and was ignored.",
};

/** Dataset faults in words that fit after "discarded:" or "cannot be used:" ("it is not JSON."). */
function datasetDetail(failure: IngestFailure): string {
  switch (failure.code) {
    case "too-large":
      return `it is ${formatBytes(failure.params.bytes)}, over the ${formatBytes(failure.params.maxBytes)} limit.`;
    case "not-text":
    case "not-json":
      return pinMessages.carriedNotJson;
    case "invalid":
      return `it does not pass validation (${failure.params.issues.slice(0, 3).join("; ")}).`;
    case "future-date":
      return `it dates a figure in the future (${failure.params.path}: ${failure.params.date}).`;
    case "other-dataset":
      return pinMessages.carriedMismatch(
        "dataset",
        `"${failure.params.found}"`,
        `"${failure.params.expected}"`
      );
    case "version-mismatch":
      return pinMessages.carriedMismatch("version", failure.params.found, failure.params.expected);
    case "older":
      return cacheMessages.older(failure.params.found, failure.params.active);
    case "same-version-changed":
      return cacheMessages.sameVersionChanged(failure.params.version);
    case "hash-mismatch":
      return pinMessages.carriedHashMismatch(failure.params.expected, failure.params.found);
  }
}

function downloadText(failure: DownloadFailure | IngestFailure): string {
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

/** Why the kept dataset was not used, in words that follow "discarded:". */
function cacheText(failure: CacheFailure | IngestFailure): string {
  if (failure.kind === "cache") {
    const texts: Record<CacheFailure["code"], string> = {
      unreadable: cacheMessages.unreadable,
      "wrong-format": cacheMessages.wrongFormat,
      quota: cacheMessages.quota,
      unavailable: cacheMessages.unavailable,
    };
    return texts[failure.code];
  }
  switch (failure.code) {
    case "not-json":
    case "not-text":
      return cacheMessages.unreadable;
    case "invalid":
      return cacheMessages.invalid(failure.params.issues);
    case "hash-mismatch":
      return cacheMessages.hashMismatch;
    case "other-dataset":
      return cacheMessages.otherDataset(failure.params.found, failure.params.expected);
    default:
      return datasetDetail(failure);
  }
}

function pinText(failure: PinFailure | IngestFailure): string {
  if (failure.kind === "pin")
    return failure.code === "not-carried"
      ? pinMessages.notCarried
      : pinMessages.carriedUnusable(pinMessages.malformed);
  if (failure.code === "invalid")
    return pinMessages.carriedUnusable(failure.params.issues.slice(0, 3).join("; "));
  return pinMessages.carriedUnusable(datasetDetail(failure));
}

/** Any typed failure of the pane's data paths. */
export type Failure = DownloadFailure | IngestFailure | CacheFailure | PinFailure;

/**
 * @summary The one place a typed failure `{ kind, code, params }` becomes text.
 *
 * @param failure - The failure.
 * @param context - Where a dataset failure arose: a pull (a whole sentence), the cache (the reason after
 * "discarded:"), or a workbook's carried copy (a whole sentence).
 *
 * @example
 * failureText({ kind: "download", code: "no-url", params: {} })
 * //=> "No URL: type the address of a dataset (https://…) to pull it."
 */
export function failureText(
  failure: Failure,
  context: "download" | "cache" | "pin" = "download"
): string {
  if (failure.kind === "download") return downloadText(failure);
  if (failure.kind === "cache") return cacheText(failure);
  if (failure.kind === "pin") return pinText(failure);
  if (context === "cache") return cacheText(failure);
  if (context === "pin") return pinText(failure);
  return downloadText(failure);
}

/** The schema issues a failure carries, for the list under its sentence. */
export function failureIssues(failure: Failure): readonly string[] | undefined {
  return failure.kind === "dataset" && failure.code === "invalid"
    ? failure.params.issues
    : undefined;
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
