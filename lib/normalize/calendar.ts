/** Calendar arithmetic on plain `YYYY-MM-DD` strings (no clock, no time zone). */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when year-month-day names a day that exists (no 2023-02-29, no 2023-04-31). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last day of a period `YYYY-MM`, e.g. `2023-02` → `2023-02-28`. */
export function lastDayOfPeriod(period: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) throw new RangeError(`not a period YYYY-MM: ${period}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw new RangeError(`not a period YYYY-MM: ${period}`);
  return formatDate(year, month, daysInMonth(year, month));
}

/** The calendar day `days` after a UTC date (used for Excel serials). */
export function addDaysUtc(year: number, month: number, day: number, days: number): string {
  const date = new Date(Date.UTC(year, month - 1, day) + days * 86_400_000);
  return formatDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
