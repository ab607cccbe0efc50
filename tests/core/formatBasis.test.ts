import { formatBasis } from "../../src/core/formatBasis";
import { supplyShare } from "../../src/core/supplyShare";
import { realData } from "../_support/fixture";
import { ok } from "../_support/outcomes";

const data = realData();

describe("formatBasis", () => {
  test("cites each record with its sources in full, date, grade, method and note", () => {
    const text = formatBasis(
      data,
      ok(supplyShare(data, { country: "China", stage: "mining", year: 2024 })).basis
    );
    expect(
      text.startsWith(
        "China, mining output 2024 (USGS MCS 2026) — U.S. Geological Survey, Mineral Commodity Summaries 2026"
      )
    ).toBe(true);
    expect(text).toContain(
      "(as of 2026-05-27; confidence high; computed: China 270,000 ÷ world 380,000 t REO = 71.1%; note: "
    );
    expect(text).toContain("; World, mining output 2024 (USGS MCS 2026) — U.S. Geological Survey");
  });

  test("joins several sources with +, shows unknown ids as they are, drops repeated entries", () => {
    const basis = {
      label: "Example",
      sourceIds: ["DOJ-HHI", "NOT-A-SOURCE"],
      asOf: "2024",
      confidence: "medium" as const,
    };
    const text = formatBasis(data, [basis, basis]);
    expect(text).toBe(
      `Example — ${data.dataset.sources.find((s) => s.id === "DOJ-HHI")?.citation} + NOT-A-SOURCE (as of 2024; confidence medium)`
    );
  });

  test("an empty note leaves no empty fragment behind", () => {
    const text = formatBasis(data, [
      { label: "Example", sourceIds: ["DOJ-HHI"], asOf: "2024", confidence: "medium", note: "" },
    ]);
    expect(text).not.toMatch(/note: \)|\(\)|none for none/);
    expect(text).toMatch(/\(as of 2024; confidence medium\)$/);
  });

  test("a result resting on no record says so", () => {
    expect(formatBasis(data, [])).toBe(
      "No dataset record is cited: the value comes from the arguments or the dataset's own metadata."
    );
  });
});
