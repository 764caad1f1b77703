/**
 * Calendar dates in the campaign's time zone for the workflow (RULES: all dates and month boundaries
 * are in Asia/Shanghai), built on `calendar.ts`. The zone is always an argument.
 */
import { localDate } from './calendar.ts';

/** The calendar date `YYYY-MM-DD` of an instant in a time zone. */
export function dateInZone(instant: Date, timeZone: string): string {
  return localDate(instant, timeZone);
}

/** The period `YYYY-MM` before the one an instant falls in (the month just ended). */
export function previousPeriod(instant: Date, timeZone: string): string {
  const [y, m] = dateInZone(instant, timeZone).split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
