import { addMonths, endOfPeriod, parsePeriod } from '../snapshots/period.ts';

/** The spans of time the comparison rules read for period P (RULES 0, 1.1, 1.5, 1.7, 1.9). */
export interface ComparisonWindow {
  /** P. */
  period: string;
  /** Y, the campaign year of P. */
  year: number;
  /** end(P), `YYYY-MM-DD`: ages are taken on this day (RULES 1.3). */
  end: string;
  /** Y-01: surveys count from January of P's year (RULES 1.1, 1.2, 1.5). */
  yearStart: string;
  /** P−11: subsidies and the payroll history of base consolidation cover the 12 months ending P. */
  twelveMonthsFrom: string;
  /** Enforcement records count when dated in Y-01-01 .. end(P) (RULES 1.7). */
  enforcementFromDate: string;
}

export function comparisonWindow(period: string): ComparisonWindow {
  const { year } = parsePeriod(period);
  const yearStart = `${String(year).padStart(4, '0')}-01`;
  return {
    period,
    year,
    end: endOfPeriod(period),
    yearStart,
    twelveMonthsFrom: addMonths(period, -11),
    enforcementFromDate: `${yearStart}-01`,
  };
}
