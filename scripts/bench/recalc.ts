/**
 * Targeted against full recalculation after a dataset change, in HyperFormula as a stand-in for Excel:
 * a model of 100,000 native formulas and 10,000 RE formulas. The native formulas read one input cell,
 * the RE formulas another, so changing the first input recalculates every formula (Excel's full
 * calculation) and changing only the second recalculates the RE cells alone (what the pane's targeted
 * recalculation asks Excel for). Each recalculation follows a dataset activation, so the RE answers are
 * computed afresh in both, as after a real pull.
 */
import { performance } from "perf_hooks";
import { HyperFormula, type RawCellContent } from "hyperformula";
import { activateDataset, activeSnapshot } from "../../src/data/store";
import { HF_CONFIG } from "./interleaved";
import { msPerTask } from "./timing";

const NATIVE_COLUMNS = 10;

export async function recalcReOnlyRatio(countries: readonly string[], rows = 10_000, rounds = 5) {
  const inputs: RawCellContent[][] = [[1, 2024]];
  const model: RawCellContent[][] = Array.from({ length: rows }, (_, i) => {
    const r = i + 1;
    const native = Array.from(
      { length: NATIVE_COLUMNS },
      (_, c) => `=${(i % 97) + c}*Inputs!$A$1+${c}`
    );
    return [...native, countries[i % countries.length], `=RE.SHARE(K${r},"mining",Inputs!$B$1)`];
  });
  const hf = HyperFormula.buildFromSheets({ Inputs: inputs, Model: model }, HF_CONFIG);
  const sheet = hf.getSheetId("Inputs") as number;
  const { dataset, hash } = activeSnapshot();
  let flip = 0;
  /** Recalculates after changing the given inputs (native: A1; RE: B1, between two years with data). */
  const recalc = (native: boolean) => () => {
    flip = 1 - flip;
    activateDataset(dataset, { kind: "embedded" }, hash);
    const start = performance.now();
    hf.batch(() => {
      if (native) hf.setCellContents({ sheet, row: 0, col: 0 }, 1 + flip);
      hf.setCellContents({ sheet, row: 0, col: 1 }, 2023 + flip);
    });
    return performance.now() - start;
  };
  try {
    const times = await msPerTask({ full: recalc(true), targeted: recalc(false) }, rounds);
    const value = hf.getCellValue({ sheet: hf.getSheetId("Model") as number, row: 0, col: 11 });
    if (typeof value !== "number") throw new Error(`the RE cells did not answer: ${String(value)}`);
    const { full, targeted } = times;
    return { full, targeted, ratio: targeted / full, formulas: rows * (NATIVE_COLUMNS + 1) };
  } finally {
    hf.destroy();
  }
}
