import { performance } from "perf_hooks";
import { HyperFormula, type RawCellContent } from "hyperformula";
import { median } from "./timing";

/** HyperFormula under its GPL licence key: a development tool here, never shipped. */
export const HF_CONFIG = { licenseKey: "gpl-v3" } as const;

export type Sheets = Record<string, RawCellContent[][]>;

/**
 * Whether two first answers agree. Numbers may differ in their last bits: a native sum of shares and the
 * add-in's share of summed tonnes are the same figure reached in a different order.
 */
function agree(re: unknown, native: unknown): boolean {
  if (typeof re === "number" && typeof native === "number")
    return Math.abs(re - native) <= 1e-9 * Math.max(1, Math.abs(native));
  return re === native;
}

/**
 * Builds (parses and evaluates) two workbooks in turn after a warm-up, `repetitions` times, and checks
 * that their first Model cells agree: the medians of each, and that value.
 */
export function interleavedBuilds(
  reSheets: Sheets,
  nativeSheets: Sheets,
  what: string,
  repetitions = 5
) {
  const time = (sheets: Sheets) => {
    const start = performance.now();
    const hf = HyperFormula.buildFromSheets(sheets, HF_CONFIG);
    const elapsed = performance.now() - start;
    const values = hf.getSheetValues(hf.getSheetId("Model") as number);
    hf.destroy();
    return { elapsed, values };
  };
  time(reSheets);
  time(nativeSheets);
  const re: number[] = [];
  const native: number[] = [];
  let first: { re: unknown; native: unknown } | undefined;
  for (let i = 0; i < repetitions; i++) {
    const a = time(reSheets);
    const b = time(nativeSheets);
    first ??= { re: a.values[0][0], native: b.values[0][0] };
    re.push(a.elapsed);
    native.push(b.elapsed);
  }
  if (first === undefined || !agree(first.re, first.native))
    throw new Error(
      `the ${what} models disagree: RE ${String(first?.re)}, native ${String(first?.native)}`
    );
  return { re: median(re), native: median(native), value: first.re };
}
