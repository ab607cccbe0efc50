import { gapsTable } from "../../src/core/gapsTable";
import { leavesDataUnchanged, realData } from "../_support/fixture";
import { ok } from "../_support/outcomes";

const data = realData();

describe("gapsTable", () => {
  test("a header and the six gaps of the seed analysis in their order", () => {
    const rows = ok(gapsTable(data)).value;
    expect(rows).toHaveLength(7);
    expect(rows[0]).toEqual(["Gap", "Meaning", "Default weight", "Source"]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      "Allied supply coordination",
      "Centralized leadership",
      "Market price stabilization",
      "Downstream demand creation",
      "Workforce development",
      "Equity capital",
    ]);
    // The source column cites in words (the founding analysis' title), not the source's internal id.
    expect(
      rows
        .slice(1)
        .every(
          (r) =>
            r[2] === 1 &&
            String(r[3]).startsWith(
              'Rare Earth Exchanges, "US Actions & Missteps: An Analysis", 2025'
            )
        )
    ).toBe(true);
  });

  test("each call returns its own array (the caller may keep or change it), and the data is never mutated", () => {
    const first = ok(gapsTable(data)).value;
    first[1][0] = "changed";
    expect(ok(gapsTable(data)).value[1][0]).toBe("Allied supply coordination");
    expect(leavesDataUnchanged((d) => gapsTable(d))).toBe(true);
  });
});
