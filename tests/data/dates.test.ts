import { firstDayOf, isPartialDate } from "../../src/data/dates";

test.each(["2025", "2025-02", "2025-02-28", "2024-02-29", "2000-02-29", "2025-12-31"])(
  "%s is a calendar date",
  (text) => expect(isPartialDate(text)).toBe(true)
);

test.each([
  "2025-02-30",
  "2025-02-29",
  "1900-02-29",
  "2025-04-31",
  "2025-13",
  "2025-00",
  "2025-1",
  "25",
])("%s is not", (text) => expect(isPartialDate(text)).toBe(false));

test("the first day a partial date covers", () => {
  expect(firstDayOf("2025")?.toISOString()).toBe("2025-01-01T00:00:00.000Z");
  expect(firstDayOf("2025-02")?.toISOString()).toBe("2025-02-01T00:00:00.000Z");
  expect(firstDayOf("0099-03-04")?.toISOString()).toBe("0099-03-04T00:00:00.000Z");
});
