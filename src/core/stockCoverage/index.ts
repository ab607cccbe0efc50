import type { Stockpile, StockpileMeasure } from "../../data/schema";
import type { IndexedDataset } from "../../data/store";
import { normaliseKeyword } from "../../lib/normalise";
import { basisOf } from "../_lib/basis";
import { checkPositive } from "../_lib/checks";
import { stockCoverComputed, stockMeasureNote, stockpileLabel } from "../_lib/messages/stockpiles";
import { answer, fail, type Outcome } from "../_lib/outcome";
import { countryIndex } from "../resolveCountry/countryIndex";
import { stockpileIndex } from "./stockpileIndex";

export interface StockCoverageOptions {
  /** A country (name, alias or code) or a holder's name ("National Defense Stockpile", "JOGMEC"). */
  readonly holder: string;
  /** The material as the stockpile records name it ("NdPr oxide", "NdFeB magnet block", "lanthanum"). */
  readonly material: string;
  /** The demand to cover, in t/yr of the same material on the same basis as the stock. */
  readonly demand: number;
  /** "days" (default) or "years". */
  readonly unit?: string;
  /** Which figure: "held" (default) or "potential acquisitions". */
  readonly measure?: string;
}

const PER_YEAR = { days: 365, years: 1 } as const;
const MEASURES: readonly StockpileMeasure[] = ["held", "potential acquisitions"];

/**
 * @summary How long a stockpile covers a stated demand: stock ÷ demand × 365 days (or years).
 *
 * @description
 * Reads the `stockpiles` table: the holder's record for the material (its name or an alias) and the
 * measure asked, the latest period first. Stock and demand are in tonnes of the same material on the
 * same basis (gross weight of NdPr oxide, of magnet block, ...): no conversion between oxide, metal and
 * magnet mass is made, so the demand must be stated in the stock's material. Coverage = stock ÷ demand
 * × 365 days (× 1 for years), with a range where the source gives one. The default measure is a stock
 * held; "potential acquisitions" (the US National Defense Stockpile's Annual Materials Plan) covers what
 * the plan allowed to be bought, and the basis says it is not a stock held. A quantity the sources do
 * not publish (JOGMEC's tonnages, the FY2026 plan) is `notAvailable` saying so; a figure given only in
 * days or in money is `notAvailable` too, since it cannot cover a tonnage.
 *
 * @param data - The indexed dataset.
 * @param args - Holder, material, demand (t/yr), unit and measure.
 * @returns Days (or years) of the demand the stock covers; `invalid` for an unknown holder, material,
 * unit or measure; `outOfRange` for a demand not above 0; `notAvailable` as above.
 *
 * @example
 * stockCoverage(data, { holder: "India", material: "NdPr oxide", demand: 1000 })
 * //=> { ok: true, value: 182.5, basis: [IREL 500 t NdPr oxide: 500 t ÷ 1,000 t/yr × 365 = 182.5 days] }
 */
export function stockCoverage(data: IndexedDataset, args: StockCoverageOptions): Outcome<number> {
  const unit = normaliseKeyword(args.unit ?? "days");
  if (unit !== "days" && unit !== "years")
    return fail("invalid", "unknownKeyword", {
      what: "unit",
      given: args.unit ?? "",
      accepted: Object.keys(PER_YEAR),
    });
  const measure = MEASURES.find(
    (m) => normaliseKeyword(m) === normaliseKeyword(args.measure ?? "held")
  );
  if (!measure)
    return fail("invalid", "unknownKeyword", {
      what: "measure",
      given: args.measure ?? "",
      accepted: MEASURES,
    });
  const badDemand = checkPositive("demand", args.demand);
  if (badDemand) return badDemand;

  const stocks = data.dataset.stockpiles;
  const holder = holderMatch(data, args.holder, stocks);
  const held = stocks.filter(holder.matches);
  if (held.length === 0)
    return fail("notAvailable", "unknownStockHolder", {
      given: args.holder,
      holders: [...new Set(stocks.map((s) => s.holder))],
    });
  const ofMaterial = (
    stockpileIndex(data).byMaterial.get(normaliseKeyword(args.material)) ?? []
  ).filter(holder.matches);
  if (ofMaterial.length === 0)
    return fail("notAvailable", "unknownStockMaterial", {
      holder: holder.name,
      material: args.material,
      materials: [...new Set(held.map((s) => s.material))],
    });
  const record = ofMaterial.find((s) => s.measure === measure);
  const others = ofMaterial.filter((s) => s !== record);
  if (!record)
    return fail("notAvailable", "stockMeasureMissing", {
      holder: holder.name,
      material: args.material,
      measure,
      others,
    });
  if (record.value === null)
    return fail("notAvailable", "stockNotPublished", { stock: record, others });
  if (record.unit !== "t") return fail("notAvailable", "stockNotTonnes", { stock: record, others });
  const perYear = PER_YEAR[unit];
  const covered = (record.value / args.demand) * perYear;
  return answer(covered, [
    basisOf(record, stockpileLabel(record), {
      computed: stockCoverComputed(
        { value: record.value, low: record.low, high: record.high },
        record.unit,
        args.demand,
        perYear,
        unit
      ),
      note: stockMeasureNote(record.measure),
    }),
  ]);
}

/** The records a holder argument names: a country's (by code, name or alias), else a holder's by name. */
function holderMatch(
  data: IndexedDataset,
  given: string,
  stocks: readonly Stockpile[]
): { name: string; matches: (s: Stockpile) => boolean } {
  const country = countryIndex(data).countries.find(given);
  if (country) return { name: country.name, matches: (s) => s.country === country.code };
  const wanted = normaliseKeyword(given);
  const holders = stocks.filter(
    (s) => wanted !== "" && normaliseKeyword(s.holder).includes(wanted)
  );
  const name = holders[0]?.holder ?? given.trim();
  return { name, matches: (s) => holders.includes(s) };
}
