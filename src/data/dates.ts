/**
 * Dates with the precision a source gives them: "YYYY", "YYYY-MM" or "YYYY-MM-DD", each a real calendar
 * date in the proleptic Gregorian calendar ("2025-02-30" is not one; "2024-02-29" is).
 */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * @summary The first day a partial date covers, as UTC midnight, or null when it is no calendar date.
 *
 * @example
 * firstDayOf("2025-02")?.toISOString()
 * //=> "2025-02-01T00:00:00.000Z"
 */
export function firstDayOf(text: string): Date | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date;
}

/** @summary Whether `text` is a partial date that names a real calendar day, month or year. */
export function isPartialDate(text: string): boolean {
  return firstDayOf(text) !== null;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
