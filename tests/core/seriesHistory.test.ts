import { concentrationIndex } from "../../src/core/concentrationIndex";
import { answer } from "../../src/core/_lib/outcome";
import { inSeries, seriesOf } from "../../src/core/_lib/series";
import { seriesHistory } from "../../src/core/seriesHistory";
import { realData } from "../_support/fixture";
import { ok } from "../_support/outcomes";

const cited = { sourceIds: ["S"], asOf: "2025", confidence: "high" as const };
const at = (value: number, series?: string) => {
  const plain = answer(value, [{ label: `value ${value}`, ...cited }]);
  return series === undefined ? plain : inSeries(plain, series);
};

describe("seriesHistory keeps one series", () => {
  test("the series with the most periods wins; the others' rows are left out and named", () => {
    const values: Record<number, [number, string]> = {
      2020: [1, "BIS"],
      2021: [2, "USGS"],
      2022: [3, "USGS"],
      2023: [4, "IEA"],
    };
    const history = ok(
      seriesHistory([2020, 2021, 2022, 2023], (y) => at(...values[y as number]), "RE.X")
    );
    expect(history.value.map((r) => r.period)).toEqual([2021, 2022]);
    expect(history.basis[0].label).toBe(
      "History on one series, USGS; left out, being of another series: 2020 (BIS), 2023 (IEA)"
    );
  });

  test("a tie goes to the series of the latest period", () => {
    const history = ok(
      seriesHistory([2020, 2021], (y) => at(1, y === 2020 ? "old" : "new"), "RE.X")
    );
    expect(history.value.map((r) => r.period)).toEqual([2021]);
  });

  test("a function that names no series keeps every row, as before", () => {
    const history = ok(seriesHistory([2020, 2021], (y) => at(y as number), "RE.X"));
    expect(history.value.map((r) => r.value)).toEqual([2020, 2021]);
    expect(history.basis.map((b) => b.label)).toEqual(["2020: value 2020", "2021: value 2021"]);
  });

  test("the HHI of every stage is one series over the years the dataset has", () => {
    const data = realData();
    for (const stage of ["mining", "separation", "magnet"]) {
      const kept = new Set<string | undefined>();
      const history = seriesHistory(
        [2020, 2021, 2022, 2023, 2024, 2025],
        (year) => {
          const outcome = concentrationIndex(data, { stage, year: year as number });
          if (outcome.ok) kept.add(seriesOf(outcome));
          return outcome;
        },
        "RE.HHI"
      );
      const series = ok(history).basis[0].label;
      // every row kept is of the series the history names
      for (const row of ok(history).value) {
        const outcome = ok(concentrationIndex(data, { stage, year: row.period as number }));
        expect(series).toContain(`series, ${seriesOf(outcome)};`);
      }
      if (stage === "mining") expect(kept.size).toBeGreaterThan(1);
    }
  });
});
