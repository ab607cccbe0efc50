import {
  a1,
  cellAddress,
  columnIndex,
  columnLetter,
  parseA1,
  parseCell,
  parseRange,
  qualifiedAddress,
} from "../../src/templates/a1";

describe("A1 arithmetic", () => {
  test("column letters both ways", () => {
    expect([0, 25, 26, 701, 702, 16383].map(columnLetter)).toEqual([
      "A",
      "Z",
      "AA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(["A", "Z", "AA", "XFD"].map(columnIndex)).toEqual([0, 25, 26, 16383]);
  });

  test("addresses", () => {
    expect(a1({ row: 0, col: 0, rows: 1, cols: 1 })).toBe("A1");
    expect(a1({ row: 0, col: 0, rows: 21, cols: 11 })).toBe("A1:K21");
    expect(parseA1("'RE Prices'!$B$2:D10")).toEqual({ row: 1, col: 1, rows: 9, cols: 3 });
    expect(parseA1("C3")).toEqual({ row: 2, col: 2, rows: 1, cols: 1 });
  });

  test("cells and ranges, as the preview reads them", () => {
    expect(cellAddress({ row: 1, col: 2 })).toBe("C2");
    expect(parseCell("B3")).toEqual({ row: 2, col: 1 });
    expect(parseCell("$b$3")).toEqual({ row: 2, col: 1 });
    expect(parseCell("B0")).toBeUndefined();
    expect(parseCell("3B")).toBeUndefined();
    expect(parseRange("C5:A1")).toEqual({ start: { row: 0, col: 0 }, end: { row: 4, col: 2 } });
    expect(parseRange("Sheet!B2")).toEqual({ start: { row: 1, col: 1 }, end: { row: 1, col: 1 } });
    expect(parseRange("A1:B2:C3")).toBeUndefined();
  });

  test("what is not an address", () => {
    expect(() => parseA1("A1:")).toThrow("Not an A1 address: A1:");
    expect(() => parseA1("Total")).toThrow("Not an A1 address: Total");
  });

  test("sheet names quoted as Excel quotes them", () => {
    expect(qualifiedAddress("Sheet1", "B4")).toBe("Sheet1!B4");
    expect(qualifiedAddress("Independence model", "B4")).toBe("'Independence model'!B4");
    expect(qualifiedAddress("AB12", "A1")).toBe("'AB12'!A1");
    expect(qualifiedAddress("O'Brien", "A1")).toBe("'O''Brien'!A1");
  });
});
