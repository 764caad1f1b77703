import type { RollupResult } from '../rollup/types.ts';
import { parsePeriod } from '../snapshots/period.ts';
import type { TrendPoint } from './model.ts';

/** One month's point of the county trend, from that month's stored rollup. */
export function trendPoint(result: RollupResult): TrendPoint {
  return { period: result.period, completion: { ...result.county.completion } };
}

/**
 * The trend the report draws: the months of P's campaign year up to P (completion restarts every
 * year), one point per month, ascending; P's own point comes from its rollup.
 */
export function yearTrend(points: readonly TrendPoint[], current: RollupResult): TrendPoint[] {
  const year = parsePeriod(current.period).year;
  const byPeriod = new Map<string, TrendPoint>();
  for (const p of points) {
    if (parsePeriod(p.period).year === year && p.period < current.period) byPeriod.set(p.period, p);
  }
  byPeriod.set(current.period, trendPoint(current));
  return [...byPeriod.values()].sort((a, b) => (a.period < b.period ? -1 : 1));
}
