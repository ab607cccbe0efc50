/**
 * The workbook's date system, which decides what an Excel date serial means. Excel hands a date argument
 * over as its serial in the workbook's own system, and stable Office.js has no property for it: the pane
 * detects it at start (the gateway's `dateSystem()`) and sets it here; the functions read it when they
 * turn a serial into a date. A workbook is in the 1900 system unless "Use 1904 date system" is on.
 *
 * One runtime serves one workbook (each workbook has its own shared runtime), so one value suffices.
 */
export type DateSystem = 1900 | 1904;

let current: DateSystem = 1900;

/** The date system serials are read in. */
export function dateSystem(): DateSystem {
  return current;
}

/** Sets the date system serials are read in (the pane calls it once it has asked the workbook). */
export function setDateSystem(system: DateSystem): void {
  current = system;
}
