/** One-sheet HyperFormula workbooks with the RE functions registered, for the modelling tests. */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { registerReFunctions } from "../../preview/hyperformula-plugin";

registerReFunctions(HyperFormula);

/** A workbook of one sheet, "Model", with these rows. */
export function workbook(rows: RawCellContent[][]): HyperFormula {
  return HyperFormula.buildFromSheets({ Model: rows }, { licenseKey: "gpl-v3" });
}

/** The value of a Model cell ("B3"). */
export function valueAt(hf: HyperFormula, address: string): unknown {
  const cell = hf.simpleCellAddressFromString(`Model!${address}`, 0);
  if (!cell) throw new Error(`bad address ${address}`);
  return hf.getCellValue(cell);
}

/** A spilled block as plain values. */
export function block(hf: HyperFormula, from: string, rows: number, columns: number): unknown[][] {
  const start = hf.simpleCellAddressFromString(`Model!${from}`, 0);
  if (!start) throw new Error(`bad address ${from}`);
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) =>
      hf.getCellValue({ sheet: start.sheet, row: start.row + r, col: start.col + c })
    )
  );
}
