/**
 * The rest of the modelling kit at 10,000 cells, each against the native formulas an analyst would write
 * over a sheet of the same figures: a group's share (SUMIFS), an indicator by year (INDEX/MATCH), the
 * latest start year (a subtraction after INDEX/MATCH), a period of a history (INDEX over the spilled
 * table) and the whole-chain independence year (MAX of MINIFS over each stage's capacity). Every row varies
 * one argument, so the cells are not one cached answer repeated. The native sheets hold the add-in's own
 * answers for the single cells they stand for, and the two models must agree on the first row.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { stageDemands } from "../../src/core/chainIndependence";
import type { IndexedDataset } from "../../src/data/store";
import { HF_CONFIG, interleavedBuilds, type Sheets } from "./interleaved";

/** The numeric answers of single RE formulas, evaluated once, to fill the native models' data sheets. */
function answersOf(formulas: readonly string[]): number[] {
  const hf = HyperFormula.buildFromSheets({ Probe: [[...formulas]] }, HF_CONFIG);
  const values = hf.getSheetValues(0)[0];
  hf.destroy();
  return formulas.map((formula, i) => {
    const value = values[i];
    if (typeof value !== "number") throw new Error(`${formula} has no number: ${String(value)}`);
    return value;
  });
}

interface KitCase {
  readonly name: string;
  readonly re: Sheets;
  readonly native: Sheets;
}

const column = (rows: number, cell: (i: number) => RawCellContent): RawCellContent[][] =>
  Array.from({ length: rows }, (_, i) => [cell(i)]);

const dataRange = (col: string, length: number) => `Data!$${col}$1:$${col}$${length}`;

function unionShare(rows: number): KitCase {
  const years = [2023, 2024, 2025];
  const members = ["US", "Australia"];
  const data = years.flatMap((year) => {
    const shares = answersOf(members.map((c) => `=RE.SHARE("${c}","mining",${year})`));
    return members.map((c, m) => [c, year, shares[m]]);
  });
  const [a, b, c] = ["A", "B", "C"].map((col) => dataRange(col, data.length));
  const year = (i: number) => years[i % years.length];
  return {
    name: "union_share",
    re: { Model: column(rows, (i) => `=RE.SHARE("US+Australia","mining",${year(i)})`) },
    native: {
      Data: data,
      Model: column(
        rows,
        (i) => `=${members.map((m) => `SUMIFS(${c},${a},"${m}",${b},${year(i)})`).join("+")}`
      ),
    },
  };
}

function indicator(rows: number): KitCase {
  const years = [2021, 2022, 2023, 2024, 2025];
  const values = answersOf(years.map((y) => `=RE.INDICATOR("net import reliance","US",${y})`));
  const data = years.map((y, i) => [y, values[i]]);
  const year = (i: number) => years[i % years.length];
  return {
    name: "indicator",
    re: { Model: column(rows, (i) => `=RE.INDICATOR("net import reliance","US",${year(i)})`) },
    native: {
      Data: data,
      Model: column(
        rows,
        (i) => `=INDEX(${dataRange("B", 5)},MATCH(${year(i)},${dataRange("A", 5)},0))`
      ),
    },
  };
}

function startYear(rows: number): KitCase {
  const stages = ["separation", "magnet"];
  const leads = answersOf(stages.map((s) => `=RE.LEADTIME("${s}")`));
  const stage = (i: number) => stages[i % stages.length];
  const online = (i: number) => 2030 + (i % 10);
  return {
    name: "startyear",
    re: { Model: column(rows, (i) => `=RE.STARTYEAR("${stage(i)}",${online(i)})`) },
    native: {
      Data: stages.map((s, i) => [s, leads[i]]),
      Model: column(
        rows,
        (i) =>
          `=${online(i)}-INDEX(${dataRange("B", 2)},MATCH("${stage(i)}",${dataRange("A", 2)},0))`
      ),
    },
  };
}

function history(rows: number): KitCase {
  const periods = 3; // China's mining share on the default basis: 2023, 2024, 2025
  const values = answersOf(
    Array.from(
      { length: periods },
      (_, p) => `=INDEX(RE.HISTORY("SHARE","China","mining"),${p + 2},2)`
    )
  );
  const period = (i: number) => i % periods;
  return {
    name: "history",
    re: {
      Model: column(rows, (i) => `=INDEX(RE.HISTORY("SHARE","China","mining"),${period(i) + 2},2)`),
    },
    native: {
      Data: values.map((v) => [v]),
      Model: column(rows, (i) => `=INDEX(${dataRange("A", periods)},${period(i) + 1})`),
    },
  };
}

function chainYear(rows: number, data: IndexedDataset): KitCase {
  const chain = ["separation", "metal", "magnet"];
  // From 2027: before it no metal plant has a counted figure, which native MINIFS could not tell from 0.
  const years = [2027, 2028, 2029];
  const stages = data.dataset.stages.filter((s) => chain.includes(s.id));
  const factors = stageDemands(data, stages, 1);
  if (!factors.ok) throw new Error("the chain's conversion factors are missing");
  const capacity = years.map((y) =>
    answersOf(chain.map((s) => `=RE.CAPACITY("US","${s}",${y},"planned")`))
  );
  const sheet = years.map((y, r) => [y, ...capacity[r]]);
  const demand = (i: number) => 3000 + (i % 100);
  const yearsRange = dataRange("A", years.length);
  const native = (i: number) =>
    `=MAX(${factors.value
      .map(
        (f, s) =>
          `MINIFS(${yearsRange},${dataRange(String.fromCharCode(66 + s), years.length)},">="&${demand(i)}*${f.demand})`
      )
      .join(",")})`;
  return {
    name: "chain_independenceyear",
    re: {
      Model: column(
        rows,
        (i) => `=RE.INDEPENDENCEYEAR("US","${chain.join(">")}",${demand(i)},2027,,"planned")`
      ),
    },
    native: { Data: sheet, Model: column(rows, native) },
  };
}

/** The five comparisons, each the medians of interleaved builds: RE, native, and the first row's answer. */
export function benchModellingKit(data: IndexedDataset, rows: number) {
  return [
    unionShare(rows),
    indicator(rows),
    startYear(rows),
    history(rows),
    chainYear(rows, data),
  ].map((kit) => ({ name: kit.name, ...interleavedBuilds(kit.re, kit.native, kit.name) }));
}
