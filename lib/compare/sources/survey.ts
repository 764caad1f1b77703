import type { SurveyRow } from '../../model/rows.ts';
import type { SnapshotData } from '../../snapshots/dataset.ts';
import type { NameBook } from '../names.ts';

/** An enterprise's latest survey row in Y-01..P (RULES 1.2, 1.5, 1.7). */
export interface LatestSurvey {
  /** The period of the survey file. */
  period: string;
  /** The unit (township) that filed it. */
  unit: string | null;
  surveyedOn: string;
  employees: number;
  keyTarget: boolean;
}

/**
 * RULES 1.5: «latest by period, then surveyedOn»; between rows equal in both, the later receipt
 * (snapshots come in receipt order). The name is that of the latest row that has one.
 */
export async function readSurveys(
  snapshots: readonly SnapshotData<SurveyRow>[],
  names: NameBook,
): Promise<Map<string, LatestSurvey>> {
  const latest = new Map<string, LatestSurvey>();
  const latestName = new Map<string, { period: string; surveyedOn: string; name: string }>();
  for (const snapshot of snapshots) {
    const { period, unit } = snapshot.manifest;
    for await (const row of snapshot.rows()) {
      const seen = latest.get(row.creditCode);
      if (!seen || !isEarlier(period, row.surveyedOn, seen)) {
        latest.set(row.creditCode, {
          period,
          unit,
          surveyedOn: row.surveyedOn,
          employees: row.employees,
          keyTarget: row.keyTarget === true,
        });
      }
      const named = latestName.get(row.creditCode);
      if (row.name && (!named || !isEarlier(period, row.surveyedOn, named))) {
        latestName.set(row.creditCode, { period, surveyedOn: row.surveyedOn, name: row.name });
      }
    }
  }
  for (const [creditCode, { name }] of latestName) names.offer('survey', creditCode, name);
  return latest;
}

/** (period, surveyedOn) strictly before the one seen. */
function isEarlier(
  period: string,
  surveyedOn: string,
  seen: { period: string; surveyedOn: string },
): boolean {
  return period < seen.period || (period === seen.period && surveyedOn < seen.surveyedOn);
}
