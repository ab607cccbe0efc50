import { activeSnapshot, resetToEmbedded, type Snapshot } from "../../data/store";
import { forgetLastGood, type CacheLocation, type KeyValueStorage } from "../cache";
import { el, replaceChildren } from "../dom";
import { errorText, paneText, refreshNotes, resetMessages } from "../messages";
import {
  actionButton,
  card,
  countRun,
  describedInput,
  recalculated,
  setStatus,
  statusRegion,
  type WorkbookLink,
} from "./ui";

const say = paneText.refresh;

/** localStorage key of the last dataset URL that gave a good dataset. */
const URL_KEY = "rare-earth-independence/source-url/v1";

export interface RefreshPanelOptions {
  readonly link: WorkbookLink;
  /** Where the last URL is kept. */
  readonly storage: KeyValueStorage | null;
  /** Where the last good dataset is kept (known once Office is ready, hence a promise). */
  readonly cache: Promise<CacheLocation | null>;
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly defaultUrl?: string;
  readonly baseUrl?: string;
}

export interface RefreshPanel {
  readonly element: HTMLElement;
  /** Shows a start-up note (the dataset kept from the last session, or why it was discarded). */
  note(kind: "info" | "error", text: string): void;
  /** Offers the way back to the shipped dataset whenever another one is active. */
  render(snapshot: Snapshot): void;
}

/**
 * @summary The Refresh panel: pulls a dataset from a URL, applies it when it passes every check, keeps it for
 * the next launch, recalculates the workbook's RE cells and shows what changed; and goes back to the dataset
 * shipped inside the add-in, since a refresh never moves to an older version.
 */
export function createRefreshPanel(options: RefreshPanelOptions): RefreshPanel {
  const { storage, baseUrl } = options;
  const {
    input: urlInput,
    id: urlId,
    hintId: urlHint,
  } = describedInput("dataset-source-url", {
    type: "url",
    name: "dataset-url",
    inputmode: "url",
    spellcheck: "false",
    autocomplete: "url",
  });
  urlInput.value =
    options.defaultUrl ??
    readKey(storage, URL_KEY) ??
    new URL("data/dataset.json", baseUrl ?? "https://localhost/").href;
  const refreshButton = el("button", {
    className: "re-primary",
    attrs: { type: "submit", "data-testid": "dataset-refresh" },
    text: say.pull,
  });
  const progress = el("progress", {
    attrs: { max: 1, "aria-label": say.progress, hidden: true },
  });
  const status = statusRegion("dataset-status", { "data-run": "0" });
  const changes = el("div", {
    className: "re-changes",
    attrs: { "data-testid": "dataset-changes", hidden: true },
  });
  const form = el(
    "form",
    { attrs: { novalidate: true } },
    el(
      "div",
      { className: "re-field" },
      el("label", { attrs: { for: urlId }, text: say.urlLabel }),
      urlInput,
      el("p", { className: "re-hint", attrs: { id: urlHint }, text: say.urlHint })
    ),
    el("div", { className: "re-row" }, refreshButton, progress)
  );
  const resetButton = actionButton("dataset-reset", resetMessages.button);
  const resetRow = el(
    "div",
    { attrs: { hidden: true } },
    el("p", { className: "re-hint", text: resetMessages.hint }),
    el("div", { className: "re-row" }, resetButton)
  );
  const element = card(say.title, form, resetRow, status, changes);

  let refreshing = false;
  async function refresh(): Promise<void> {
    if (refreshing) return;
    refreshing = true;
    refreshButton.disabled = true;
    urlInput.setAttribute("aria-busy", "true");
    progress.hidden = false;
    progress.removeAttribute("value");
    hideChanges(changes);
    const before = activeSnapshot();
    try {
      // The pull (its download and checks, its outcome, the difference and its texts) loads with the first
      // pull, not with the page (page_js_gzip_bytes).
      const { runPull } = await import(/* webpackChunkName: "pull" */ "./pull");
      await runPull(
        { progress, status, changes },
        {
          url: urlInput.value,
          before,
          base: baseUrl,
          fetch: options.fetch,
          timeoutMs: options.timeoutMs,
          maxBytes: options.maxBytes,
          cache: options.cache,
          link: options.link,
          remember: () => writeKey(storage, URL_KEY, urlInput.value.trim()),
        }
      );
    } catch (error) {
      setStatus(status, "error", [
        errorText(error),
        refreshNotes.keptActive(activeSnapshot().dataset.meta.version),
      ]);
    } finally {
      refreshing = false;
      countRun(status);
      refreshButton.disabled = false;
      urlInput.removeAttribute("aria-busy");
      progress.hidden = true;
    }
  }

  async function reset(): Promise<void> {
    if (resetButton.disabled) return;
    resetButton.disabled = true;
    hideChanges(changes);
    const was = activeSnapshot().dataset.meta.version;
    try {
      const shipped = resetToEmbedded();
      await forgetLastGood(await options.cache);
      const lines = [resetMessages.done(shipped.dataset.meta.version, was)];
      const g = await options.link.current();
      if (g.kind !== "none") lines.push(await recalculated(g));
      setStatus(status, "success", lines);
    } finally {
      countRun(status);
      resetButton.disabled = false;
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void refresh();
  });
  resetButton.addEventListener("click", () => void reset());

  return {
    element,
    note: (kind, text) => setStatus(status, kind, [text]),
    render(snapshot) {
      resetRow.hidden = snapshot.origin.kind === "embedded";
    },
  };
}

function hideChanges(changes: HTMLElement): void {
  changes.hidden = true;
  replaceChildren(changes);
}

function readKey(storage: KeyValueStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function writeKey(storage: KeyValueStorage | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Remembering the URL is a convenience; the refresh itself succeeded.
  }
}
