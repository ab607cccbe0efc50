/**
 * Texts of stockpiles and the days of demand they cover.
 */
import type { Stockpile } from "../../../data/schema";
import { num, list, type TextsOf } from "./texts";

/** What each failure code of this domain needs for its text (see failureText.ts). */
export interface StockpilesFailures {
  readonly unknownStockHolder: { given: string; holders: readonly string[] };
  readonly unknownStockMaterial: { holder: string; material: string; materials: readonly string[] };
  readonly stockNotPublished: { stock: Stockpile; others: readonly Stockpile[] };
  readonly stockNotTonnes: { stock: Stockpile; others: readonly Stockpile[] };
  readonly stockMeasureMissing: {
    holder: string;
    material: string;
    measure: string;
    others: readonly Stockpile[];
  };
}

export function stockpileLabel(s: Stockpile): string {
  return `${s.holder}, ${s.material}, ${s.measure} ${s.period}`;
}

export function stockCoverComputed(
  stock: { value: number; low?: number; high?: number },
  unit: string,
  demand: number,
  perYear: number,
  outUnit: string
): string {
  const range =
    stock.low !== undefined && stock.high !== undefined
      ? ` (range ${num(stock.low)}–${num(stock.high)} ${unit}: ${num((stock.low / demand) * perYear, 1)}–${num((stock.high / demand) * perYear, 1)} ${outUnit})`
      : "";
  const factor = perYear === 1 ? "" : ` × ${perYear}`;
  return `${num(stock.value)} ${unit} ÷ ${num(demand)} ${unit}/yr${factor} = ${num((stock.value / demand) * perYear, 1)} ${outUnit}${range}`;
}

export function stockMeasureNote(measure: string): string {
  return measure === "potential acquisitions"
    ? "the coverage the plan's quantity would give were it all bought"
    : `coverage of the ${measure} quantity`;
}

function unknownStockHolder({ given, holders }: StockpilesFailures["unknownStockHolder"]): string {
  return `No stockpile record for "${given.trim()}". The dataset has stockpile records for: ${list(holders)} (a country, or a holder's name).`;
}

function unknownStockMaterial({
  holder,
  material,
  materials,
}: StockpilesFailures["unknownStockMaterial"]): string {
  return `No stockpile record of ${holder} for "${material.trim()}". Its records are for: ${list(materials)}.`;
}

function stockNotPublished({ stock: s, others }: StockpilesFailures["stockNotPublished"]): string {
  return `${s.holder}: the ${s.measure} quantity of ${s.material} (${s.period}) is not published${s.note ? ` (${s.note.replace(/\.$/, "")})` : ""}.${otherStockFigures(others)}`;
}

function stockNotTonnes({ stock: s, others }: StockpilesFailures["stockNotTonnes"]): string {
  return `${s.holder}: the ${s.measure} figure for ${s.material} (${s.period}) is ${num(s.value as number)} ${s.unit} (${s.basis}), not a tonnage, so it gives no coverage of a demand in t/yr.${otherStockFigures(others)}`;
}

function stockMeasureMissing({
  holder,
  material,
  measure,
  others,
}: StockpilesFailures["stockMeasureMissing"]): string {
  return `No ${measure} figure of ${holder} for ${material}.${otherStockFigures(others)}`;
}

function otherStockFigures(others: readonly Stockpile[]): string {
  if (others.length === 0) return "";
  // Only a tonnage of a stock held or planned gives a coverage, so only those are offered to ask for.
  const askable = (o: Stockpile) =>
    o.value !== null &&
    o.unit === "t" &&
    (o.measure === "held" || o.measure === "potential acquisitions");
  const shown = others.map(
    (o) =>
      `${o.measure} ${o.period}: ${o.value === null ? "not published" : `${num(o.value)} ${o.unit}`}${askable(o) ? ` (ask with measure "${o.measure}")` : ""}`
  );
  return ` The dataset has: ${shown.join("; ")}.`;
}

/** The texts of this domain's failure codes. */
export const stockpilesTexts: TextsOf<StockpilesFailures> = {
  unknownStockHolder,
  unknownStockMaterial,
  stockNotPublished,
  stockNotTonnes,
  stockMeasureMissing,
};
