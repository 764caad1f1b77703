import type { SubsidyRow } from '../../model/rows.ts';
import type { SnapshotData } from '../../snapshots/dataset.ts';
import { toFen } from '../money.ts';
import type { NameBook } from '../names.ts';

/**
 * Subsidies per enterprise over the snapshots of the window (RULES 1.5: the 12 months ending P, by the
 * file's period, not by paidOn), in fen so that sums and the threshold compare exactly. The name is
 * that of the latest row (by period, then receipt) that has one.
 */
export async function readSubsidies(
  snapshots: readonly SnapshotData<SubsidyRow>[],
  names: NameBook,
): Promise<Map<string, number>> {
  const fenByEnterprise = new Map<string, number>();
  const latestName = new Map<string, { period: string; name: string }>();
  for (const snapshot of snapshots) {
    const { period } = snapshot.manifest;
    for await (const row of snapshot.rows()) {
      fenByEnterprise.set(row.creditCode, (fenByEnterprise.get(row.creditCode) ?? 0) + toFen(row.amount));
      const named = latestName.get(row.creditCode);
      if (row.name && (!named || period >= named.period))
        latestName.set(row.creditCode, { period, name: row.name });
    }
  }
  for (const [creditCode, { name }] of latestName) names.offer('subsidies', creditCode, name);
  return fenByEnterprise;
}
