/** The scheduler's default period, in the campaign's time zone (RULES: month boundaries in Asia/Shanghai). */
import { localDate } from './calendar.ts';

/** The period `YYYY-MM` before the one an instant falls in (the month just ended). */
export function previousPeriod(instant: Date, timeZone: string): string {
  const [y, m] = localDate(instant, timeZone).split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
