import type { ActivityRow } from '../model/rows.ts';
import type { Dataset } from '../snapshots/dataset.ts';
import { TownshipCounter } from './attribution.ts';
import { countingSpan } from './span.ts';

/** The activity row that Attachment 2's 进农村 counts (统计表: “进乡村”宣传). */
export const RURAL_ACTIVITY = '进乡村';

/**
 * RULES 2.2 `ruralOutreach`: the sum of 家（次、个）数 of 进乡村 in the activity snapshots of unit t
 * with period in Y-01 .. P; a county department's activity counts under `unassigned`.
 */
export async function countRuralOutreach(
  snapshots: Iterable<{ unit: string | null; rows: AsyncIterable<ActivityRow> | Iterable<ActivityRow> }>,
  townships: ReadonlySet<string>,
): Promise<Map<string, number>> {
  const counter = new TownshipCounter(townships);
  for (const snapshot of snapshots) {
    for await (const row of snapshot.rows) {
      if (row.activity === RURAL_ACTIVITY) counter.add(snapshot.unit, row.count);
    }
  }
  return counter.tally();
}

export async function ruralOutreach(
  dataset: Dataset,
  period: string,
  townships: ReadonlySet<string>,
): Promise<Map<string, number>> {
  const span = countingSpan(period);
  const snapshots = dataset
    .flow('activity', span.fromPeriod, span.toPeriod)
    .map((s) => ({ unit: s.manifest.unit, rows: s.rows() }));
  return countRuralOutreach(snapshots, townships);
}
