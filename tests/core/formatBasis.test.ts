import { sourcesById } from "../../src/core/_lib/sources";
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

describe("formatBasis, short form", () => {
  test("pools the records: count, as-of and confidence as ranges, each source once by publisher and URL", () => {
    const basis = [
      { label: "A", sourceIds: ["USGS-MCS25"], asOf: "2025-01", confidence: "high" as const },
      {
        label: "B",
        sourceIds: ["USGS-MCS25", "NOT-A-SOURCE"],
        asOf: "2023",
        confidence: "low" as const,
      },
    ];
    const usgs = sourcesById(data).get("USGS-MCS25")!;
    expect(formatBasis(data, basis, "short")).toBe(
      `2 records, as of 2023 to 2025-01, confidence low to high. Sources: ${usgs.publisher} (${usgs.url}); NOT-A-SOURCE`
    );
  });

  test("is far shorter than the full form for a result resting on many records", () => {
    const basis = ok(supplyShare(data, { country: "China", stage: "mining", year: 2024 })).basis;
    const short = formatBasis(data, basis, "short");
    expect(short.length).toBeLessThan(formatBasis(data, basis).length / 2);
    expect(short).toMatch(/^2 records, as of .*, confidence (low|medium|high)/);
  });
});
