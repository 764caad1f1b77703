import type { InsuredRow } from '../model/rows.ts';
import type { Dataset } from '../snapshots/dataset.ts';
import { activeInPensionAsOf, isActiveInPension, type PersonIds } from '../snapshots/activeInPension.ts';
import { formatPeriod, parsePeriod } from '../snapshots/period.ts';
import type { BaselineInfo } from './types.ts';

/**
 * RULES 2.1: the baseline B is the latest insured snapshot with period ≤ (Y−1)-12. Without one, new
 * insured persons are recognised by their startDate instead (RULES 2.2, «startDate» mode).
 */
export interface Baseline {
  info: BaselineInfo;
  /** Persons active in the pension scheme in B; null in startDate mode. */
  activeInPension: PersonIds | null;
}

/** (Y−1)-12: the last period a baseline may have. */
export function baselineLimit(period: string): string {
  return formatPeriod(parsePeriod(period).year - 1, 12);
}

export async function activePensioners(
  rows: AsyncIterable<InsuredRow> | Iterable<InsuredRow>,
): Promise<Set<string>> {
  const ids = new Set<string>();
  for await (const row of rows) if (isActiveInPension(row)) ids.add(row.idNumber);
  return ids;
}

export async function loadBaseline(dataset: Dataset, period: string): Promise<Baseline> {
  const limit = baselineLimit(period);
  const snapshots = dataset.snapshotAsOf('insured', limit);
  if (snapshots.length === 0) {
    return { info: { period: null, mode: 'startDate' }, activeInPension: null };
  }
  // Several units' insured snapshots are united; B is the latest of their periods.
  const baselinePeriod = snapshots.map((s) => s.manifest.period).sort()[snapshots.length - 1];
  return {
    info: { period: baselinePeriod, mode: 'snapshot' },
    // The comparison of (Y−1)-12 in the same run has found this set already.
    activeInPension: await activeInPensionAsOf(dataset, limit, () =>
      activePensioners(dataset.unitedAsOf('insured', limit)),
    ),
  };
}
