import { endOfPeriod, formatPeriod, parsePeriod } from '../snapshots/period.ts';

/** RULES 2.2: the rollup counts Y-01-01 .. end(P) — by period for flow snapshots, by date for records. */
export interface CountingSpan {
  year: number;
  /** Y-01 */
  fromPeriod: string;
  /** P */
  toPeriod: string;
  /** Y-01-01 */
  fromDate: string;
  /** end(P) */
  toDate: string;
}

export function countingSpan(period: string): CountingSpan {
  const { year } = parsePeriod(period);
  return {
    year,
    fromPeriod: formatPeriod(year, 1),
    toPeriod: period,
    fromDate: `${formatPeriod(year, 1)}-01`,
    toDate: endOfPeriod(period),
  };
}

/** A record's own date (`YYYY-MM-DD`) lies in the span. */
export function dateInSpan(date: string | undefined, span: CountingSpan): boolean {
  return date !== undefined && date >= span.fromDate && date <= span.toDate;
}
