/**
 * The workbook preview's entry point: a HyperFormula workbook with the RE.* functions registered (the same runner
 * Excel calls), drawn as a grid with a formula bar, and the real task pane mounted beside it with the preview's
 * WorkbookGateway. It opens the workbook kept in the browser from the last visit, or the example independence
 * model; Open (or a dropped file) reads an .xlsx, Save writes one. A development tool (HyperFormula is GPL-3.0):
 * it is built by webpack.preview.config.js into dist-preview/ and never into the add-in's dist/.
 */
import { HyperFormula } from "hyperformula";
import { activeSnapshot, onDatasetChange } from "../src/data/store";
import { mountTaskPane } from "../src/taskpane/pane";
import { newPreviewWorkbook, writeExample } from "./example";
import { GridView } from "./grid";
import { PreviewGateway } from "./preview-gateway";
import { keepWorkbook, reopenKeptWorkbook } from "./saved-workbook";
import type { PreviewWorkbook } from "./workbook";
import { workbookToXlsx } from "./xlsx-export";
import { readXlsx } from "./xlsx-import";

const EXAMPLE_TITLE = "independence-model.xlsx";
const PANE_KEY = "re-preview-pane";
/** Below this width the pane starts collapsed, so that the model's chart fits beside the grid (1366 px laptops). */
const PANE_ROOM_PX = 1500;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The preview page has no #${id}`);
  return found as T;
}

function showDataset(statusRight: HTMLElement): void {
  const { dataset, origin } = activeSnapshot();
  statusRight.textContent = `Dataset ${dataset.meta.version} (${origin.kind}) \u00b7 HyperFormula ${HyperFormula.version}`;
}

/** The name a saved copy gets: the workbook's own, as .xlsx. */
function fileNameOf(title: string): string {
  return /\.xlsx$/i.test(title) ? title : `${title.replace(/\.[^.]*$/, "")}.xlsx`;
}

function download(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** The collapsible pane: collapsed at first on narrow screens, then as the analyst last left it. */
function wirePaneToggle(storage: Storage): void {
  const frame = element("taskpane-frame");
  const toggle = element<HTMLButtonElement>("pane-toggle");
  const set = (collapsed: boolean) => {
    frame.classList.toggle("collapsed", collapsed);
    toggle.setAttribute("aria-expanded", String(!collapsed));
    toggle.title = collapsed ? "Show the task pane" : "Hide the task pane";
  };
  const remembered = storage.getItem(PANE_KEY);
  set(remembered ? remembered === "collapsed" : window.innerWidth < PANE_ROOM_PX);
  toggle.addEventListener("click", () => {
    const collapsed = !frame.classList.contains("collapsed");
    set(collapsed);
    storage.setItem(PANE_KEY, collapsed ? "collapsed" : "open");
  });
}

function boot(): void {
  const storage = window.localStorage;
  const status = element("status");
  const statusRight = element("status-right");
  const docTitle = element("doc-title");
  const workbook: PreviewWorkbook = newPreviewWorkbook();
  let title = reopenKeptWorkbook(workbook, storage);
  const reopened = title !== null;
  if (title === null) {
    writeExample(workbook);
    title = EXAMPLE_TITLE;
  }
  const grid = new GridView(workbook, {
    grid: element("grid"),
    formulaBar: element<HTMLInputElement>("formula-bar"),
    nameBox: element<HTMLInputElement>("name-box"),
    tabs: element("sheet-tabs"),
    status,
    formulaError: element("formula-error"),
  });
  const setTitle = (next: string) => {
    title = next;
    docTitle.textContent = next;
  };
  setTitle(title);

  // Kept in the browser after every change (and when the page goes away), so a reload finds the work.
  let pending: ReturnType<typeof setTimeout> | undefined;
  const keep = () => {
    clearTimeout(pending);
    pending = undefined;
    if (!keepWorkbook(workbook, title ?? EXAMPLE_TITLE, storage))
      grid.announce("The browser's storage refused the workbook: save it as .xlsx to keep it.");
  };
  workbook.onChange(() => {
    clearTimeout(pending);
    pending = setTimeout(keep, 300);
  });
  window.addEventListener("pagehide", keep);

  const openFile = async (file: File) => {
    if (!/\.xlsx$/i.test(file.name)) {
      grid.announce(`${file.name} is not an .xlsx workbook: the preview opens .xlsx files.`);
      return;
    }
    try {
      const { sheets, active } = await readXlsx(await file.arrayBuffer());
      workbook.load(sheets, active);
      setTitle(file.name);
      keep();
      const { matched, differ } = workbook.compareWithCached();
      const where =
        differ.length > 0 ? `, ${differ.length} differ (${differ.slice(0, 4).join(", ")})` : "";
      grid.announce(
        `Opened ${file.name}: ${sheets.length} sheets; ${matched} of the file's cached values match the values recomputed here${where}.`
      );
    } catch (error) {
      grid.announce(
        `${file.name} could not be read as a workbook: ${error instanceof Error ? error.message : String(error)}`
      );
    }
  };

  const openInput = element<HTMLInputElement>("preview-open");
  openInput.addEventListener("change", () => {
    const file = openInput.files?.[0];
    if (file) void openFile(file).finally(() => (openInput.value = ""));
  });
  const app = document.querySelector(".app") as HTMLElement;
  app.addEventListener("dragover", (event) => {
    if (!event.dataTransfer?.types.includes("Files")) return;
    event.preventDefault();
    app.classList.add("dropping");
  });
  app.addEventListener("dragleave", () => app.classList.remove("dropping"));
  app.addEventListener("drop", (event) => {
    app.classList.remove("dropping");
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void openFile(file);
  });

  element("preview-save").addEventListener("click", async () => {
    const name = fileNameOf(title ?? EXAMPLE_TITLE);
    const bytes = await workbookToXlsx(workbook, {
      title: name.replace(/\.xlsx$/i, ""),
      creator: "Rare Earth Independence workbook preview",
      stamp: new Date(),
    });
    download(bytes, name);
    grid.announce(
      `Saved ${name}: formulas with their values, RE.* as Excel stores add-in functions.`
    );
  });
  element("preview-example").addEventListener("click", () => {
    writeExample(workbook);
    setTitle(EXAMPLE_TITLE);
    keep();
    grid.announce("Opened the example independence model.");
  });

  wirePaneToggle(storage);
  const gateway = new PreviewGateway(workbook);
  // The real task pane, talking to this workbook through the preview's WorkbookGateway.
  const pane = mountTaskPane(element("taskpane"), gateway);
  showDataset(statusRight);
  onDatasetChange(() => showDataset(statusRight));
  if (reopened) grid.announce(`Reopened ${title}, as you left it (kept in this browser).`);
  else status.textContent = "Ready";
  element("grid").focus();
  // For a developer's console: the workbook and its HyperFormula instance.
  (window as unknown as { rePreview: unknown }).rePreview = {
    workbook,
    gateway,
    pane,
    hf: workbook.hf,
  };
}

boot();
