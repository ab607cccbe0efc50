/**
 * Range-in, column-out: a range given to an `acceptsRange` parameter makes one invocation answer once per
 * cell, each cell as the same call with that cell's value would, errors per cell.
 */
import { isExcelError, type ShimError } from "../_support/custom-functions-shim";
import { excelMatrix, excelScalar } from "../../src/functions/errors";
import { run, runCells, type CellResult, type FunctionSpec } from "../../src/functions/spec";
import * as shipped from "../../src/functions/specs";
import { realData } from "../_support/fixture";
import { LEAD_TIME_ANY_YEARS } from "../_support/expected";

const data = realData();

/**
 * The functions with the parameters marked as the issue names them (SHARE's country and year, HHI's
 * year, LEADTIME's stage, CAPACITY's year). The shipped specs leave the marking to the registry's owner:
 * it turns these functions' Excel results from one value into a 1×1 matrix.
 */
function ranged<R extends CellResult>(
  spec: FunctionSpec<R>,
  names: readonly string[]
): FunctionSpec<R> {
  return {
    ...spec,
    params: spec.params.map((p) => (names.includes(p.name) ? { ...p, acceptsRange: true } : p)),
  };
}
const SHARE = ranged(shipped.SHARE, ["country", "year"]);
const HHI = ranged(shipped.HHI, ["year"]);
const LEADTIME = ranged(shipped.LEADTIME, ["stage"]);
const CAPACITY = ranged(shipped.CAPACITY, ["year"]);
const { TABLE } = shipped;

/** What Excel shows for one call with plain values. */
function single(spec: FunctionSpec, args: unknown[]): unknown {
  return excelScalar(run(spec, args, data));
}

/** What Excel shows for one call over ranges. */
function spilled(spec: FunctionSpec<CellResult>, args: unknown[]) {
  return excelMatrix(runCells(spec, args, data));
}

test("only one-value parameters take a range", () => {
  for (const spec of [...shipped.SPECS, SHARE, HHI, LEADTIME, CAPACITY])
    for (const p of spec.params)
      if (p.acceptsRange) expect(["number", "text", "date"]).toContain(p.kind);
});

test("a column of years: one answer per cell, each the single call's, a bad year its own error cell", () => {
  const years = [[2023], [2024], [2025], [1800], [null]];
  const cells = spilled(SHARE, ["China", "mining", years]);
  expect(cells).toHaveLength(5);
  years.forEach(([year], r) => {
    expect(cells[r]).toHaveLength(1);
    expect(cells[r][0]).toEqual(single(SHARE, ["China", "mining", year]));
  });
  expect(cells[0][0]).toBeCloseTo(0.7, 1);
  expect(isExcelError(cells[3][0]) && (cells[3][0] as ShimError).code).toBe("#NUM!");
  // A blank cell is the parameter left out: the latest observed year.
  expect(cells[4][0]).toBe(single(SHARE, ["China", "mining", 2025]));
});

test("a column of countries and a row of years make a table, as Excel lifts a function over arrays", () => {
  const countries = [["China"], ["US"], ["Atlantis"]];
  const years = [[2023, 2024]];
  const cells = spilled(SHARE, [countries, "mining", years]);
  expect(cells.map((row) => row.length)).toEqual([2, 2, 2]);
  countries.forEach(([country], r) =>
    years[0].forEach((year, c) =>
      expect(cells[r][c]).toEqual(single(SHARE, [country, "mining", year]))
    )
  );
  expect(isExcelError(cells[2][0]) && (cells[2][0] as ShimError).code).toBe("#VALUE!");
});

test("a cell beyond a shorter range's end is #N/A, saying so; the others answer", () => {
  const cells = spilled(SHARE, [[["China"], ["US"]], "mining", [[2023], [2024], [2020]]]);
  expect(cells[0][0]).toEqual(single(SHARE, ["China", "mining", 2023]));
  expect(cells[1][0]).toEqual(single(SHARE, ["US", "mining", 2024]));
  const beyond = cells[2][0] as ShimError;
  expect(isExcelError(beyond) && beyond.code).toBe("#N/A");
  expect(beyond.message).toMatch(/RE\.SHARE: this cell lies beyond the end of a shorter range/);
});

test("an error value in one cell of the range is passed on in that cell only", () => {
  const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "upstream");
  const cells = spilled(LEADTIME, [[["mining"], [na], ["separation"]]]);
  expect(cells[0][0]).toBe(single(LEADTIME, ["mining"]));
  expect(cells[1][0]).toBe(na);
  expect(cells[2][0]).toBe(LEAD_TIME_ANY_YEARS.separation.base);
});

test("LEADTIME over stages, CAPACITY over years, HHI over years: each cell the single call", () => {
  const stages = [["mining", "separation", "metal", "magnet"]];
  expect(spilled(LEADTIME, [stages])).toEqual([stages[0].map((s) => single(LEADTIME, [s]))]);
  const years = [[2024], [2026], [2028]];
  expect(spilled(CAPACITY, ["US", "magnet", years])).toEqual(
    years.map(([y]) => [single(CAPACITY, ["US", "magnet", y])])
  );
  expect(spilled(HHI, ["separation", years])).toEqual(
    years.map(([y]) => [single(HHI, ["separation", y])])
  );
});

test("Excel hands every value of such a parameter over as a one-cell range: the answer is 1×1, and cached", () => {
  const first = runCells(SHARE, [[["China"]], "mining", [[2024]]], data);
  expect(excelMatrix(first)).toEqual([[single(SHARE, ["China", "mining", 2024])]]);
  expect(runCells(SHARE, [[["China"]], "mining", [[2024]]], data)).toBe(first);
  const refused = runCells(SHARE, [[["Atlantis"]], "mining", [[2024]]], data);
  expect(excelMatrix(refused)).toBe(excelMatrix(refused));
  expect(excelMatrix(refused)[0][0]).toBe(single(SHARE, ["Atlantis", "mining", 2024]));
});

test("functions without such a parameter answer as run does; a range elsewhere is refused as before", () => {
  expect(runCells(TABLE, ["stages", "id"], data)).toBe(run(TABLE, ["stages", "id"], data));
  const refused = excelScalar(runCells(SHARE, ["China", [["mining"], ["metal"]], 2024], data));
  expect(isExcelError(refused) && (refused as ShimError).message).toMatch(/single value/);
});
