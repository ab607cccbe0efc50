import { tableEntry, tableNames, type TableName } from "../../data/tables";
import { activeSnapshot, type Snapshot } from "../../data/store";
import type { TemplateSheet } from "../../templates/types";
import { append, el, uid } from "../dom";
import type { WorkbookGateway } from "../../excel/workbook-gateway";
import { errorText, paneText, staleMessages } from "../messages";
import { markOf, staleTables, type StaleTable } from "../table-marks";
import { sheetTableOf } from "../tables";
import {
  actionButton,
  card,
  setStatus,
  statusRegion,
  workbookAction,
  type WorkbookLink,
} from "./ui";

const say = paneText.insert;

interface TemplateChoice {
  readonly id: keyof typeof say.templates;
  readonly build: () => Promise<TemplateSheet>;
}

// The templates load when one is inserted: the page does not carry them until then (page_js_gzip_bytes).
const templates: readonly TemplateChoice[] = [
  {
    id: "independence-model",
    build: async () =>
      (await import("../../templates/independence-model")).independenceModelTemplate(),
  },
  {
    id: "gap-scorecard",
    build: async () => (await import("../../templates/gap-scorecard")).gapScorecardTemplate(),
  },
];

export interface InsertPanel {
  readonly element: HTMLElement;
  /** Shows each table's record count in the active dataset. */
  render(snapshot: Snapshot): void;
  /** Asks the workbook which of its dataset tables hold another dataset than the active one, and says so. */
  checkStale(g: WorkbookGateway): Promise<void>;
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
        el("label", { attrs: { for: id } }, tableEntry(table).title, " ", count)
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
  const staleText = el("p");
  const updateButton = actionButton("tables-update", staleMessages.update, "primary");
  const staleAlert = el(
    "div",
    { className: "re-alert", attrs: { "data-testid": "tables-stale", hidden: true } },
    staleText,
    el("div", { className: "re-row" }, updateButton)
  );
  /** The stale tables last found; the update rewrites exactly these. */
  let stale: readonly StaleTable[] = [];
  /** Numbers each check, so that an answer overtaken by a newer check is dropped. */
  let checks = 0;
  const element = card(
    say.title,
    el("p", { className: "re-hint", text: say.hint }),
    staleAlert,
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
      void workbookAction(link, insertTableButton, status, async (g, { insertMessages }) => {
        const chosen = tableNames.filter((t) => tableBoxes.get(t)!.checked);
        if (chosen.length === 0) throw new Error(insertMessages.noTableChosen);
        const snapshot = activeSnapshot();
        const lines: string[] = [];
        for (const table of chosen) {
          const sheetTable = { ...sheetTableOf(snapshot, table), mark: markOf(snapshot) };
          try {
            const done = await g.writeTable(sheetTable);
            lines.push(insertMessages.tableDone(sheetTable.name, done.address, done.updated));
          } catch (error) {
            throw new Error(
              [...lines, insertMessages.tableFailed(sheetTable.name, errorText(error))].join("\n")
            );
          }
        }
        void checkStale(g);
        return lines;
      })
  );
  updateButton.addEventListener(
    "click",
    () =>
      void workbookAction(link, updateButton, status, async (g, texts) => {
        const snapshot = activeSnapshot();
        const tables = stale.map((t) => ({
          ...sheetTableOf(snapshot, t.table),
          mark: markOf(snapshot),
        }));
        try {
          const done = await g.updateTables!(tables);
          return [
            texts.updateMessages.updated(tables.length, snapshot.dataset.meta.version),
            ...done.map((d, i) =>
              texts.insertMessages.tableDone(tables[i].name, d.address, d.updated)
            ),
          ];
        } catch (error) {
          throw new Error(texts.updateMessages.updateFailed(errorText(error)));
        } finally {
          await checkStale(g);
        }
      })
  );

  async function checkStale(g: WorkbookGateway): Promise<void> {
    const check = ++checks;
    if (!g.readTableMarks || !g.updateTables) return;
    let found: StaleTable[];
    try {
      found = staleTables(await g.readTableMarks(), activeSnapshot());
    } catch (error) {
      if (check === checks)
        setStatus(status, "error", [staleMessages.readFailed(errorText(error))]);
      return;
    }
    if (check !== checks) return;
    stale = found;
    staleAlert.hidden = found.length === 0;
    staleText.textContent =
      found.length === 0 ? "" : staleMessages.stale(found, activeSnapshot().dataset.meta.version);
  }
  insertTemplateButton.addEventListener("click", () => {
    const choice = templateRadios.find((t) => t.radio.checked)?.template ?? templates[0];
    const title = say.templates[choice.id];
    void workbookAction(link, insertTemplateButton, status, async (g, { insertMessages }) => {
      try {
        const done = await g.insertTemplate(await choice.build());
        return [insertMessages.templateDone(title, done.sheet)];
      } catch (error) {
        throw new Error(insertMessages.templateFailed(title, errorText(error)));
      }
    });
  });

  return {
    element,
    checkStale,
    render(snapshot) {
      const dataset = snapshot.dataset;
      for (const table of tableNames)
        tableCounts.get(table)!.textContent = say.count(dataset[table].length);
    },
  };
}
