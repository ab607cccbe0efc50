import {
  a1,
  cellRects,
  columnPoints,
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

describe("cells gathered into rectangles", () => {
  test("a column of formulas is one rectangle; separate cells stay separate", () => {
    const column = Array.from({ length: 5000 }, (_, i) => ({ row: 4 + i, col: 2 }));
    expect(cellRects(column)).toEqual([{ row: 4, col: 2, rows: 5000, cols: 1 }]);
    expect(
      cellRects([
        { row: 0, col: 1 },
        { row: 1, col: 1 },
        { row: 1, col: 3 },
      ])
    ).toEqual([
      { row: 0, col: 1, rows: 2, cols: 1 },
      { row: 1, col: 3, rows: 1, cols: 1 },
    ]);
  });

  test("a block of rows with the same span is one rectangle, in any input order, duplicates ignored", () => {
    const block = [];
    for (let row = 9; row >= 5; row--) for (let col = 3; col >= 1; col--) block.push({ row, col });
    block.push({ row: 5, col: 1 });
    expect(cellRects(block)).toEqual([{ row: 5, col: 1, rows: 5, cols: 3 }]);
  });

  test("every cell is covered exactly once", () => {
    const cells = [
      { row: 0, col: 0 },
      { row: 0, col: 1 },
      { row: 1, col: 0 },
      { row: 2, col: 0 },
      { row: 2, col: 1 },
      { row: 7, col: 4 },
    ];
    const rects = cellRects(cells);
    const covered = rects.flatMap((r) =>
      Array.from(
        { length: r.rows * r.cols },
        (_, i) => `${r.row + Math.floor(i / r.cols)},${r.col + (i % r.cols)}`
      )
    );
    expect(covered.sort()).toEqual(cells.map((c) => `${c.row},${c.col}`).sort());
  });
});

test("column widths in characters become Excel's points", () => {
  expect(columnPoints(10)).toBe(56.25);
});
