import { activateDataset, activeSnapshot } from "../../data/store";
import type { DatasetPin, WorkbookGateway } from "../../excel/workbook-gateway";
import { el } from "../dom";
import { errorText, failureText, NEEDS_EXCEL, paneText, pinMessages } from "../messages";
import { carriedDataset, comparePin, describePin, pinOf, shortHash } from "../pin";
import {
  actionButton,
  card,
  describedInput,
  recalculated,
  setStatus,
  statusRegion,
  workbookAction,
  type ActionMessages,
  type WorkbookLink,
} from "./ui";

const say = paneText.pin;

export interface PinPanel {
  readonly element: HTMLElement;
  /** Reads the pin of the workbook behind `g` and shows it. */
  connect(g: WorkbookGateway): Promise<void>;
  /** Shows the pin against the active dataset (after any change of either). */
  render(): void;
}

/**
 * @summary The Workbook pin panel: which dataset the workbook is pinned to, whether that is the active one,
 * and the actions to pin, unpin, keep the pinned data or move the workbook to the active data.
 */
export function createPinPanel(link: WorkbookLink): PinPanel {
  /** The workbook's pin as last read or written; undefined until read. */
  let pin: DatasetPin | null | undefined;

  const pinState = el("p", {
    className: "re-pin-state",
    attrs: { "data-testid": "pin-state" },
    text: say.reading,
  });
  const mismatchText = el("p");
  const mismatchCarried = el("p", { className: "re-hint" });
  const keepButton = actionButton("pin-keep", say.keep);
  const moveButton = actionButton("pin-move", say.move, "primary");
  const mismatch = el(
    "div",
    { className: "re-alert", attrs: { "data-testid": "pin-mismatch", hidden: true } },
    mismatchText,
    mismatchCarried,
    el("div", { className: "re-row" }, keepButton, moveButton)
  );
  const {
    input: carryBox,
    id: carryId,
    hintId: carryHint,
  } = describedInput("pin-carry", { type: "checkbox" });
  const pinButton = actionButton("pin-set", say.set, "primary");
  const unpinButton = actionButton("pin-remove", say.remove);
  const status = statusRegion("pin-status");
  const element = card(
    say.title,
    pinState,
    mismatch,
    el(
      "div",
      { className: "re-check" },
      carryBox,
      el("label", { attrs: { for: carryId }, text: say.carry })
    ),
    el("p", { className: "re-hint", attrs: { id: carryHint }, text: say.carryHint }),
    el("div", { className: "re-row" }, pinButton, unpinButton),
    status
  );

  function render(): void {
    const snapshot = activeSnapshot();
    const g = link.known;
    pinButton.disabled = g === null;
    unpinButton.disabled = g === null || !pin;
    mismatch.hidden = true;
    if (g === null) {
      pinState.textContent = say.reading;
      return;
    }
    if (g.kind === "none") {
      pinState.textContent = NEEDS_EXCEL;
      return;
    }
    if (pin === undefined) return;
    const state = comparePin(pin, snapshot);
    pinState.textContent = describePin(state, snapshot);
    if (state.kind === "other") {
      mismatch.hidden = false;
      mismatchText.textContent = pinMessages.other(
        state.pin.version,
        shortHash(state.pin.hash),
        snapshot.dataset.meta.version,
        shortHash(snapshot.hash)
      );
      mismatchCarried.textContent = state.carried ? pinMessages.carries : pinMessages.notCarried;
      keepButton.disabled = !state.carried;
    }
  }

  async function connect(g: WorkbookGateway): Promise<void> {
    pin = undefined;
    render();
    try {
      pin = await g.readPin();
      carryBox.checked = Boolean(pin?.datasetJson);
    } catch (error) {
      pin = null;
      setStatus(status, "error", [pinMessages.readFailed(errorText(error))]);
    }
    render();
  }

  /** Writes the pin to the workbook, then remembers and shows it (only once the write succeeded). */
  async function writePin(g: WorkbookGateway, next: DatasetPin | null): Promise<void> {
    await g.setPin(next);
    pin = next;
    render();
  }

  function setWorkbookPin(
    next: DatasetPin | null,
    message: (texts: ActionMessages["pinActionMessages"]) => string,
    button: HTMLButtonElement
  ): Promise<void> {
    return workbookAction(link, button, status, async (g, texts) => {
      await writePin(g, next);
      return [message(texts.pinActionMessages)];
    });
  }

  pinButton.addEventListener("click", () => {
    const carry = carryBox.checked;
    const snapshot = activeSnapshot();
    void setWorkbookPin(
      pinOf(snapshot, carry),
      (texts) => texts.pinned(snapshot.dataset.meta.version, carry),
      pinButton
    );
  });
  unpinButton.addEventListener(
    "click",
    () => void setWorkbookPin(null, (texts) => texts.unpinDone, unpinButton)
  );
  keepButton.addEventListener(
    "click",
    () =>
      void workbookAction(link, keepButton, status, async (g, texts) => {
        if (!pin) return [pinMessages.unpinned];
        const carried = await carriedDataset(pin);
        if (!carried.ok) throw new Error(failureText(carried.failure, "pin"));
        activateDataset(carried.dataset, { kind: "workbook" }, carried.hash);
        return [
          texts.pinActionMessages.keptPinned(carried.dataset.meta.version),
          await recalculated(g),
        ];
      })
  );
  moveButton.addEventListener(
    "click",
    () =>
      void workbookAction(link, moveButton, status, async (g, texts) => {
        const snapshot = activeSnapshot();
        await writePin(g, pinOf(snapshot, Boolean(pin?.datasetJson)));
        return [
          texts.pinActionMessages.moved(snapshot.dataset.meta.version),
          await recalculated(g),
        ];
      })
  );

  return { element, connect, render };
}
