import type { CatalogEntry } from "../../functions/catalog";
import { filterCatalog } from "../catalog";
import { el, replaceChildren, uid } from "../dom";
import { errorText, insertMessages, paneText } from "../messages";
import {
  card,
  setStatus,
  statusRegion,
  whenNearView,
  workbookAction,
  type WorkbookLink,
} from "./ui";

const say = paneText.catalog;

/**
 * @summary The Function catalogue panel: every RE function with its syntax and a working example, filtered as
 * the analyst types, each example insertable into the active cell.
 *
 * @description The entries (the functions' help texts) are loaded once, the first time the panel comes near
 * the visible part of the pane or its search field is used, so the pane's start-up does not carry them.
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

  function insertFormula(entry: CatalogEntry, button: HTMLButtonElement): Promise<void> {
    return workbookAction(link, button, status, async (g) => {
      try {
        const done = await g.insertFormula(entry.example.formula);
        return [insertMessages.formulaDone(entry.example.formula, done.address)];
      } catch (error) {
        throw new Error(insertMessages.formulaFailed(errorText(error)));
      }
    });
  }

  let catalog: readonly CatalogEntry[] | undefined;
  let loading: Promise<void> | undefined;

  function need(): void {
    loading ??= load().then(
      (entries) => {
        catalog = entries;
        replaceChildren(status); // a failure shown before is over
        render();
      },
      (error: unknown) => {
        loading = undefined;
        setStatus(status, "error", [say.loadFailed(errorText(error))]);
      }
    );
  }

  function render(): void {
    if (!catalog) return need();
    const shown = filterCatalog(catalog, search.value);
    count.textContent = say.count(shown.length, catalog.length);
    replaceChildren(
      list,
      ...shown.map((entry) => {
        const button = el("button", {
          className: "re-small",
          attrs: {
            type: "button",
            "aria-label": say.insertLabel(entry.example.formula),
            "data-function": entry.name,
          },
          text: say.insert,
        });
        button.addEventListener("click", () => void insertFormula(entry, button));
        return el(
          "li",
          { className: "re-function" },
          el("p", { className: "re-function-name", text: entry.syntax }),
          el("p", { text: entry.description }),
          el("div", { className: "re-row" }, el("code", { text: entry.example.formula }), button),
          el("p", { className: "re-hint", text: say.shows(entry.example.result) })
        );
      })
    );
  }

  search.addEventListener("input", render);
  search.addEventListener("focus", need);
  whenNearView(element, need);
  return element;
}
