import { ACTIVITY_TYPES, type ActivityRow, type ActivityType } from '../model/rows.ts';
import { UNASSIGNED } from '../seeds/townships.ts';
import type { Dataset } from '../snapshots/dataset.ts';
import { TownshipCounter } from './attribution.ts';
import { countingSpan } from './span.ts';

/** The figures of one line of the plan's 社会保险政策活动开展情况统计表. */
export interface ActivityFigures {
  /** 家（次、个）数 */
  count: number;
  /** 出动人数 */
  staff: number;
  /** 宣传服务对象人数 */
  served: number;
  /** 其中咨询 */
  consulted: number;
  /** 发放宣传资料（份） */
  materials: number;
}

/** One unit's totals per activity type, Y-01 .. P. */
export interface UnitActivityTotals {
  /** Township code, or `unassigned` for the county departments together. */
  unit: string;
  byActivity: Record<ActivityType, ActivityFigures>;
  total: ActivityFigures;
}

const FIGURES = ['count', 'staff', 'served', 'consulted', 'materials'] as const;

export function emptyFigures(): ActivityFigures {
  return { count: 0, staff: 0, served: 0, consulted: 0, materials: 0 };
}

function addInto(into: ActivityFigures, row: ActivityFigures): void {
  for (const f of FIGURES) into[f] += row[f];
}

function emptyUnit(unit: string): UnitActivityTotals {
  const byActivity = Object.fromEntries(ACTIVITY_TYPES.map((a) => [a, emptyFigures()])) as Record<
    ActivityType,
    ActivityFigures
  >;
  return { unit, byActivity, total: emptyFigures() };
}

/**
 * The outreach-activity totals (统计表) per township and activity type over the activity snapshots
 * with period in Y-01 .. P; county departments' forms are summed under `unassigned` (as RULES 2.2
 * does for 进乡村). Every township gets a line, in the order given, then `unassigned`.
 */
export async function sumActivity(
  snapshots: Iterable<{ unit: string | null; rows: AsyncIterable<ActivityRow> | Iterable<ActivityRow> }>,
  townshipCodes: readonly string[],
): Promise<UnitActivityTotals[]> {
  const place = new TownshipCounter(new Set(townshipCodes));
  const units = new Map<string, UnitActivityTotals>();
  for (const code of [...townshipCodes, UNASSIGNED]) units.set(code, emptyUnit(code));
  for (const snapshot of snapshots) {
    const unit = units.get(place.place(snapshot.unit)) as UnitActivityTotals;
    for await (const row of snapshot.rows) {
      addInto(unit.byActivity[row.activity], row);
      addInto(unit.total, row);
    }
  }
  return [...units.values()];
}

export async function activityTotals(
  dataset: Dataset,
  period: string,
  townshipCodes: readonly string[],
): Promise<UnitActivityTotals[]> {
  const span = countingSpan(period);
  const snapshots = dataset
    .flow('activity', span.fromPeriod, span.toPeriod)
    .map((s) => ({ unit: s.manifest.unit, rows: s.rows() }));
  return sumActivity(snapshots, townshipCodes);
}
