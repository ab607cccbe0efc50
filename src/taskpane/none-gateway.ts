import type { WorkbookGateway } from "../excel/workbook-gateway";
import { NEEDS_EXCEL } from "./messages";

/**
 * The gateway where there is no workbook (the pane opened in a plain browser): it reads no pin, has
 * nothing to recalculate, and every write rejects with the message that writing needs Excel.
 */
export function createNoneGateway(): WorkbookGateway {
  const needsExcel = () => Promise.reject(new Error(NEEDS_EXCEL));
  return {
    kind: "none",
    writeTable: needsExcel,
    readPin: () => Promise.resolve(null),
    setPin: needsExcel,
    recalculate: () => Promise.resolve(),
    insertTemplate: needsExcel,
    insertFormula: needsExcel,
  };
}
