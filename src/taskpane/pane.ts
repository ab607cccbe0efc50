import "./csp-safe";
import { tableNames, type TableName } from "../data/schema";
import { activateDataset, activeSnapshot, onDatasetChange, type Snapshot } from "../data/store";
import type { DatasetPin, WorkbookGateway } from "../excel/workbook-gateway";
import { gapScorecardTemplate } from "../templates/gap-scorecard";
import { independenceModelTemplate } from "../templates/independence-model";
import type { TemplateSheet } from "../templates/types";
import {
  chooseCacheLocation,
  restoreLastGood,
  saveLastGood,
  type CacheLocation,
  type KeyValueStorage,
} from "./cache";
import { filterCatalog, paneCatalog, type CatalogEntry } from "./catalog";
import type { DatasetDiff } from "./diff";
import { append, el, replaceChildren, uid } from "./dom";
import {
  CONNECTING_TO_EXCEL,
  errorText,
  failureIssues,
  failureText,
  insertMessages,
  NEEDS_EXCEL,
  OUTSIDE_EXCEL_NOTE,
  pinMessages,
  refreshMessages,
  startupMessages,
} from "./messages";
import { carriedDataset, comparePin, describePin, pinOf, shortHash } from "./pin";
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, pullDataset, type PullProgress } from "./refresh";
import { installStyles } from "./styles";
import { summariseDataset } from "./summary";
import { sheetTableOf, tableTitles } from "./tables";

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
  /** The function catalogue; default the functions' own (src/functions/catalog.ts). */
  readonly catalog?: readonly CatalogEntry[];
}

export interface PaneHandle {
  /** Settles when the gateway is known and the workbook's pin has been read. */
  readonly ready: Promise<void>;
  /** Stops listening to the store and empties the root. */
  destroy(): void;
}

interface TemplateChoice {
  readonly id: string;
  readonly title: string;
  readonly build: () => TemplateSheet;
}

const templates: readonly TemplateChoice[] = [
  {
    id: "independence-model",
    title: "Independence model",
    build: () => independenceModelTemplate(),
  },
  { id: "gap-scorecard", title: "Six gaps scorecard", build: () => gapScorecardTemplate() },
];

/** localStorage key of the last dataset URL that gave a good dataset. */
const URL_KEY = "rare-earth-independence/source-url/v1";

type StatusKind = "info" | "busy" | "error" | "success";

/**
 * @summary Builds the task pane inside `root` and wires it to a workbook gateway.
 *
 * @description
 * The pane talks to the workbook only through `gateway` (the Excel gateway in Excel, a none-gateway in a
 * plain browser, the preview's own gateway in the workbook preview), and to the data only through the
 * store. The gateway may be a promise: the dataset panels work at once, the workbook panels when it
 * resolves. At start the last good dataset kept in `storage` (validated again) becomes active, unless the
 * add-in ships a newer one.
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
  const baseUrl = options.baseUrl ?? doc.location?.href;
  const catalog = options.catalog ?? paneCatalog();
  let gw: WorkbookGateway | null = null;
  const gatewayReady = Promise.resolve(gateway);
  /** The workbook's pin as last read or written; undefined until read. */
  let pin: DatasetPin | null | undefined;
  let destroyed = false;

  // --- Start from the last good dataset kept by the previous session --------------------------------------
  // The storage key depends on Office.context.partitionKey, known once Office is ready (bounded wait).
  const cache: Promise<CacheLocation | null> =
    options.cache !== undefined
      ? Promise.resolve(options.cache)
      : Promise.race([gatewayReady.catch(() => null), delay(CACHE_WAIT_MS)]).then(() =>
          chooseCacheLocation()
        );
  const restored = cache.then(restoreLastGood).catch(() => ({ kind: "none" }) as const);

  // --- Layout ------------------------------------------------------------------------------------------------
  replaceChildren(root);
  const hostNote = el("p", {
    className: "re-host",
    attrs: { "data-testid": "workbook-host" },
    text: CONNECTING_TO_EXCEL,
  });
  const header = el(
    "header",
    { className: "re-header" },
    el("h1", { text: "Rare Earth Independence" }),
    hostNote
  );

  // Dataset panel
  const version = el("dd", {
    className: "re-version",
    attrs: { "data-testid": "dataset-version" },
  });
  const asOf = fact("dataset-asof");
  const origin = fact("dataset-origin");
  const loaded = fact("dataset-loaded");
  const fingerprint = fact("dataset-hash");
  const records = fact("dataset-records");
  const confidence = fact("dataset-confidence");
  const countsBody = el("tbody");
  const datasetPanel = card(
    "Dataset",
    el(
      "dl",
      { className: "re-facts" },
      ...(
        [
          ["Version", version],
          ["As of", asOf],
          ["Origin", origin],
          ["Loaded", loaded],
          ["Fingerprint", fingerprint],
          ["Records", records],
          ["Confidence", confidence],
        ] as const
      ).flatMap(([term, value]) => [el("dt", { text: term }), value])
    ),
    el(
      "details",
      { className: "re-details" },
      el("summary", { text: "Records per table" }),
      el(
        "table",
        { className: "re-counts" },
        el(
          "thead",
          {},
          el(
            "tr",
            {},
            el("th", { attrs: { scope: "col" }, text: "Table" }),
            el("th", { attrs: { scope: "col" }, text: "Records" })
          )
        ),
        countsBody
      )
    )
  );

  // Refresh panel
  const urlId = uid("url");
  const urlHint = uid("url-hint");
  const urlInput = el("input", {
    attrs: {
      id: urlId,
      type: "url",
      name: "dataset-url",
      inputmode: "url",
      spellcheck: "false",
      autocomplete: "url",
      "aria-describedby": urlHint,
      "data-testid": "dataset-source-url",
    },
  });
  urlInput.value =
    options.defaultUrl ??
    readKey(storage, URL_KEY) ??
    new URL("data/dataset.json", baseUrl ?? "https://localhost/").href;
  const refreshButton = el("button", {
    className: "re-primary",
    attrs: { type: "submit", "data-testid": "dataset-refresh" },
    text: "Pull and apply",
  });
  const progress = el("progress", {
    attrs: { max: 1, "aria-label": "Download progress", hidden: true },
  });
  const refreshStatus = statusRegion("dataset-status", { "data-run": "0" });
  const changes = el("div", {
    className: "re-changes",
    attrs: { "data-testid": "dataset-changes", hidden: true },
  });
  const refreshForm = el(
    "form",
    { attrs: { novalidate: true } },
    el(
      "div",
      { className: "re-field" },
      el("label", { attrs: { for: urlId }, text: "Dataset URL" }),
      urlInput,
      el("p", {
        className: "re-hint",
        attrs: { id: urlHint },
        text: "https:// (http:// only for localhost). Point it at your organisation's mirror if it has one.",
      })
    ),
    el("div", { className: "re-row" }, refreshButton, progress)
  );
  const refreshPanel = card("Refresh", refreshForm, refreshStatus, changes);

  // Pin panel
  const pinState = el("p", {
    className: "re-pin-state",
    attrs: { "data-testid": "pin-state" },
    text: "Reading this workbook's pin…",
  });
  const mismatchText = el("p");
  const mismatchCarried = el("p", { className: "re-hint" });
  const keepButton = actionButton("pin-keep", "Keep the pinned data");
  const moveButton = actionButton("pin-move", "Move to the active data", "primary");
  const mismatch = el(
    "div",
    { className: "re-alert", attrs: { "data-testid": "pin-mismatch", hidden: true } },
    mismatchText,
    mismatchCarried,
    el("div", { className: "re-row" }, keepButton, moveButton)
  );
  const carryId = uid("carry");
  const carryHint = uid("carry-hint");
  const carryBox = el("input", {
    attrs: {
      id: carryId,
      type: "checkbox",
      "aria-describedby": carryHint,
      "data-testid": "pin-carry",
    },
  });
  const pinButton = actionButton("pin-set", "Pin to this workbook", "primary");
  const unpinButton = actionButton("pin-remove", "Remove pin");
  const pinStatus = statusRegion("pin-status");
  const pinPanel = card(
    "Workbook pin",
    pinState,
    mismatch,
    el(
      "div",
      { className: "re-check" },
      carryBox,
      el("label", { attrs: { for: carryId }, text: "Carry the dataset in the workbook" })
    ),
    el("p", {
      className: "re-hint",
      attrs: { id: carryHint },
      text: "A colleague who opens the file then gets the same numbers, even without this dataset version.",
    }),
    el("div", { className: "re-row" }, pinButton, unpinButton),
    pinStatus
  );

  // Insert panel
  const tableBoxes = new Map<TableName, HTMLInputElement>();
  const tableCounts = new Map<TableName, HTMLElement>();
  const tableOptions = el("div", { className: "re-options" });
  for (const table of tableNames) {
    const id = uid(`table-${table}`);
    const box = el("input", { attrs: { id, type: "checkbox", name: "tables", value: table } });
    const count = el("span", { className: "re-count" });
    tableBoxes.set(table, box);
    tableCounts.set(table, count);
    append(
      tableOptions,
      el(
        "div",
        { className: "re-option" },
        box,
        el("label", { attrs: { for: id } }, tableTitles[table], " ", count)
      )
    );
  }
  const tableList = el(
    "fieldset",
    { attrs: { "data-testid": "table-list" } },
    el("legend", { text: "Dataset tables" }),
    tableOptions
  );
  const insertTableButton = actionButton("insert-table", "Insert tables", "primary");
  const templateRadios = templates.map((t, i) => {
    const id = uid(`template-${t.id}`);
    const radio = el("input", {
      attrs: { id, type: "radio", name: "template", value: t.id, checked: i === 0 },
    });
    return {
      template: t,
      radio,
      row: el(
        "div",
        { className: "re-option" },
        radio,
        el("label", { attrs: { for: id }, text: t.title })
      ),
    };
  });
  const insertTemplateButton = actionButton("insert-template", "Insert template", "primary");
  const insertStatus = statusRegion("insert-status");
  const insertPanel = card(
    "Insert into the workbook",
    el("p", {
      className: "re-hint",
      text: "Tables become Excel tables with a Source column; inserting again updates them in place.",
    }),
    tableList,
    el("div", { className: "re-row" }, insertTableButton),
    el(
      "fieldset",
      { attrs: { "data-testid": "template-list" } },
      el("legend", { text: "Model template" }),
      el("div", { className: "re-options re-stack" }, ...templateRadios.map((t) => t.row))
    ),
    el("div", { className: "re-row" }, insertTemplateButton),
    insertStatus
  );

  // Function catalogue
  const searchId = uid("search");
  const search = el("input", {
    attrs: { id: searchId, type: "search", autocomplete: "off", "data-testid": "function-search" },
  });
  const functionCount = el("p", {
    className: "re-hint",
    attrs: { role: "status", "aria-live": "polite" },
  });
  const functionList = el("ul", {
    className: "re-functions",
    attrs: { "aria-label": "RE functions" },
  });
  const catalogStatus = statusRegion("catalog-status");
  const catalogPanel = card(
    "Function catalogue",
    el(
      "div",
      { className: "re-field" },
      el("label", { attrs: { for: searchId }, text: "Search functions" }),
      search,
      el("p", { className: "re-hint", text: "Insert puts the example into the active cell." })
    ),
    functionCount,
    functionList,
    catalogStatus
  );
  catalogPanel.setAttribute("data-testid", "function-catalog");

  // Shown once the kept dataset is restored or discarded, so the pane never shows one version, then another.
  const shown = restored.then((kept) => {
    if (destroyed) return;
    append(
      root,
      el(
        "div",
        { className: "re-pane" },
        header,
        datasetPanel,
        refreshPanel,
        pinPanel,
        insertPanel,
        catalogPanel
      )
    );
    if (kept.kind === "ok" && !kept.unchanged)
      setStatus(refreshStatus, "info", [startupMessages.fromCache(kept.dataset.meta.version)]);
    if (kept.kind === "discarded")
      setStatus(refreshStatus, "error", [
        startupMessages.cacheDiscarded(failureText(kept.failure, "cache")),
      ]);
  });

  // --- Rendering ---------------------------------------------------------------------------------------------
  function renderDataset(snapshot: Snapshot): void {
    const meta = snapshot.dataset.meta;
    const summary = summariseDataset(snapshot.dataset);
    version.textContent = meta.version;
    asOf.textContent = meta.asOf;
    origin.textContent = originText(snapshot);
    replaceChildren(
      loaded,
      el("time", {
        attrs: { datetime: snapshot.loadedAt },
        text: new Date(snapshot.loadedAt).toLocaleString(undefined, {
          dateStyle: "medium",
          timeStyle: "short",
        }),
      })
    );
    fingerprint.textContent = shortHash(snapshot.hash);
    records.textContent = `${summary.records.toLocaleString("en-US")} in ${summary.tables.length} tables`;
    replaceChildren(
      confidence,
      el(
        "ul",
        { className: "re-chips", attrs: { "aria-label": "Figures by confidence" } },
        ...(["high", "medium", "low"] as const).map((grade) =>
          el(
            "li",
            {
              className: "re-chip",
              attrs: { "data-grade": grade, "data-testid": `confidence-${grade}` },
            },
            `${grade} ${summary.confidence[grade]}`
          )
        )
      )
    );
    replaceChildren(
      countsBody,
      ...summary.tables.map((t) =>
        el(
          "tr",
          {},
          el("td", { text: tableTitles[t.table] }),
          el("td", { text: String(t.records) })
        )
      )
    );
    for (const t of summary.tables) tableCounts.get(t.table)!.textContent = `(${t.records})`;
  }

  function renderPin(): void {
    const snapshot = activeSnapshot();
    const workbookWritable = gw !== null && gw.kind !== "none";
    pinButton.disabled = gw === null;
    unpinButton.disabled = gw === null || !pin;
    mismatch.hidden = true;
    if (gw === null) {
      pinState.textContent = "Reading this workbook's pin…";
      return;
    }
    if (!workbookWritable) {
      pinState.textContent = NEEDS_EXCEL;
      return;
    }
    if (pin === undefined) return;
    const state = comparePin(pin, snapshot);
    pinState.textContent = describePin(state, snapshot);
    if (state.kind === "other") {
      mismatch.hidden = false;
      mismatchText.textContent = pinMessages.other(
        state.pin.version,
        shortHash(state.pin.hash),
        snapshot.dataset.meta.version,
        shortHash(snapshot.hash)
      );
      mismatchCarried.textContent = state.carried ? pinMessages.carries : pinMessages.notCarried;
      keepButton.disabled = !state.carried;
    }
  }

  function renderCatalog(): void {
    const shown = filterCatalog(catalog, search.value);
    functionCount.textContent = `${shown.length} of ${catalog.length} functions`;
    replaceChildren(
      functionList,
      ...shown.map((entry) => {
        const button = el("button", {
          className: "re-small",
          attrs: {
            type: "button",
            "aria-label": `Insert ${entry.example} into the active cell`,
            "data-function": entry.name,
          },
          text: "Insert",
        });
        button.addEventListener("click", () => void insertFormula(entry, button));
        return el(
          "li",
          { className: "re-function" },
          el("p", { className: "re-function-name", text: entry.syntax }),
          el("p", { text: entry.description }),
          el("div", { className: "re-row" }, el("code", { text: entry.example }), button),
          entry.shows ? el("p", { className: "re-hint", text: `Shows ${entry.shows}` }) : null
        );
      })
    );
  }

  function renderHost(): void {
    if (gw === null) {
      hostNote.textContent = CONNECTING_TO_EXCEL;
      hostNote.removeAttribute("data-kind");
    } else if (gw.kind === "none") {
      hostNote.textContent = OUTSIDE_EXCEL_NOTE;
      hostNote.setAttribute("data-kind", "none");
    } else {
      hostNote.textContent =
        gw.kind === "excel"
          ? "Connected to this workbook in Excel."
          : "Connected to the workbook preview.";
      hostNote.setAttribute("data-kind", gw.kind);
    }
  }

  function renderDiff(diff: DatasetDiff | null): void {
    if (!diff) {
      changes.hidden = true;
      replaceChildren(changes);
      return;
    }
    changes.hidden = false;
    const items: Node[] = [];
    for (const m of diff.meta)
      items.push(el("li", { text: `${m.field}: ${m.before} → ${m.after}` }));
    for (const t of diff.tables) {
      const parts = [
        t.added.length ? `${t.added.length} added` : "",
        t.removed.length ? `${t.removed.length} removed` : "",
        t.changed.length ? `${t.changed.length} changed` : "",
      ].filter(Boolean);
      const details = [
        ...t.added.map((r) => `added: ${r.label}`),
        ...t.removed.map((r) => `removed: ${r.label}`),
        ...t.changed.map(
          (r) =>
            `changed: ${r.label} — ${r.fields.map((f) => `${f.field} ${f.before} → ${f.after}`).join("; ")}`
        ),
      ];
      const shown = details.slice(0, 6);
      if (details.length > shown.length) shown.push(`… and ${details.length - shown.length} more`);
      items.push(
        el(
          "li",
          { attrs: { "data-table": t.table } },
          el("span", { className: "re-table-name", text: tableTitles[t.table] }),
          `: ${parts.join(", ")}`,
          el("ul", {}, ...shown.map((d) => el("li", { text: d })))
        )
      );
    }
    replaceChildren(
      changes,
      el("h3", { text: `What changed from ${diff.fromVersion} to ${diff.toVersion}` }),
      items.length ? el("ul", {}, ...items) : el("p", { text: "No records changed." })
    );
  }

  // --- Actions -----------------------------------------------------------------------------------------------
  let refreshing = false;
  async function refresh(): Promise<void> {
    if (refreshing) return;
    refreshing = true;
    refreshButton.disabled = true;
    urlInput.setAttribute("aria-busy", "true");
    progress.hidden = false;
    progress.removeAttribute("value");
    renderDiff(null);
    const before = activeSnapshot();
    let phase = "";
    const onProgress = (p: PullProgress) => {
      if (p.phase === "downloading") {
        if (p.total) {
          progress.max = p.total;
          progress.value = p.received;
        }
        progress.setAttribute("aria-valuetext", refreshMessages.downloading(p.received, p.total));
      }
      if (p.phase === phase) return;
      phase = p.phase;
      const text =
        p.phase === "connecting"
          ? refreshMessages.connecting(p.url)
          : p.phase === "downloading"
            ? refreshMessages.downloading(p.received, p.total)
            : refreshMessages.validating;
      setStatus(refreshStatus, "busy", [text]);
    };
    try {
      const result = await pullDataset(urlInput.value, {
        previous: before,
        base: baseUrl,
        fetch: options.fetch,
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
        onProgress,
      });
      if (!result.ok) {
        setStatus(
          refreshStatus,
          "error",
          [failureText(result.failure)],
          failureIssues(result.failure),
          [refreshMessages.keptActive(activeSnapshot().dataset.meta.version)]
        );
        return;
      }
      writeKey(storage, URL_KEY, urlInput.value.trim());
      if (result.unchanged) {
        setStatus(refreshStatus, "success", [
          refreshMessages.upToDate(result.dataset.meta.version),
        ]);
        return;
      }
      const applied = activateDataset(
        result.dataset,
        { kind: "url", url: result.url },
        result.hash
      );
      const lines = [
        refreshMessages.applied(before.dataset.meta.version, result.dataset.meta.version),
      ];
      const saved = await saveLastGood(await cache, applied);
      if (!saved.ok) lines.push(refreshMessages.cacheFailed(failureText(saved.failure)));
      const g = await gatewayReady;
      if (g.kind !== "none") lines.push(await recalculated(g));
      setStatus(refreshStatus, "success", lines);
      renderDiff(result.diff);
    } catch (error) {
      setStatus(refreshStatus, "error", [
        errorText(error),
        refreshMessages.keptActive(activeSnapshot().dataset.meta.version),
      ]);
    } finally {
      refreshing = false;
      countRun(refreshStatus);
      refreshButton.disabled = false;
      urlInput.removeAttribute("aria-busy");
      progress.hidden = true;
    }
  }

  async function workbookAction(
    button: HTMLButtonElement,
    status: HTMLElement,
    action: (g: WorkbookGateway) => Promise<string[]>
  ): Promise<void> {
    if (button.disabled) return;
    button.disabled = true;
    setStatus(status, "busy", [insertMessages.working]);
    try {
      const g = await gatewayReady;
      setStatus(status, "success", await action(g));
    } catch (error) {
      setStatus(status, "error", [errorText(error)]);
    } finally {
      countRun(status);
      button.disabled = false;
    }
  }

  function insertTables(): Promise<void> {
    return workbookAction(insertTableButton, insertStatus, async (g) => {
      const chosen = tableNames.filter((t) => tableBoxes.get(t)!.checked);
      if (chosen.length === 0) throw new Error(insertMessages.noTableChosen);
      const dataset = activeSnapshot().dataset;
      const lines: string[] = [];
      for (const table of chosen) {
        const sheetTable = sheetTableOf(dataset, table);
        try {
          const done = await g.writeTable(sheetTable);
          lines.push(insertMessages.tableDone(sheetTable.name, done.address, done.updated));
        } catch (error) {
          throw new Error(
            [...lines, insertMessages.tableFailed(sheetTable.name, errorText(error))].join("\n")
          );
        }
      }
      return lines;
    });
  }

  function insertTemplate(): Promise<void> {
    const choice = templateRadios.find((t) => t.radio.checked)?.template ?? templates[0];
    return workbookAction(insertTemplateButton, insertStatus, async (g) => {
      try {
        const done = await g.insertTemplate(choice.build());
        return [insertMessages.templateDone(choice.title, done.sheet)];
      } catch (error) {
        throw new Error(insertMessages.templateFailed(choice.title, errorText(error)));
      }
    });
  }

  function insertFormula(entry: CatalogEntry, button: HTMLButtonElement): Promise<void> {
    return workbookAction(button, catalogStatus, async (g) => {
      try {
        const done = await g.insertFormula(entry.example);
        return [insertMessages.formulaDone(entry.example, done.address)];
      } catch (error) {
        throw new Error(insertMessages.formulaFailed(errorText(error)));
      }
    });
  }

  function setWorkbookPin(
    next: DatasetPin | null,
    message: string,
    button: HTMLButtonElement
  ): Promise<void> {
    return workbookAction(button, pinStatus, async (g) => {
      await writePin(g, next);
      return [message];
    });
  }

  /** Writes the pin to the workbook, then remembers and shows it (only once the write succeeded). */
  async function writePin(g: WorkbookGateway, next: DatasetPin | null): Promise<void> {
    await g.setPin(next);
    pin = next;
    renderPin();
  }

  function keepPinned(): Promise<void> {
    return workbookAction(keepButton, pinStatus, async (g) => {
      if (!pin) return [pinMessages.unpinned];
      const carried = await carriedDataset(pin);
      if (!carried.ok) throw new Error(failureText(carried.failure, "pin"));
      activateDataset(carried.dataset, { kind: "workbook" }, carried.hash);
      return [pinMessages.keptPinned(carried.dataset.meta.version), await recalculated(g)];
    });
  }

  function moveToActive(): Promise<void> {
    return workbookAction(moveButton, pinStatus, async (g) => {
      const snapshot = activeSnapshot();
      const next = pinOf(snapshot, Boolean(pin?.datasetJson));
      await writePin(g, next);
      return [pinMessages.moved(snapshot.dataset.meta.version), await recalculated(g)];
    });
  }

  refreshForm.addEventListener("submit", (event) => {
    event.preventDefault();
    void refresh();
  });
  insertTableButton.addEventListener("click", () => void insertTables());
  insertTemplateButton.addEventListener("click", () => void insertTemplate());
  pinButton.addEventListener("click", () => {
    const carry = carryBox.checked;
    const snapshot = activeSnapshot();
    void setWorkbookPin(
      pinOf(snapshot, carry),
      pinMessages.pinned(snapshot.dataset.meta.version, carry),
      pinButton
    );
  });
  unpinButton.addEventListener(
    "click",
    () => void setWorkbookPin(null, pinMessages.unpinDone, unpinButton)
  );
  keepButton.addEventListener("click", () => void keepPinned());
  moveButton.addEventListener("click", () => void moveToActive());
  search.addEventListener("input", renderCatalog);

  const stop = onDatasetChange((snapshot) => {
    renderDataset(snapshot);
    renderPin();
  });
  renderDataset(activeSnapshot());
  renderCatalog();
  renderHost();
  renderPin();

  const pinRead = gatewayReady.then(
    async (g) => {
      gw = g;
      renderHost();
      renderPin();
      try {
        pin = await g.readPin();
        carryBox.checked = Boolean(pin?.datasetJson);
      } catch (error) {
        pin = null;
        setStatus(pinStatus, "error", [pinMessages.readFailed(errorText(error))]);
      }
      renderPin();
    },
    (error: unknown) => {
      hostNote.textContent = errorText(error);
    }
  );

  return {
    ready: Promise.all([pinRead, shown]).then(() => undefined),
    destroy() {
      destroyed = true;
      stop();
      replaceChildren(root);
    },
  };
}

/** How long the pane waits for Office (and so the storage partition) before reading the kept dataset. */
const CACHE_WAIT_MS = 3000;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function card(title: string, ...children: Node[]): HTMLElement {
  const id = uid("h");
  return el(
    "section",
    { className: "re-card", attrs: { "aria-labelledby": id } },
    el("h2", { attrs: { id }, text: title }),
    ...children
  );
}

/** The value half of a dataset fact (a <dd>), filled by renderDataset. */
function fact(testId: string): HTMLElement {
  return el("dd", { attrs: { "data-testid": testId } });
}

/** A button that runs one action, named for tests by its data-testid. */
function actionButton(testId: string, text: string, emphasis?: "primary"): HTMLButtonElement {
  return el("button", {
    className: emphasis === "primary" ? "re-primary" : undefined,
    attrs: { type: "button", "data-testid": testId },
    text,
  });
}

/** A live region that screen readers announce politely; `setStatus` fills it. */
function statusRegion(
  testId: string,
  extra: Readonly<Record<string, string>> = {}
): HTMLDivElement {
  return el("div", {
    className: "re-status",
    attrs: { role: "status", "aria-live": "polite", "data-testid": testId, ...extra },
  });
}

/** A counter automation can wait on: it changes once per finished action, whatever its outcome. */
function countRun(region: HTMLElement): void {
  region.setAttribute("data-run", String(Number(region.getAttribute("data-run") ?? "0") + 1));
}

/**
 * Recalculates the workbook and says how it went: the data already changed, so a failed recalculation
 * is reported beside the success, not instead of it.
 */
async function recalculated(g: WorkbookGateway): Promise<string> {
  try {
    await g.recalculate();
    return refreshMessages.recalculated;
  } catch (error) {
    return refreshMessages.recalcFailed(errorText(error));
  }
}

function setStatus(
  region: HTMLElement,
  kind: StatusKind,
  lines: readonly string[],
  issues?: readonly string[],
  after: readonly string[] = []
): void {
  region.setAttribute("data-kind", kind);
  region.setAttribute("aria-busy", kind === "busy" ? "true" : "false");
  const paragraphs = (texts: readonly string[]) =>
    texts.flatMap((text) => text.split("\n")).map((text) => el("p", { text }));
  replaceChildren(
    region,
    ...paragraphs(lines),
    issues && issues.length > 0
      ? el("ul", {}, ...issues.map((issue) => el("li", { className: "re-issue", text: issue })))
      : null,
    ...paragraphs(after)
  );
}

function originText(snapshot: Snapshot): string {
  const o = snapshot.origin;
  switch (o.kind) {
    case "embedded":
      return "Shipped with the add-in";
    case "url":
      return `Pulled from ${o.url ?? "a URL"}`;
    case "cache":
      return o.url ? `Kept from the last refresh (${o.url})` : "Kept from the last refresh";
    case "workbook":
      return "Carried by this workbook";
  }
}

function defaultStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
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

/** The same as `mountTaskPane`, under the shorter name the workbook preview uses. */
export const mountPane = mountTaskPane;
