import type { Snapshot } from "../../data/store";
import { el, replaceChildren } from "../dom";
import { paneText } from "../messages";
import { shortHash } from "../pin";
import { summariseDataset } from "../summary";
import { tableEntry } from "../../data/tables";
import { card, fact } from "./ui";

const say = paneText.dataset;

export interface DatasetPanel {
  readonly element: HTMLElement;
  /**
   * Shows the active dataset: version, as-of, origin, fingerprint, record and confidence counts; the graded
   * figures and the reference records add up to the record count.
   */
  render(snapshot: Snapshot): void;
}

/**
 * @summary The Dataset panel: the facts of the active dataset, re-rendered whenever the store changes.
 *
 * @example
 * const panel = createDatasetPanel();
 * panel.render(activeSnapshot());
 */
export function createDatasetPanel(): DatasetPanel {
  const version = el("dd", {
    className: "re-version",
    attrs: { "data-testid": "dataset-version" },
  });
  const asOf = fact("dataset-asof");
  const origin = fact("dataset-origin");
  const loaded = fact("dataset-loaded");
  const fingerprint = fact("dataset-hash");
  const records = fact("dataset-records");
  const confidence = el("dd");
  const reference = fact("dataset-reference");
  const countsBody = el("tbody");
  const element = card(
    say.title,
    el(
      "dl",
      { className: "re-facts" },
      ...(
        [
          [say.version, version],
          [say.asOf, asOf],
          [say.origin, origin],
          [say.loaded, loaded],
          [say.fingerprint, fingerprint],
          [say.records, records],
          [say.confidence, confidence],
          [say.reference, reference],
        ] as const
      ).flatMap(([term, value]) => [el("dt", { text: term }), value])
    ),
    el(
      "details",
      { className: "re-details" },
      el("summary", { text: say.perTable }),
      el(
        "table",
        { className: "re-counts" },
        el(
          "thead",
          {},
          el(
            "tr",
            {},
            el("th", { attrs: { scope: "col" }, text: say.tableColumn }),
            el("th", { attrs: { scope: "col" }, text: say.recordsColumn })
          )
        ),
        countsBody
      )
    )
  );

  function render(snapshot: Snapshot): void {
    const meta = snapshot.dataset.meta;
    const summary = summariseDataset(snapshot.dataset);
    version.textContent = meta.version;
    asOf.textContent = meta.asOf;
    origin.textContent = originText(snapshot);
    replaceChildren(
      loaded,
      el("time", {
        attrs: { datetime: snapshot.loadedAt },
        text: new Date(snapshot.loadedAt).toLocaleString(undefined, {
          dateStyle: "medium",
          timeStyle: "short",
        }),
      })
    );
    fingerprint.textContent = shortHash(snapshot.hash);
    records.textContent = say.recordCount(summary.records, summary.tables.length);
    replaceChildren(
      confidence,
      el(
        "ul",
        {
          className: "re-chips",
          attrs: { "aria-label": say.byConfidence, "data-testid": "dataset-confidence" },
        },
        ...(["high", "medium", "low"] as const).map((grade) =>
          el(
            "li",
            {
              className: "re-chip",
              attrs: { "data-grade": grade, "data-testid": `confidence-${grade}` },
            },
            say.grade(grade, summary.confidence[grade])
          )
        )
      ),
      el("span", {
        className: "re-total",
        attrs: { "data-testid": "confidence-total" },
        text: say.gradedTotal(summary.graded),
      })
    );
    reference.textContent = say.referenceCount(
      summary.ungraded.reduce((n, t) => n + t.records, 0),
      summary.ungraded.map((t) => ({ title: tableEntry(t.table).title, records: t.records }))
    );
    replaceChildren(
      countsBody,
      ...summary.tables.map((t) =>
        el(
          "tr",
          {},
          el("td", { text: tableEntry(t.table).title }),
          el("td", { text: String(t.records) })
        )
      )
    );
  }

  return { element, render };
}

function originText(snapshot: Snapshot): string {
  const o = snapshot.origin;
  switch (o.kind) {
    case "embedded":
      return say.origins.embedded;
    case "url":
      return say.origins.url(o.url);
    case "cache":
      return say.origins.cache(o.url);
    case "workbook":
      return say.origins.workbook;
  }
}
