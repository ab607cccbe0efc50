/**
 * The task pane's entry point (dist/taskpane.js). In the shared runtime this page also hosts the custom
 * functions (functions.js loads first), so both read one store.
 *
 * Which workbook gateway the pane gets:
 * - `window.__reGateway`, if a host page set it before this script loaded (a test page or an embedding);
 * - otherwise the Excel gateway when `Office.onReady` reports the Excel host;
 * - otherwise (office.js missing, no host in a plain browser, or no answer within 15 s) the none-gateway,
 *   whose writes say that writing into a workbook needs Excel; if `Office.onReady` names Excel later, however
 *   late, the pane switches to the Excel gateway then.
 * `window.__rePaneOptions` (same timing) may set `timeoutMs`, `maxBytes` and `defaultUrl` for the refresh.
 * Bundled code (the workbook preview) imports `mountTaskPane` from ./pane instead of loading this file.
 */
import "./csp-safe";
import { createExcelGateway } from "../excel/gateway";
import type { WorkbookGateway } from "../excel/workbook-gateway";
import { dateSystem, setDateSystem } from "../functions/dateSystem";
import { hostGateways } from "./host";
import { createNoneGateway } from "./none-gateway";
import { mountTaskPane, type PaneHandle, type PaneOptions } from "./pane";

declare global {
  interface Window {
    __reGateway?: WorkbookGateway;
    __rePaneOptions?: Pick<PaneOptions, "timeoutMs" | "maxBytes" | "defaultUrl">;
    __rePane?: PaneHandle;
  }
}

/** How long to wait for office.js to name its host before treating the page as outside Excel. */
const OFFICE_READY_TIMEOUT_MS = 15_000;

/**
 * Reads the workbook's date system and hands it to the functions; in a 1904 workbook the RE cells that ran
 * before it was known are recalculated. A workbook that cannot say keeps the 1900 system.
 */
async function adoptDateSystem(gateway: WorkbookGateway): Promise<void> {
  const system = await gateway.dateSystem?.().catch(() => undefined);
  if (system === undefined || system === dateSystem()) return;
  setDateSystem(system);
  await gateway.recalculate().catch(() => undefined);
}

function start(): void {
  const root =
    document.getElementById("app") ?? document.body.appendChild(document.createElement("main"));
  const options = window.__rePaneOptions ?? {};
  const paneOptions = {
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxBytes,
    defaultUrl: options.defaultUrl,
  };
  if (window.__reGateway) {
    void adoptDateSystem(window.__reGateway);
    window.__rePane = mountTaskPane(root, window.__reGateway, paneOptions);
    return;
  }
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    window.__rePane = mountTaskPane(root, createNoneGateway(), paneOptions);
    return;
  }
  const { first, later } = hostGateways(Office.onReady(), {
    timeoutMs: OFFICE_READY_TIMEOUT_MS,
    excel: () => createExcelGateway(),
    none: createNoneGateway,
  });
  void first.then(adoptDateSystem);
  const pane = mountTaskPane(root, first, paneOptions);
  window.__rePane = pane;
  void later.then(
    (excel) => excel && Promise.all([adoptDateSystem(excel), pane.useGateway(excel)])
  );
}

if (document.readyState === "loading")
  document.addEventListener("DOMContentLoaded", start, { once: true });
else start();
