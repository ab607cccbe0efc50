import { activeSnapshot, onDatasetChange } from "../data/store";
import type { WorkbookGateway } from "../excel/workbook-gateway";
import {
  chooseCacheLocation,
  restoreLastGood,
  type CacheLoad,
  type CacheLocation,
  type KeyValueStorage,
} from "./cache";
import type { CatalogEntry } from "../functions/catalog";
import { append, el, replaceChildren } from "./dom";
import {
  CONNECTING_TO_EXCEL,
  errorText,
  failureText,
  OUTSIDE_EXCEL_NOTE,
  paneText,
  startupMessages,
} from "./messages";
import { createCatalogPanel } from "./panels/catalog";
import { createDatasetPanel } from "./panels/dataset";
import { createInsertPanel } from "./panels/insert";
import { createPinPanel } from "./panels/pin";
import { createRefreshPanel } from "./panels/refresh";
import type { WorkbookLink } from "./panels/ui";
import { installStyles } from "./styles";

/** What a host page may change about the pane; everything has a default that suits Excel. */
export interface PaneOptions {
  /** Where the last URL is kept; default `window.localStorage`, null for none. */
  readonly storage?: KeyValueStorage | null;
  /** Where the last good dataset is kept; default `chooseCacheLocation()` once Office is ready, null for none. */
  readonly cache?: CacheLocation | null;
  /** The fetch used for pulls; default the window's. */
  readonly fetch?: typeof fetch;
  /** Limits of a pull (defaults: 20 s, 4 MB). */
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  /** The URL field's starting value; default the last URL used, else `data/dataset.json` beside the page. */
  readonly defaultUrl?: string;
  /** Base for relative URLs; default `location.href`. */
  readonly baseUrl?: string;
  /** The function catalogue; default the functions' own (src/functions/catalog.ts), loaded on first use. */
  readonly catalog?: readonly CatalogEntry[];
}

export interface PaneHandle {
  /** Settles when the gateway is known and the workbook's pin has been read. */
  readonly ready: Promise<void>;
  /** Switches the pane to another workbook gateway (Excel's, once a slow office.js names Excel) and reads its pin. */
  useGateway(gateway: WorkbookGateway): Promise<void>;
  /** Stops listening to the store and empties the root. */
  destroy(): void;
}

/**
 * @summary Builds the task pane inside `root` from its panels and wires them to a workbook gateway.
 *
 * @description
 * The panels (dataset, refresh, pin, insert, catalogue) each keep their own state; the pane only lays them out,
 * tells them when the dataset or the workbook changes, and starts from the last good dataset kept in `storage`
 * (validated again) unless the add-in ships a newer one. The panels talk to the workbook only through the
 * gateway (the Excel gateway in Excel, a none-gateway in a plain browser, the preview's own gateway in the
 * workbook preview) and to the data only through the store. The gateway may be a promise: the dataset panels
 * work at once, the workbook panels when it resolves.
 *
 * @param root - The element the pane fills (emptied first).
 * @param gateway - The workbook gateway, or a promise of it.
 * @param options - Storage, fetch, limits, default URL and catalogue.
 * @returns A handle whose `ready` settles once the workbook's pin has been read.
 *
 * @example
 * mountTaskPane(document.getElementById("app")!, createNoneGateway());
 */
export function mountTaskPane(
  root: HTMLElement,
  gateway: WorkbookGateway | Promise<WorkbookGateway>,
  options: PaneOptions = {}
): PaneHandle {
  const doc = root.ownerDocument;
  installStyles(doc);
  const storage = options.storage !== undefined ? options.storage : defaultStorage();
  let pending = Promise.resolve(gateway);
  const link: { known: WorkbookGateway | null } & WorkbookLink = {
    known: null,
    current: () => pending,
  };

  // The storage key depends on Office.context.partitionKey, known once Office is ready (bounded wait).
  const cache: Promise<CacheLocation | null> =
    options.cache !== undefined
      ? Promise.resolve(options.cache)
      : Promise.race([pending.catch(() => null), delay(CACHE_WAIT_MS)]).then(() =>
          chooseCacheLocation()
        );
  const restored: Promise<CacheLoad> = cache
    .then(restoreLastGood)
    .catch(() => ({ kind: "none" }) as const);
  let destroyed = false;

  const dataset = createDatasetPanel();
  const refresh = createRefreshPanel({
    link,
    storage,
    cache,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxBytes,
    defaultUrl: options.defaultUrl,
    baseUrl: options.baseUrl ?? doc.location?.href,
  });
  const pin = createPinPanel(link);
  const insert = createInsertPanel(link);
  const given = options.catalog;
  const catalog = createCatalogPanel(link, given ? async () => given : loadCatalog);
  const hostNote = el("p", {
    className: "re-host",
    attrs: { "data-testid": "workbook-host" },
    text: CONNECTING_TO_EXCEL,
  });

  replaceChildren(root);
  // Shown once the kept dataset is restored or discarded, so the pane never shows one version, then another.
  const shown = restored.then((kept) => {
    if (destroyed) return;
    append(
      root,
      el(
        "div",
        { className: "re-pane" },
        el("header", { className: "re-header" }, el("h1", { text: paneText.title }), hostNote),
        dataset.element,
        refresh.element,
        pin.element,
        insert.element,
        catalog
      )
    );
    if (kept.kind === "ok" && !kept.unchanged)
      refresh.note("info", startupMessages.fromCache(kept.dataset.meta.version));
    if (kept.kind === "discarded")
      refresh.note("error", startupMessages.cacheDiscarded(failureText(kept.failure, "cache")));
  });

  function renderHost(): void {
    const g = link.known;
    if (g === null) {
      hostNote.textContent = CONNECTING_TO_EXCEL;
      hostNote.removeAttribute("data-kind");
    } else if (g.kind === "none") {
      hostNote.textContent = OUTSIDE_EXCEL_NOTE;
      hostNote.setAttribute("data-kind", "none");
    } else {
      hostNote.textContent = paneText.connected[g.kind];
      hostNote.setAttribute("data-kind", g.kind);
    }
  }

  function renderDataset(): void {
    const snapshot = activeSnapshot();
    dataset.render(snapshot);
    refresh.render(snapshot);
    insert.render(snapshot);
    pin.render();
    // Tables inserted from the dataset that was active until now are stale from this moment.
    if (link.known) void insert.checkStale(link.known);
  }

  /** Takes `g` as the pane's workbook, reads its pin and finds its stale tables. */
  async function connect(g: WorkbookGateway): Promise<void> {
    link.known = g;
    renderHost();
    await Promise.all([pin.connect(g), insert.checkStale(g)]);
  }

  const stop = onDatasetChange(renderDataset);
  renderDataset();
  renderHost();

  const pinRead = pending.then(connect, (error: unknown) => {
    hostNote.textContent = errorText(error);
  });
  const ready = Promise.all([pinRead, shown]).then(() => undefined);

  return {
    ready,
    useGateway(next) {
      pending = Promise.resolve(next);
      return connect(next);
    },
    destroy() {
      destroyed = true;
      stop();
      replaceChildren(root);
    },
  };
}

/** The functions' catalogue, with their help texts: its own chunk, which only the catalogue panel needs. */
async function loadCatalog(): Promise<readonly CatalogEntry[]> {
  return (await import(/* webpackChunkName: "catalog" */ "../functions/catalog")).CATALOG;
}

/** How long the pane waits for Office (and so the storage partition) before reading the kept dataset. */
const CACHE_WAIT_MS = 3000;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function defaultStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
