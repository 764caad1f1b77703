import { METRICS } from '../seeds/quotas.ts';
import { parsePeriod } from '../snapshots/period.ts';
import type { RollupResult } from '../rollup/types.ts';
import type { LaggingTownship, MetricBehind } from './model.ts';

/**
 * RULES 2.5 «lagging townships»: those whose status is 略滞后 or 滞后, each with the metrics (quota > 0)
 * whose completion is below time progress — actual/quota < month/12, compared in integers.
 */
export function laggingTownships(result: RollupResult): LaggingTownship[] {
  const { month } = parsePeriod(result.period);
  const out: LaggingTownship[] = [];
  for (const t of result.townships) {
    if (t.status !== 'behind' && t.status !== 'lagging') continue;
    const behind: MetricBehind[] = [];
    for (const metric of METRICS) {
      const quota = t.quota[metric];
      const actual = t.actual[metric];
      if (quota <= 0 || actual * 12 >= quota * month) continue;
      const due = Math.ceil((quota * month) / 12);
      behind.push({
        metric,
        quota,
        actual,
        completion: actual / quota,
        dueByTimeProgress: due,
        shortfall: due - actual,
      });
    }
    out.push({ code: t.code, name: t.name, rank: t.rank, status: t.status, score: t.score, behind });
  }
  return out;
}
