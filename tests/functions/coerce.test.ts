/**
 * Excel's real inputs: the 0 some desktop builds hand over for an empty cell (office-js #4702, #1951, #5262)
 * is blank where 0 is never valid, and date serials are read in the workbook's date system (1900 or 1904).
 */
import { BLANK, serialToIso, toDate, toNumber } from "../../src/functions/coerce";
import { dateSystem, setDateSystem } from "../../src/functions/dateSystem";
import { isExcelError, type ShimError } from "../_support/custom-functions-shim";
import { capacity, exportcontrol, onlineyear, price, share } from "../_support/excel-functions";
import { MINE_T_REO } from "../_support/expected";

const label = { fn: "RE.TEST", param: "when" };

afterEach(() => setDateSystem(1900));

describe("an empty cell that arrives as 0", () => {
  test("is blank where the parameter's bounds exclude 0, a number elsewhere", () => {
    expect(toNumber(0, label, true)).toBe(BLANK);
    expect(toNumber([[0]], label, true)).toBe(BLANK);
    expect(toNumber(0, label)).toBe(0);
    expect(toDate(0, label)).toBe(BLANK);
  });

  test('an optional year takes its default: =RE.SHARE("China","mining",B1) with B1 empty', () => {
    expect(share("China", "mining", 0)).toBe(share("China", "mining", null));
    // USGS MCS 2026, the latest observed mining year (2025)
    expect(share("China", "mining", 0)).toBeCloseTo(
      MINE_T_REO.mcs2026[2025].CN / MINE_T_REO.mcs2026[2025].WORLD,
      12
    );
  });

  test("a required year says it is required, not a #NUM! about year 0", () => {
    const result = capacity("US", "magnet", 0) as ShimError;
    expect(isExcelError(result)).toBe(true);
    expect(result.code).toBe("#VALUE!");
    expect(result.message).toMatch(/RE\.CAPACITY: year is required/);
    expect((onlineyear("separation", 0) as ShimError).message).toMatch(/start_year is required/);
  });

  test("an optional date takes its default", () => {
    expect(exportcontrol("Dy", 0)).toBe(exportcontrol("Dy", null));
    expect(price("Dy", "oxide", 0)).toBe(price("Dy", "oxide", null));
  });

  test("a year outside 1900-2200 is still #NUM! naming the bounds", () => {
    const result = share("China", "mining", 1200) as ShimError;
    expect(result.code).toBe("#NUM!");
    expect(result.message).toBe("RE.SHARE: year must be between 1900 and 2200; got 1200.");
  });
});

describe("date serials in both date systems", () => {
  // 1 July 2025 is serial 45839 in the 1900 system and 45839 - 1462 = 44377 in the 1904 system.
  test("the same day from either system's serial", () => {
    expect(serialToIso(45839, 1900)).toBe("2025-07-01");
    expect(serialToIso(44377, 1904)).toBe("2025-07-01");
    expect(serialToIso(1, 1904)).toBe("1904-01-02");
    // The 1900 system's fictitious 29 Feb 1900 (serial 60) stays where it was.
    expect(serialToIso(61, 1900)).toBe("1900-03-01");
  });

  test("toDate reads serials in the system the workbook uses", () => {
    expect(dateSystem()).toBe(1900);
    expect(toDate(45839, label)).toBe("2025-07-01");
    setDateSystem(1904);
    expect(toDate(44377, label)).toBe("2025-07-01");
    // Years are years in both systems.
    expect(toDate(2025, label)).toBe("2025");
  });

  test("the last day Excel can show differs by 1,462 serials", () => {
    expect(toDate(2958465, label, 1900)).toBe("9999-12-31");
    expect(toDate(2957003, label, 1904)).toBe("9999-12-31");
    const beyond = toDate(2957004, label, 1904) as { ok: false; message: string };
    expect(beyond.message).toMatch(/serial numbers run from 1 to 2957003/);
  });

  test("a function answers the same for the same day in either system", () => {
    const in1900 = exportcontrol("Dy", 45839);
    expect(in1900).toBe(exportcontrol("Dy", "2025-07-01"));
    setDateSystem(1904);
    expect(exportcontrol("Dy", 44377)).toBe(in1900);
    expect(price("Dy", "oxide", 44377)).toBe(price("Dy", "oxide", "2025-07-01"));
  });
});
