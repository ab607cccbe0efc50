import type { CatalogEntry } from "../../functions/catalog";
import { filterCatalog } from "../catalog";
import { el, replaceChildren } from "../dom";
import { errorText, paneText } from "../messages";
import { workbookAction, type WorkbookLink } from "./ui";

const say = paneText.catalog;

/** The catalogue panel's elements the list fills. */
export interface CatalogView {
  readonly search: HTMLInputElement;
  readonly count: HTMLElement;
  readonly list: HTMLElement;
  readonly status: HTMLElement;
}

/**
 * @summary The catalogue's list: the entries that match the search, each with its syntax, description and
 * example, and a button that inserts the example into the active cell. It loads with the entries, on the
 * panel's first use (panels/catalog.ts).
 *
 * @returns The function that renders the list for the search as it stands.
 */
export function catalogList(
  link: WorkbookLink,
  catalog: readonly CatalogEntry[],
  { search, count, list, status }: CatalogView
): () => void {
  function insertFormula(entry: CatalogEntry, button: HTMLButtonElement): Promise<void> {
    return workbookAction(link, button, status, async (g, { insertMessages }) => {
      try {
        const done = await g.insertFormula(entry.example.formula);
        return [insertMessages.formulaDone(entry.example.formula, done.address)];
      } catch (error) {
        throw new Error(insertMessages.formulaFailed(errorText(error)));
      }
    });
  }

  return () => {
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
  };
}
