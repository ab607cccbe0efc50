/**
 * The workbook preview's entry point: a HyperFormula workbook with the RE.* functions registered (the same runner
 * Excel calls), opened on the example independence model, drawn as a grid with a formula bar, and the real task
 * pane mounted beside it with the preview's WorkbookGateway. A development tool (HyperFormula is GPL-3.0): it is
 * built by webpack.preview.config.js into dist-preview/ and never into the add-in's dist/.
 */
import { HyperFormula } from "hyperformula";
import { activeSnapshot, onDatasetChange } from "../src/data/store";
import { mountTaskPane } from "../src/taskpane/pane";
import { openExampleWorkbook } from "./example";
import { GridView } from "./grid";
import { PreviewGateway } from "./preview-gateway";

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The preview page has no #${id}`);
  return found as T;
}

function showDataset(statusRight: HTMLElement): void {
  const { dataset, origin } = activeSnapshot();
  statusRight.textContent = `Dataset ${dataset.meta.version} (${origin.kind}) \u00b7 HyperFormula ${HyperFormula.version}`;
}

function boot(): void {
  const status = element("status");
  const statusRight = element("status-right");
  const workbook = openExampleWorkbook();
  new GridView(workbook, {
    grid: element("grid"),
    formulaBar: element<HTMLInputElement>("formula-bar"),
    nameBox: element<HTMLInputElement>("name-box"),
    tabs: element("sheet-tabs"),
    status,
    formulaError: element("formula-error"),
  });
  const gateway = new PreviewGateway(workbook);
  // The real task pane, talking to this workbook through the preview's WorkbookGateway.
  const pane = mountTaskPane(element("taskpane"), gateway);
  showDataset(statusRight);
  onDatasetChange(() => showDataset(statusRight));
  status.textContent = "Ready";
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
