import { tableNames, type TableName } from "../../data/schema";
import { activeSnapshot, type Snapshot } from "../../data/store";
import { gapScorecardTemplate } from "../../templates/gap-scorecard";
import { independenceModelTemplate } from "../../templates/independence-model";
import type { TemplateSheet } from "../../templates/types";
import { append, el, uid } from "../dom";
import { errorText, insertMessages, paneText } from "../messages";
import { sheetTableOf, tableTitles } from "../tables";
import { actionButton, card, statusRegion, workbookAction, type WorkbookLink } from "./ui";

const say = paneText.insert;

interface TemplateChoice {
  readonly id: keyof typeof say.templates;
  readonly build: () => TemplateSheet;
}

const templates: readonly TemplateChoice[] = [
  { id: "independence-model", build: () => independenceModelTemplate() },
  { id: "gap-scorecard", build: () => gapScorecardTemplate() },
];

export interface InsertPanel {
  readonly element: HTMLElement;
  /** Shows each table's record count in the active dataset. */
  render(snapshot: Snapshot): void;
}

/**
 * @summary The Insert panel: dataset tables as Excel tables with their Source column, and the model templates.
 */
export function createInsertPanel(link: WorkbookLink): InsertPanel {
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
  const insertTableButton = actionButton("insert-table", say.insertTables, "primary");
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
        el("label", { attrs: { for: id }, text: say.templates[t.id] })
      ),
    };
  });
  const insertTemplateButton = actionButton("insert-template", say.insertTemplate, "primary");
  const status = statusRegion("insert-status");
  const element = card(
    say.title,
    el("p", { className: "re-hint", text: say.hint }),
    el(
      "fieldset",
      { attrs: { "data-testid": "table-list" } },
      el("legend", { text: say.tables }),
      tableOptions
    ),
    el("div", { className: "re-row" }, insertTableButton),
    el(
      "fieldset",
      { attrs: { "data-testid": "template-list" } },
      el("legend", { text: say.template }),
      el("div", { className: "re-options re-stack" }, ...templateRadios.map((t) => t.row))
    ),
    el("div", { className: "re-row" }, insertTemplateButton),
    status
  );

  insertTableButton.addEventListener(
    "click",
    () =>
      void workbookAction(link, insertTableButton, status, async (g) => {
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
      })
  );
  insertTemplateButton.addEventListener("click", () => {
    const choice = templateRadios.find((t) => t.radio.checked)?.template ?? templates[0];
    const title = say.templates[choice.id];
    void workbookAction(link, insertTemplateButton, status, async (g) => {
      try {
        const done = await g.insertTemplate(choice.build());
        return [insertMessages.templateDone(title, done.sheet)];
      } catch (error) {
        throw new Error(insertMessages.templateFailed(title, errorText(error)));
      }
    });
  });

  return {
    element,
    render(snapshot) {
      const dataset = snapshot.dataset;
      for (const table of tableNames)
        tableCounts.get(table)!.textContent = say.count(dataset[table].length);
    },
  };
}
