/*
 * One pull as the Refresh panel runs it: the download and its checks (../refresh), its progress and outcome
 * in the panel's status, the new data applied, kept for the next launch and recalculated, and the list of
 * what changed. Only a pull needs it, so it loads with the first one (panels/refresh.ts), not with the page.
 */
import { activateDataset, activeSnapshot, type Snapshot } from "../../data/store";
import { saveLastGood, type CacheLocation } from "../cache";
import { failureText, refreshNotes } from "../messages";
import { failureIssues, pullFailureText, refreshMessages as say } from "../messages/pull";
import { pullDataset, type PullProgress } from "../refresh";
import { renderChanges } from "./changes";
import { recalculated, setStatus, type WorkbookLink } from "./ui";

/** The Refresh panel's elements a pull fills. */
export interface PullView {
  readonly progress: HTMLProgressElement;
  readonly status: HTMLElement;
  readonly changes: HTMLElement;
}

export interface PullRequest {
  readonly url: string;
  /** The active data when the pull was asked for. */
  readonly before: Snapshot;
  readonly base?: string;
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly cache: Promise<CacheLocation | null>;
  readonly link: WorkbookLink;
  /** Called once the URL has given a good dataset (changed or not), to remember it. */
  readonly remember: () => void;
}

/** Pulls, checks and applies a dataset, saying how it went in `view`; pullDataset applies the default timeout and size cap. */
export async function runPull(view: PullView, request: PullRequest): Promise<void> {
  const { progress, status, changes } = view;
  const { before } = request;
  let phase = "";
  const onProgress = (p: PullProgress) => {
    if (p.phase === "downloading") {
      if (p.total) {
        progress.max = p.total;
        progress.value = p.received;
      }
      progress.setAttribute("aria-valuetext", say.downloading(p.received, p.total));
    }
    if (p.phase === phase) return;
    phase = p.phase;
    const text =
      p.phase === "connecting"
        ? say.connecting(p.url)
        : p.phase === "downloading"
          ? say.downloading(p.received, p.total)
          : say.validating;
    setStatus(status, "busy", [text]);
  };
  const result = await pullDataset(request.url, {
    previous: before,
    base: request.base,
    fetch: request.fetch,
    timeoutMs: request.timeoutMs,
    maxBytes: request.maxBytes,
    onProgress,
  });
  if (!result.ok) {
    setStatus(status, "error", [pullFailureText(result.failure)], failureIssues(result.failure), [
      refreshNotes.keptActive(activeSnapshot().dataset.meta.version),
    ]);
    return;
  }
  request.remember();
  if (result.unchanged) {
    setStatus(status, "success", [say.upToDate(result.dataset.meta.version)]);
    return;
  }
  const applied = activateDataset(result.dataset, { kind: "url", url: result.url }, result.hash);
  const lines = [say.applied(before.dataset.meta.version, result.dataset.meta.version)];
  const saved = await saveLastGood(await request.cache, applied);
  if (!saved.ok) lines.push(say.cacheFailed(failureText(saved.failure)));
  const g = await request.link.current();
  if (g.kind !== "none") lines.push(await recalculated(g));
  setStatus(status, "success", lines);
  renderChanges(changes, result.diff);
}
