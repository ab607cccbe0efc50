/** YYYY, YYYY-MM or YYYY-MM-DD: the precisions the dataset gives dates in (see `partialDate`). */
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Whether a text is a date the dataset's way: a year, a month or a day. */
export function isPartialDate(text: string): boolean {
  return PARTIAL_DATE.test(text);
}

/** The year of a partial date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/**
 * Whether a record dated `recordDate` is dated on or before `date`, reading `date` as its whole period:
 * asked about "2024", a quote of 2024-06-20 counts, one of 2025 does not. The record's date is cut to
 * the precision of `date` and compared as text, which orders ISO dates.
 */
export function onOrBefore(recordDate: string, date: string): boolean {
  return recordDate.slice(0, date.length) <= date;
}

/** Whether `date` lies after the whole of `limit`'s period ("2026-01" is after "2025-12"; "2025-12-15" is not). */
export function isAfter(date: string, limit: string): boolean {
  return date.slice(0, limit.length) > limit;
}

/**
 * Orders partial dates ("2024" before "2024-06" before "2024-06-20" before "2025") by their characters,
 * which for these texts is calendar order: no collator on the index build, unlike `localeCompare`.
 */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Today's date (UTC) as YYYY-MM-DD: the default of date arguments. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The first day of a partial date's period: "2025" → "2025-01-01", "2025-06" → "2025-06-01". */
export function periodStart(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day of a partial date's period: "2025" → "2025-12-31", "2024-02" → "2024-02-29". */
export function periodEnd(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [year, month] = date.split("-").map(Number);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date}-${String(last).padStart(2, "0")}`;
}
