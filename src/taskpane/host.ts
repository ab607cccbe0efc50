import type { WorkbookGateway } from "../excel/workbook-gateway";

/** What `Office.onReady` reports; only the host matters here. */
export interface OfficeReadyInfo {
  readonly host?: unknown;
}

export interface HostGatewayOptions {
  /** How long the pane waits for office.js before it works as outside Excel. */
  readonly timeoutMs: number;
  readonly excel: () => WorkbookGateway;
  readonly none: () => WorkbookGateway;
}

export interface HostGateways {
  /** The gateway to start with: Excel's if office.js names Excel in time, else the none-gateway. */
  readonly first: Promise<WorkbookGateway>;
  /**
   * Excel's gateway when office.js names Excel only after `first` gave up waiting (a slow host start-up);
   * null when there is nothing to switch to.
   */
  readonly later: Promise<WorkbookGateway | null>;
}

/**
 * @summary The workbook gateways the pane gets from office.js: one to start with, and Excel's gateway however
 * late `Office.onReady` names Excel, so a slow start-up never leaves the pane outside Excel for good.
 *
 * @param officeReady - `Office.onReady()`.
 * @param options - The wait, and the two gateway factories.
 *
 * @example
 * const { first, later } = hostGateways(Office.onReady(), { timeoutMs: 15_000, excel, none });
 * mountTaskPane(root, first).useGateway(await later);
 */
export function hostGateways(
  officeReady: Promise<OfficeReadyInfo>,
  options: HostGatewayOptions
): HostGateways {
  let gaveUp = false;
  const isExcel = officeReady.then(
    (info) => String(info?.host) === "Excel",
    () => false
  );
  const first = new Promise<WorkbookGateway>((resolve) => {
    const timer = setTimeout(() => {
      gaveUp = true;
      resolve(options.none());
    }, options.timeoutMs);
    void isExcel.then((excel) => {
      if (gaveUp) return;
      clearTimeout(timer);
      resolve(excel ? options.excel() : options.none());
    });
  });
  const later = isExcel.then((excel) => (excel && gaveUp ? options.excel() : null));
  return { first, later };
}
