/** Period (所属期) arithmetic on `YYYY-MM` strings. Pure; no clock, no time zone. */

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriod(value: string): boolean {
  return PERIOD.test(value);
}

export function parsePeriod(period: string): { year: number; month: number } {
  const m = PERIOD.exec(period);
  if (!m) throw new RangeError(`not a period (YYYY-MM): ${period}`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

export function formatPeriod(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The period `n` months after (negative: before) `period`. */
export function addMonths(period: string, n: number): string {
  const { year, month } = parsePeriod(period);
  const index = year * 12 + (month - 1) + n;
  return formatPeriod(Math.floor(index / 12), (index % 12) + 1);
}

/** Whole months from `a` to `b` (b − a). */
export function monthsBetween(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  return (pb.year - pa.year) * 12 + (pb.month - pa.month);
}

/** The last day of the period, `YYYY-MM-DD` (RULES 0: end(P)). */
export function endOfPeriod(period: string): string {
  const { year, month } = parsePeriod(period);
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${period}-${String(day).padStart(2, '0')}`;
}

export function startOfPeriod(period: string): string {
  return `${period}-01`;
}

/** Every period from `from` to `to`, inclusive. */
export function periodsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let p = from; p <= to; p = addMonths(p, 1)) out.push(p);
  return out;
}
