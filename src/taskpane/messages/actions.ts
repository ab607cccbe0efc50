/*
 * What a workbook action (inserting a table, a template or a formula, updating tables, setting a pin) says
 * when it is done or fails. Only an action shows them, so they load with the first one
 * (panels/ui.ts, workbookAction), not with the page; ./index.ts has the pane's others.
 */

export const insertMessages = {
  noTableChosen: "Choose at least one table to insert.",
  tableDone: (name: string, address: string, updated: boolean) =>
    `${updated ? "Updated" : "Inserted"} ${name} at ${address}.`,
  tableFailed: (name: string, detail: string) => `Could not insert ${name}: ${detail}`,
  templateDone: (title: string, sheet: string) =>
    `Inserted the ${title} template on sheet "${sheet}".`,
  templateFailed: (title: string, detail: string) =>
    `Could not insert the ${title} template: ${detail}`,
  formulaDone: (formula: string, address: string) => `Inserted ${formula} into ${address}.`,
  formulaFailed: (detail: string) => `Could not insert the formula: ${detail}`,
};

export const updateMessages = {
  updated: (count: number, version: string) =>
    `Updated ${count === 1 ? "1 table" : `${count} tables`} to version ${version}, in place.`,
  updateFailed: (detail: string) => `Could not update the tables: ${detail}`,
};

export const pinActionMessages = {
  pinned: (version: string, carried: boolean) =>
    `Pinned this workbook to version ${version}${carried ? ", with a copy of the dataset inside it" : ""}.`,
  unpinDone: "Removed the pin from this workbook.",
  keptPinned: (version: string) =>
    `Using the workbook's own copy of version ${version}; the functions now answer from it.`,
  moved: (version: string) => `The workbook is now pinned to the active version ${version}.`,
};
