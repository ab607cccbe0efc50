/*
 * The refresh panel's list of what a pull changed. It is shown only after a pull, so it loads with the
 * pull's code (panels/pull.ts), not with the page.
 */
import { tableEntry } from "../../data/tables";
import type { DatasetDiff } from "../diff";
import { el, replaceChildren } from "../dom";
import { changeTexts as say } from "../messages/pull";
import { adoptStyles } from "../styles";
import changesCss from "../changes.css";

/** How many record changes the pane lists per table before "… and N more". */
const SHOWN_CHANGES = 6;

/** What a pull changed, table by table, with the first few records named. */
export function renderChanges(changes: HTMLElement, diff: DatasetDiff): void {
  adoptStyles(changes.ownerDocument, "changes", changesCss);
  changes.hidden = false;
  const items: Node[] = [];
  for (const m of diff.meta) items.push(el("li", { text: say.meta(m.field, m.before, m.after) }));
  for (const t of diff.tables) {
    const parts = [
      t.added.length ? say.added(t.added.length) : "",
      t.removed.length ? say.removed(t.removed.length) : "",
      t.changed.length ? say.changed(t.changed.length) : "",
    ].filter(Boolean);
    const details = [
      ...t.added.map((r) => say.addedRecord(r.label)),
      ...t.removed.map((r) => say.removedRecord(r.label)),
      ...t.changed.map((r) =>
        say.changedRecord(
          r.label,
          r.fields.map((f) => say.field(f.field, f.before, f.after))
        )
      ),
    ];
    const shown = details.slice(0, SHOWN_CHANGES);
    if (details.length > shown.length) shown.push(say.more(details.length - shown.length));
    items.push(
      el(
        "li",
        { attrs: { "data-table": t.table } },
        el("span", { className: "re-table-name", text: tableEntry(t.table).title }),
        `: ${parts.join(", ")}`,
        el("ul", {}, ...shown.map((d) => el("li", { text: d })))
      )
    );
  }
  replaceChildren(
    changes,
    el("h3", { text: say.heading(diff.fromVersion, diff.toVersion) }),
    items.length ? el("ul", {}, ...items) : el("p", { text: say.none })
  );
}
