import { tableRows } from "../../src/core/tableRows";
import { leavesDataUnchanged, realData } from "../_support/fixture";
import { failureMessage, ok, paramsOf } from "../_support/outcomes";

const data = realData();

describe("tableRows", () => {
  test("a whole table: a header in schema order and Source, then one row per record, sourceIds kept", () => {
    const rows = ok(tableRows(data, { name: "leadTimes" })).value;
    expect(rows[0]).toEqual([
      "stage",
      "scope",
      "low",
      "base",
      "high",
      "definition",
      "sourceIds",
      "asOf",
      "confidence",
      "note",
      "computed",
      "Source",
    ]);
    expect(rows).toHaveLength(1 + data.dataset.leadTimes.length);
    expect(rows[1].slice(0, 5)).toEqual(["mining", "any", 6, 15.7, 32]);
    expect(rows[1][6]).toBe("SP-2023; IEA-Tracker22; SP-2024; Corrections-2026-12");
    // The Source column cites those four sources in words, as the inserted table does.
    const citations = data.dataset.sources.filter((s) => String(rows[1][6]).includes(s.id));
    expect(citations).toHaveLength(4);
    for (const source of citations) expect(rows[1][11]).toContain(source.citation);
    expect(rows[1][11]).not.toContain("SP-2023;");
  });

  test("aliases and chosen columns in the order asked, nulls as empty text, lists joined", () => {
    const rows = ok(
      tableRows(data, { name: "pipeline", columns: "project, Value, start_year, stages" })
    ).value;
    expect(rows[0]).toEqual(["project", "value", "startYear", "stages"]);
    expect(rows[1]).toEqual(["Mountain Pass mine and concentrator (CA)", 50692, "", "mining"]);
    expect(
      rows.find((r) => r[0] === "Independence metal, alloy and magnet plant (Fort Worth, TX)")
    ).toEqual([
      "Independence metal, alloy and magnet plant (Fort Worth, TX)",
      1000,
      2025,
      "metal; magnet",
    ]);
    const controls = ok(tableRows(data, { name: "controls", columns: ["id", "elements"] })).value;
    expect(controls[2]).toEqual(["mofcom-18", "Sm; Gd; Tb; Dy; Lu; Sc; Y"]);
  });

  test("nested objects are written as key: value pairs; booleans stay booleans", () => {
    const prices = ok(tableRows(data, { name: "prices", columns: "date, quoted" })).value;
    expect(prices.find((r) => r[0] === "2025-03-10")).toEqual([
      "2025-03-10",
      "low: 439000; high: 442000; unit: CNY/t",
    ]);
    // The first production row is the US 2024 figure, which MCS 2026 marks as reported, not estimated.
    expect(ok(tableRows(data, { name: "production", columns: "estimated" })).value[1]).toEqual([
      false,
    ]);
    expect(ok(tableRows(data, { name: "production", columns: "estimated" })).value[3]).toEqual([
      true,
    ]);
    const regions = ok(tableRows(data, { name: "regions", columns: "id, membership" })).value;
    expect(regions.find((r) => r[0] === "Quad")).toEqual([
      "Quad",
      "code: AU; sourceIds: Quad-Jul25 | code: IN; sourceIds: Quad-Jul25 | code: JP; sourceIds: Quad-Jul25 | code: US; sourceIds: Quad-Jul25",
    ]);
  });

  test("the answer cites the table's records; tables without sources (countries) cite none", () => {
    const result = ok(tableRows(data, { name: "gaps" }));
    expect(result.basis[0].label).toBe(
      'Dataset table "gaps" (6 records, each citing its own sources)'
    );
    expect(ok(tableRows(data, { name: "countries" })).basis).toEqual([]);
  });

  test("unknown table or column is invalid and lists the accepted names; data is never mutated", () => {
    const mines = paramsOf(tableRows(data, { name: "mines" }), "invalid", "unknownKeyword");
    expect(mines).toMatchObject({ what: "table", given: "mines" });
    expect(mines.accepted.slice(0, 6)).toEqual([
      "sources",
      "stages",
      "countries",
      "regions",
      "elements",
      "production",
    ]);
    expect(
      failureMessage(
        tableRows(data, { name: "capacity", columns: "project, valu" }),
        "invalid",
        "unknownKeyword"
      )
    ).toBe(
      'Unknown column of capacity "valu". Use one of: id, project, company, stages, country, basis, product, startYear, status, statusAsOf, nameplate, output, value, low, high, qualifier, unit, sourceIds, asOf, confidence, note, computed, Source.'
    );
    expect(leavesDataUnchanged((d) => tableRows(d, { name: "prices" }))).toBe(true);
  });
});
