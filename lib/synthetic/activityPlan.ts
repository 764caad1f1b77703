/**
 * Outreach activity (社会保险政策活动开展情况统计表) per township and month, and twice a year from the
 * county HRSS bureau. 进乡村 counts follow each township's pace against its ruralOutreach quota, so
 * townships without a newInsured quota are ranked by it (RULES 2.3) and differ too.
 */
import { ACTIVITY_TYPES, type ActivityType } from '../model/rows.ts';
import type { MetricValues } from '../seeds/quotas.ts';
import type { Township } from '../seeds/townships.ts';
import { MONTHS, periodOf } from './calendar.ts';
import type { Random } from './random.ts';

export interface ActivityLine {
  activity: ActivityType;
  count: number;
  staff: number;
  served: number;
  consulted: number;
  materials: number;
  note: string;
}

export interface ActivityFilePlan {
  month: number;
  /** Township code, or `hrss` for the county bureau's own activity. */
  unit: string;
  layout: 'form' | 'long';
  lines: ActivityLine[];
}

/** Share of the ruralOutreach quota reached by 2023-06 (time progress 0.5). */
const RURAL_PACE: Record<string, number> = {
  '330723001000': 0.6,
  '330723002000': 0.4,
  '330723003000': 0.8,
  '330723100000': 0.53,
  '330723101000': 0.2,
  '330723102000': 0.6,
  '330723103000': 0.4,
  '330723104000': 0.7,
  '330723105000': 0.6,
  '330723106000': 0.3,
  '330723107000': 0.6,
  '330723200000': 1.2,
  '330723201000': 0.2,
  '330723202000': 0.6,
  '330723203000': 0.4,
  '330723204000': 0.8,
  '330723205000': 0.3,
  '330723206000': 0.5,
};

/** Months (index) in which the county bureau reports its own activity. */
const COUNTY_BUREAU_MONTHS = [2, 5];

/** Cumulative 进乡村 count of a township by month index m (1 = 2023-01); 2022-12 has its own. */
function ruralCumulative(quota: number, code: string, m: number): number {
  return Math.round((quota * (RURAL_PACE[code] ?? 0) * m) / 6);
}

export function planActivities(
  random: Random,
  townships: readonly Township[],
  quotas: Map<string, MetricValues>,
): ActivityFilePlan[] {
  const plans: ActivityFilePlan[] = [];
  townships.forEach((t, index) => {
    const r = random.fork(t.code);
    const quota = quotas.get(t.code)?.ruralOutreach ?? 0;
    for (let m = 0; m < MONTHS; m++) {
      const rural =
        m === 0 ? r.int(0, 2) : ruralCumulative(quota, t.code, m) - ruralCumulative(quota, t.code, m - 1);
      plans.push({
        month: m,
        unit: t.code,
        layout: (index + m) % 3 === 0 ? 'long' : 'form',
        lines: lines(r, rural),
      });
    }
  });
  for (const m of COUNTY_BUREAU_MONTHS) {
    plans.push({
      month: m,
      unit: 'hrss',
      layout: 'long',
      lines: lines(random.fork(`hrss/${periodOf(m)}`), 2),
    });
  }
  return plans;
}

function lines(r: Random, rural: number): ActivityLine[] {
  return ACTIVITY_TYPES.map((activity) => {
    const count = activity === '进乡村' ? rural : r.chance(0.3) ? 0 : r.int(1, 12);
    if (count === 0) return { activity, count: 0, staff: 0, served: 0, consulted: 0, materials: 0, note: '' };
    const served = r.int(10, 60) * count;
    return {
      activity,
      count,
      staff: r.int(2, 6) * Math.min(count, 4),
      served,
      consulted: r.chance(0.3) ? 0 : Math.round((served * r.int(5, 30)) / 100),
      materials: r.int(0, 5) * 50 * count,
      note:
        activity === '其他' && r.chance(0.5)
          ? `发放短信${r.int(100, 2000)}条，拨打电话${r.int(10, 200)}个`
          : '',
    };
  });
}
