import type { EnforcementMeasure, EnforcementRow } from '../../model/rows.ts';
import type { SnapshotData } from '../../snapshots/dataset.ts';

/** One enforcement record (执法检查记录) that counts for P. */
export interface EnforcementRecord {
  period: string;
  measure: EnforcementMeasure;
  actedOn: string;
}

/**
 * RULES 0 and 1.7: enforcement files with period in Y-01..P, and of them the records whose own date
 * lies in Y-01-01..end(P). Records per enterprise, by date.
 */
export async function readEnforcement(
  snapshots: readonly SnapshotData<EnforcementRow>[],
  fromDate: string,
  toDate: string,
): Promise<Map<string, EnforcementRecord[]>> {
  const byEnterprise = new Map<string, EnforcementRecord[]>();
  for (const snapshot of snapshots) {
    const { period } = snapshot.manifest;
    for await (const row of snapshot.rows()) {
      if (row.actedOn < fromDate || row.actedOn > toDate) continue;
      const record = { period, measure: row.measure, actedOn: row.actedOn };
      const records = byEnterprise.get(row.creditCode);
      if (records) records.push(record);
      else byEnterprise.set(row.creditCode, [record]);
    }
  }
  for (const records of byEnterprise.values()) {
    records.sort((a, b) => (a.actedOn < b.actedOn ? -1 : a.actedOn > b.actedOn ? 1 : 0));
  }
  return byEnterprise;
}
