import type { WorkbookGateway } from "../../excel/workbook-gateway";
import { el, replaceChildren, uid } from "../dom";
import { errorText, refreshNotes, WORKING } from "../messages";
import type * as ActionTexts from "../messages/actions";

/** The pieces every panel is built from: a card, a labelled fact, an action button, a status region. */

export type StatusKind = "info" | "busy" | "error" | "success";

export function card(title: string, ...children: (Node | null)[]): HTMLElement {
  const id = uid("h");
  return el(
    "section",
    { className: "re-card", attrs: { "aria-labelledby": id } },
    el("h2", { attrs: { id }, text: title }),
    ...children
  );
}

/** The value half of a fact (a <dd>), filled when the panel renders. */
export function fact(testId: string): HTMLElement {
  return el("dd", { attrs: { "data-testid": testId } });
}

/** A button that runs one action, named for tests by its data-testid. */
export function actionButton(
  testId: string,
  text: string,
  emphasis?: "primary"
): HTMLButtonElement {
  return el("button", {
    className: emphasis === "primary" ? "re-primary" : undefined,
    attrs: { type: "button", "data-testid": testId },
    text,
  });
}

/**
 * An input with its own id (for its label) and the id of the hint that describes it (`aria-describedby`),
 * named for tests by its data-testid.
 */
export function describedInput(
  testId: string,
  attrs: Readonly<Record<string, string>>
): { input: HTMLInputElement; id: string; hintId: string } {
  const id = uid(testId);
  const hintId = uid(`${testId}-hint`);
  const input = el("input", {
    attrs: { id, ...attrs, "aria-describedby": hintId, "data-testid": testId },
  });
  return { input, id, hintId };
}

/** A live region that screen readers announce politely; `setStatus` fills it. */
export function statusRegion(
  testId: string,
  extra: Readonly<Record<string, string>> = {}
): HTMLDivElement {
  return el("div", {
    className: "re-status",
    attrs: { role: "status", "aria-live": "polite", "data-testid": testId, ...extra },
  });
}

/** A counter automation can wait on: it changes once per finished action, whatever its outcome. */
export function countRun(region: HTMLElement): void {
  region.setAttribute("data-run", String(Number(region.getAttribute("data-run") ?? "0") + 1));
}

export function setStatus(
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

/**
 * How far below (or above) the visible part of the pane a panel that loads what it shows starts loading it,
 * so that it is there by the time it scrolls into view (a local chunk loads in well under 100 ms).
 */
const NEAR_VIEW_MARGIN = "200px 0px";

/**
 * Calls `use` once, when `element` first comes near the visible part of the pane (see NEAR_VIEW_MARGIN);
 * at once where the browser cannot tell.
 */
export function whenNearView(element: Element, use: () => void): void {
  if (typeof IntersectionObserver === "undefined") return use();
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      use();
    },
    { rootMargin: NEAR_VIEW_MARGIN }
  );
  observer.observe(element);
}

/** How panels reach the workbook: the gateway once known, and a promise of it until then. */
export interface WorkbookLink {
  /** The gateway, null until it is known. */
  readonly known: WorkbookGateway | null;
  /** Settles with the gateway the pane works with now. */
  current(): Promise<WorkbookGateway>;
}

/** The texts of workbook actions (messages/actions.ts), loaded with the first action. */
export type ActionMessages = typeof ActionTexts;

/**
 * @summary Runs one workbook action from a button: busy while it runs, then its lines or its error in `status`.
 *
 * @param action - Does the work with the gateway and the actions' texts, and returns the lines to show.
 */
export async function workbookAction(
  link: WorkbookLink,
  button: HTMLButtonElement,
  status: HTMLElement,
  action: (g: WorkbookGateway, say: ActionMessages) => Promise<string[]>
): Promise<void> {
  if (button.disabled) return;
  button.disabled = true;
  setStatus(status, "busy", [WORKING]);
  try {
    const [g, say] = await Promise.all([
      link.current(),
      import(/* webpackChunkName: "actions" */ "../messages/actions"),
    ]);
    setStatus(status, "success", await action(g, say));
  } catch (error) {
    setStatus(status, "error", [errorText(error)]);
  } finally {
    countRun(status);
    button.disabled = false;
  }
}

/**
 * Recalculates the workbook and says how it went: the data already changed, so a failed recalculation
 * is reported beside the success, not instead of it.
 */
export async function recalculated(g: WorkbookGateway): Promise<string> {
  try {
    await g.recalculate();
    return refreshNotes.recalculated;
  } catch (error) {
    return refreshNotes.recalcFailed(errorText(error));
  }
}
