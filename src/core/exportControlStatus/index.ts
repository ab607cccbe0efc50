import type { ExportControl } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { basisOf, pooledBasis } from "../_lib/basis";
import { isAfter, isPartialDate, onOrBefore, todayIso } from "../_lib/dates";
import {
  beyondKnowledge,
  controlLicenceRequired,
  controlNotControlled,
  controlAnnounced,
  controlSuspended,
  controlUnknownAfter,
  exportControlLabel,
  noMeasureLabel,
  statusWithClauses,
  suspensionLapsed,
} from "../_lib/messages/exportControls";
import { answer, fail, type Basis, type Outcome } from "../_lib/outcome";
import { resolveElement } from "../resolveElement";
import { controlIndex } from "./controlIndex";

export interface ExportControlStatusOptions {
  /** Element symbol or name. */
  readonly element: string;
  /** Date as YYYY, YYYY-MM or YYYY-MM-DD (a year or month means its end); default: today (UTC). */
  readonly date?: string;
}

/**
 * Where a measure stands on a date: not yet announced, announced but not yet in force, in force,
 * suspended, in force again after its suspension ran out (the sources say it lapsed), or unknown after a
 * suspension whose end the sources do not settle.
 */
type MeasureState = "pending" | "announced" | "inForce" | "suspended" | "resumed" | "unknown";

/**
 * @summary China's export-control status of a rare-earth element on a date, as text.
 *
 * @description
 * From the dataset's `exportControls` table (MOFCOM/GAC announcements: No. 18 of April 2025 licensing
 * Sm, Gd, Tb, Dy, Lu, Sc, Y; No. 57 of October 2025 adding Ho, Er, Tm, Eu, Yb, suspended by No. 70 from
 * 2025-11-07 to 2026-11-10; the December 2023 technology-export catalogue, ...). On the date:
 * - a measure naming the element that is in force → "Licence required: <measure>, since <effective>";
 * - only suspended ones → "Suspended until <end>: <measure> (…)";
 * - none → "Not controlled as an element", with the rare-earth technology measures in force named in
 *   brackets, or plain "Not controlled" before any measure.
 * A measure announced but not yet effective says so ("announced …, to take effect …"); one suspended
 * before its effective date says it never took effect. After a suspension's end the record's
 * `afterSuspension` decides: "lapsed" or "reinstated" → in force again, "extended" → still suspended,
 * "unknown" or "disputed" → the status is unknown and the text says what the sources do and do not show.
 * A date after the dataset's `meta.asOf` adds that later decisions are not in the dataset.
 *
 * @param data - The indexed dataset.
 * @param args - Element and date.
 * @returns The status text; `invalid` for an unknown element or a malformed date.
 *
 * @example
 * exportControlStatus(data, { element: "Dy", date: "2025-06-01" })
 * //=> { ok: true, value: "Licence required: Announcement No. 18 [2025], since 2025-04-04", basis: [No. 18] }
 */
export function exportControlStatus(
  data: IndexedDataset,
  args: ExportControlStatusOptions
): Outcome<string> {
  return statusOn(data, args.element, args.date ?? todayIso());
}

function statusOn(data: IndexedDataset, elementKeyword: string, date: string): Outcome<string> {
  const element = resolveElement(data, elementKeyword);
  if (!element.ok) return element;
  if (!isPartialDate(date)) return fail("invalid", "invalidDate", { what: "date", given: date });

  const measures = controlIndex(data).byElement.get(element.value.symbol) ?? [];
  const governing =
    latestIn(measures, date, ["inForce", "resumed"]) ??
    latestIn(measures, date, ["unknown", "suspended", "announced"]);
  const cited: ExportControl[] = [];
  const clauses: string[] = [];
  let status: string;
  if (governing) {
    cited.push(governing.measure);
    status = describe(governing.measure, governing.state);
    if (governing.state === "resumed") clauses.push(lapsed(governing.measure));
  } else {
    const technology = controlIndex(data).technology.filter((m) => {
      const state = stateOn(m, date);
      return state === "inForce" || state === "resumed";
    });
    cited.push(...technology);
    status = controlNotControlled(
      technology.map((m) => ({ name: namedClauses(m, date), since: m.effective }))
    );
    const resumed = technology.find((m) => stateOn(m, date) === "resumed");
    if (resumed) clauses.push(lapsed(resumed));
    const unknown = controlIndex(data).technology.filter((m) => stateOn(m, date) === "unknown");
    if (unknown.length > 0) {
      cited.push(...unknown);
      clauses.push(
        controlUnknownAfter(
          unknown.map(shortName).join(", "),
          unknown[0].suspendedUntil as string,
          unknown[0].afterSuspension?.note ?? ""
        )
      );
    }
  }
  if (isAfter(date, data.dataset.meta.asOf)) clauses.push(beyondKnowledge(data.dataset.meta.asOf));
  const basis: Basis[] =
    cited.length > 0
      ? cited.map((m) => basisOf(m, exportControlLabel(m)))
      : [pooledBasis(data.dataset.exportControls, noMeasureLabel(element.value.symbol, date))];
  return answer(statusWithClauses(status, clauses), basis);
}

function describe(measure: ExportControl, state: MeasureState): string {
  const name = shortName(measure);
  if (state === "announced") return controlAnnounced(name, measure.announced, measure.effective);
  if (state === "unknown")
    return controlUnknownAfter(
      name,
      measure.suspendedUntil as string,
      measure.afterSuspension?.note ?? ""
    );
  return state === "suspended"
    ? controlSuspended(
        name,
        measure.effective,
        measure.suspendedFrom as string,
        measure.suspendedUntil as string,
        measure.tookEffect !== false
      )
    : controlLicenceRequired(name, measure.effective);
}

/** The clause saying a measure's suspension has run out. */
function lapsed(measure: ExportControl): string {
  return suspensionLapsed(shortName(measure), measure.suspendedUntil as string);
}

/** The latest measure (by effective date) whose state on `date` is one of `states`. */
function latestIn(
  measures: readonly ExportControl[],
  date: string,
  states: readonly MeasureState[]
): { measure: ExportControl; state: MeasureState } | undefined {
  for (let i = measures.length - 1; i >= 0; i--) {
    const state = stateOn(measures[i], date);
    if (states.includes(state)) return { measure: measures[i], state };
  }
  return undefined;
}

/**
 * A measure's state on a date. A suspension runs from `suspendedFrom` up to the day before
 * `suspendedUntil`: announcements suspend measures "until" a date on which they apply again.
 */
function stateOn(measure: ExportControl, date: string): MeasureState {
  if (!onOrBefore(measure.announced, date)) return "pending";
  if (measure.suspendedUntil !== undefined && onOrBefore(measure.suspendedUntil, date))
    return afterSuspension(measure);
  if (measure.suspendedFrom !== undefined && onOrBefore(measure.suspendedFrom, date))
    return "suspended";
  if (!onOrBefore(measure.effective, date)) return "announced";
  return "inForce";
}

/** What a measure is after its suspension ended, as far as its record's sources say. */
function afterSuspension(measure: ExportControl): MeasureState {
  switch (measure.afterSuspension?.status) {
    case "unknown":
    case "disputed":
      return "unknown";
    case "extended":
      return "suspended";
    default:
      return "resumed";
  }
}

/** A measure's name with the clauses in force on a date, when its clauses start on different dates. */
function namedClauses(measure: ExportControl, date: string): string {
  const clauses = (measure.clauses ?? []).filter((c) => onOrBefore(c.effective, date));
  if (clauses.length === 0 || clauses.length === measure.clauses?.length) return shortName(measure);
  return `${shortName(measure)}, clause ${clauses.map((c) => c.clause.split(" ")[0]).join(", ")}`;
}

/** "Announcement No. 18 [2025]" from "Announcement No. 18 [2025]: export licensing for …". */
function shortName(measure: ExportControl): string {
  const colon = measure.measure.indexOf(":");
  return colon === -1 ? measure.measure : measure.measure.slice(0, colon);
}
