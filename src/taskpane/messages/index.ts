import type { IngestFailure } from "../../data/ingest";
import type { CacheFailure } from "../cache";
import type { PinFailure } from "../pin";
import { isGatewayFailure, type GatewayFailure, type PinXmlProblem } from "../../excel/failures";

/**
 * Every sentence the task pane shows the analyst, in one place (house style: user-facing messages live in one
 * module): this file, and beside it the texts of a pull (./pull.ts), which the page loads with the pull's
 * code rather than at start (page_js_gzip_bytes). Each is a function of the facts it reports, so the tests
 * can compare them exactly.
 */

/** Writing into a workbook is only possible inside Excel; the none-gateway rejects with this. */
export const NEEDS_EXCEL =
  "Writing into a workbook needs Excel: open this add-in from Excel's Data tab to insert tables, templates, formulas or a pin.";

export const OUTSIDE_EXCEL_NOTE =
  "Not running inside Excel: the dataset can be viewed and refreshed here, but writing into a workbook needs Excel.";

export const CONNECTING_TO_EXCEL = "Connecting to Excel…";

/** The pane's headings, labels, hints and buttons, panel by panel. */
export const paneText = {
  title: "Rare Earth Independence",
  connected: {
    excel: "Connected to this workbook in Excel.",
    preview: "Connected to the workbook preview.",
  },
  dataset: {
    title: "Dataset",
    version: "Version",
    asOf: "As of",
    origin: "Origin",
    loaded: "Loaded",
    fingerprint: "Fingerprint",
    records: "Records",
    confidence: "Confidence",
    perTable: "Records per table",
    tableColumn: "Table",
    recordsColumn: "Records",
    recordCount: (records: number, tables: number) =>
      `${records.toLocaleString("en-US")} in ${tables} tables`,
    byConfidence: "Figures by confidence",
    grade: (grade: string, count: number) => `${grade} ${count}`,
    gradedTotal: (figures: number) => `= ${figures.toLocaleString("en-US")} graded figures`,
    reference: "Not graded",
    // Sources carry a grade of the document, countries none: neither is a figure the chips count.
    referenceCount: (records: number, tables: readonly { title: string; records: number }[]) =>
      `${records.toLocaleString("en-US")} reference records (${tables
        .map((t) => `${t.title} ${t.records.toLocaleString("en-US")}`)
        .join(", ")}), not figures`,
    origins: {
      embedded: "Shipped with the add-in",
      url: (url?: string) => `Pulled from ${url ?? "a URL"}`,
      cache: (url?: string) =>
        url ? `Kept from the last refresh (${url})` : "Kept from the last refresh",
      workbook: "Carried by this workbook",
    },
  },
  refresh: {
    title: "Refresh",
    urlLabel: "Dataset URL",
    urlHint:
      "https:// (http:// only for localhost). Point it at your organisation's mirror if it has one.",
    pull: "Pull and apply",
    progress: "Download progress",
  },
  pin: {
    title: "Workbook pin",
    reading: "Reading this workbook's pin…",
    keep: "Keep the pinned data",
    move: "Move to the active data",
    carry: "Carry the dataset in the workbook",
    carryHint:
      "A colleague who opens the file then gets the same numbers, even without this dataset version.",
    set: "Pin to this workbook",
    remove: "Remove pin",
  },
  insert: {
    title: "Insert into the workbook",
    hint: "Tables become Excel tables with a Source column; inserting again updates them in place.",
    tables: "Dataset tables",
    count: (records: number) => `(${records})`,
    insertTables: "Insert tables",
    template: "Model template",
    templates: {
      "independence-model": "Independence model",
      "gap-scorecard": "Six gaps scorecard",
    },
    insertTemplate: "Insert template",
  },
  catalog: {
    title: "Function catalogue",
    search: "Search functions",
    hint: "Insert puts the example into the active cell.",
    count: (shown: number, all: number) => `${shown} of ${all} functions`,
    loading: "Loading the functions…",
    loadFailed: (reason: string) => `The function list could not be loaded: ${reason}`,
    list: "RE functions",
    insert: "Insert",
    insertLabel: (example: string) => `Insert ${example} into the active cell`,
    shows: (shows: string) => `Shows ${shows}`,
  },
};

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** What follows any refresh or reset, whether or not the pull's texts were loaded. */
export const refreshNotes = {
  keptActive: (version: string) => `Version ${version} stays active.`,
  recalculated: "The workbook's RE.* formulas were recalculated.",
  recalcFailed: (detail: string) =>
    `The new data is active, but Excel did not recalculate: ${detail}`,
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
  readFailed: (detail: string) => `Could not read this workbook's pin: ${detail}`,
};

export const resetMessages = {
  button: "Use the shipped dataset",
  hint: "Back to the version inside the add-in; the copy kept from the last refresh is removed.",
  done: (version: string, was: string) =>
    `Back to the shipped version ${version} (was ${was}); the copy kept for the next launch was removed.`,
};

/** Shown while a workbook action runs, before its texts (./actions.ts) have loaded. */
export const WORKING = "Writing into the workbook…";

export const staleMessages = {
  stale: (tables: readonly { name: string; version: string }[], active: string) =>
    `${tables.length === 1 ? "This table holds" : `These ${tables.length} tables hold`} data from another dataset than the active version ${active}: ${tables.map((t) => `${t.name} (version ${t.version})`).join(", ")}.`,
  update: "Update them in place",
  readFailed: (detail: string) => `Could not check this workbook's tables: ${detail}`,
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
  pinUnreadable: (problem: PinXmlProblem) =>
    `the workbook's pin is damaged and was ignored (${pinProblemText(problem)}).`,
};

/** Dataset faults in words that fit after "discarded:" or "cannot be used:" ("it is not JSON."). */
export function datasetDetail(failure: IngestFailure): string {
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

/** Any typed failure of the pane's start-up data paths: the kept dataset and a workbook's carried copy. */
export type Failure = IngestFailure | CacheFailure | PinFailure;

/**
 * @summary The one place a typed failure `{ kind, code, params }` of the cache or a pin becomes text (a
 * pull's failures: `pullFailureText`, ./pull.ts).
 *
 * @param failure - The failure.
 * @param context - Where a dataset failure arose: the cache (the reason after "discarded:") or a
 * workbook's carried copy (a whole sentence).
 *
 * @example
 * failureText({ kind: "cache", code: "quota", params: {} })
 * //=> "the browser's storage for this add-in is full."
 */
export function failureText(failure: Failure, context: "cache" | "pin" = "cache"): string {
  if (failure.kind === "cache") return cacheText(failure);
  if (failure.kind === "pin") return pinText(failure);
  return context === "pin" ? pinText(failure) : cacheText(failure);
}

function pinProblemText(problem: PinXmlProblem): string {
  switch (problem.kind) {
    case "not-xml":
      return "it is not well-formed XML";
    case "not-a-pin":
      return "it is not a dataset pin";
    case "bad-attribute":
      return `its ${problem.attribute} is missing or not in the form the add-in writes`;
  }
}

/** The sentence for one of the gateway's typed failures. */
export function gatewayFailureText({ failure }: GatewayFailure): string {
  const say = gatewayMessages;
  switch (failure.code) {
    case "cell-not-empty":
      return say.cellNotEmpty(failure.params.address);
    case "table-blocked":
      return say.tableBlocked(failure.params.table, failure.params.address);
    case "table-has-own-columns":
      return say.tableHasOwnColumns(failure.params.table, failure.params.columns);
    case "cell-edit-mode":
      return say.cellEditMode;
    case "needs-api":
      return say.needsApi(failure.params.set, failure.params.version);
    case "pin-unreadable":
      return say.pinUnreadable(failure.params.problem);
  }
}

export function errorText(error: unknown): string {
  if (isGatewayFailure(error)) return gatewayFailureText(error);
  if (error instanceof Error) return error.message;
  return String(error);
}
