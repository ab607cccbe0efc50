import { callsRe, reFormulaCells } from "../../src/excel/re-cells";

test("a formula calls RE when RE.<name> appears outside its string literals, in any case", () => {
  expect(callsRe('=RE.LEADTIME("separation")')).toBe(true);
  expect(callsRe("=1+re.gaps()")).toBe(true);
  expect(callsRe('=IF(A1,"x",RE.SHARE("China","mining",2024))')).toBe(true);
  expect(callsRe('="see RE.LEADTIME"')).toBe(false);
  expect(callsRe('="say ""RE.X"" here"')).toBe(false);
  expect(callsRe("=XRE.A(1)")).toBe(false);
  expect(callsRe("=A.RE.B(1)")).toBe(false);
  expect(callsRe("RE.LEADTIME")).toBe(false);
  expect(callsRe(42)).toBe(false);
  expect(callsRe(null)).toBe(false);
});

test("the RE cells of a block are placed on the sheet from the block's origin", () => {
  expect(
    reFormulaCells(
      [
        ["=1", "=RE.GAPS()"],
        ["text", '=RE.LEADTIME("mining")'],
      ],
      { row: 4, col: 2 }
    )
  ).toEqual([
    { row: 4, col: 3 },
    { row: 5, col: 3 },
  ]);
});
