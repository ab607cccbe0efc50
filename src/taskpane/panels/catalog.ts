import type { CatalogEntry } from "../../functions/catalog";
import { el, replaceChildren, uid } from "../dom";
import { errorText, paneText } from "../messages";
import { card, setStatus, statusRegion, whenNearView, type WorkbookLink } from "./ui";

const say = paneText.catalog;

/**
 * @summary The Function catalogue panel: every RE function with its syntax and a working example, filtered as
 * the analyst types, each example insertable into the active cell.
 *
 * @description The entries (the functions' help texts) and the list that shows them (catalog-list.ts) are
 * loaded once, the first time the panel comes near the visible part of the pane or its search field is
 * used, so the pane's start-up does not carry them.
 *
 * @param load - Gives the entries; called once (again only after a failure).
 */
export function createCatalogPanel(
  link: WorkbookLink,
  load: () => Promise<readonly CatalogEntry[]>
): HTMLElement {
  const searchId = uid("search");
  const search = el("input", {
    attrs: { id: searchId, type: "search", autocomplete: "off", "data-testid": "function-search" },
  });
  const count = el("p", {
    className: "re-hint",
    attrs: { role: "status", "aria-live": "polite" },
    text: say.loading,
  });
  const list = el("ul", { className: "re-functions", attrs: { "aria-label": say.list } });
  const status = statusRegion("catalog-status");
  const element = card(
    say.title,
    el(
      "div",
      { className: "re-field" },
      el("label", { attrs: { for: searchId }, text: say.search }),
      search,
      el("p", { className: "re-hint", text: say.hint })
    ),
    count,
    list,
    status
  );
  element.setAttribute("data-testid", "function-catalog");

  let render: (() => void) | undefined;
  let loading: Promise<void> | undefined;

  function need(): void {
    loading ??= Promise.all([
      load(),
      import(/* webpackChunkName: "catalog" */ "./catalog-list"),
    ]).then(
      ([entries, { catalogList }]) => {
        render = catalogList(link, entries, { search, count, list, status });
        replaceChildren(status); // a failure shown before is over
        render();
      },
      (error: unknown) => {
        loading = undefined;
        setStatus(status, "error", [say.loadFailed(errorText(error))]);
      }
    );
  }

  search.addEventListener("input", () => (render ? render() : need()));
  search.addEventListener("focus", need);
  whenNearView(element, need);
  return element;
}
