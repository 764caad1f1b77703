/**
 * Calendar days in the campaign's time zone (RULES: all dates and month boundaries are in
 * Asia/Shanghai). The zone is always an argument; nothing here reads the clock.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** A real calendar date `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

export function assertIsoDate(value: string): void {
  if (!isIsoDate(value)) throw new RangeError(`not a date (YYYY-MM-DD): ${value}`);
}

function dayNumber(date: string): number {
  assertIsoDate(date);
  const [y, mo, d] = date.split('-').map(Number);
  return Date.UTC(y, mo - 1, d) / DAY_MS;
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** The date `n` days after (negative: before) `date`. */
export function addDays(date: string, n: number): string {
  return new Date((dayNumber(date) + n) * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar date an instant falls on in `timeZone`. */
export function localDate(instant: string | Date, timeZone: string): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${String(instant)}`);
  const parts = wallClock(ms, timeZone);
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

/** The instant (epoch ms) at which `date` begins in `timeZone`. */
export function startOfDay(date: string, timeZone: string): number {
  const [y, mo, d] = date.split('-').map(Number);
  assertIsoDate(date);
  const wallMidnight = Date.UTC(y, mo - 1, d);
  // Two passes settle the offset even when it changes near midnight (zones with daylight saving).
  let instant = wallMidnight - offsetMs(wallMidnight, timeZone);
  instant = wallMidnight - offsetMs(instant, timeZone);
  return instant;
}

/**
 * RULES 3.1: "the data as it stood at the end of D" — the last millisecond before D+1 begins in
 * `timeZone`, as the ISO instant that `Dataset.asReceivedBy` takes (inclusive bound).
 */
export function endOfDayInstant(date: string, timeZone: string): string {
  return new Date(startOfDay(addDays(date, 1), timeZone) - 1).toISOString();
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetMs(instantMs: number, timeZone: string): number {
  const p = wallClock(instantMs, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(instantMs: number, timeZone: string) {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of format.formatToParts(new Date(instantMs))) {
    if (part.type in out) out[part.type as keyof typeof out] = Number(part.value);
  }
  return out;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
