import { alertId } from '../alerts/alertId.ts';
import { officeOverdueTexts, surveyOverdueTexts, surveyRemindTexts } from '../alerts/messages.ts';
import { ABOUT_COUNTY, type Alert } from '../alerts/types.ts';
import { CAMPAIGN_TIME_ZONE } from '../config/names.ts';
import type { CadreRow } from '../model/rows.ts';
import type { Dataset } from '../snapshots/dataset.ts';
import type { SurveyPolicy } from './action.ts';
import { datasetAtEndOf, surveyCheck, type SurveyCheckResult } from './surveyCheck.ts';

export interface SurveyAlertOptions {
  /** The leading group office's pseudo-cadre id (configuration, e.g. `office`). */
  officeId: string;
}

/**
 * RULES 3.4: `remind` goes to every cadre assigned to the township (片区); `overdue` to those cadres
 * and, as one summary of all overdue townships of the day, to the leading group's office.
 * `roster` is the cadres roster as of month(D) as it stood at the end of D.
 */
export function surveyAlerts(
  result: SurveyCheckResult,
  roster: readonly CadreRow[],
  options: SurveyAlertOptions,
): Alert[] {
  const cadresOf = new Map<string, string[]>();
  for (const row of roster) {
    if (row.assignmentType !== '片区') continue;
    const ids = cadresOf.get(row.target) ?? [];
    if (!ids.includes(row.cadreId)) ids.push(row.cadreId);
    cadresOf.set(row.target, ids);
  }
  for (const ids of cadresOf.values()) ids.sort();

  const alerts: Alert[] = [];
  const overdue: { code: string; name: string; cadreIds: string[] }[] = [];
  const daysPast = -result.daysLeft;
  for (const t of result.townships) {
    if (t.action === 'none') continue;
    const cadreIds = cadresOf.get(t.code) ?? [];
    for (const cadreId of cadreIds) {
      const notice = {
        cadreId,
        townshipCode: t.code,
        townshipName: t.name,
        date: result.date,
        deadline: result.deadline,
      };
      const texts =
        t.action === 'remind'
          ? surveyRemindTexts({ ...notice, daysLeft: result.daysLeft })
          : surveyOverdueTexts({ ...notice, daysPast });
      const kind = t.action === 'remind' ? 'survey-remind' : 'survey-overdue';
      alerts.push({
        kind,
        on: result.date,
        about: t.code,
        alertId: alertId(kind, cadreId, result.date, t.code),
        cadreId,
        ...texts,
      });
    }
    if (t.action === 'overdue') overdue.push({ code: t.code, name: t.name, cadreIds });
  }

  if (overdue.length > 0) {
    alerts.push({
      kind: 'survey-overdue',
      on: result.date,
      about: ABOUT_COUNTY,
      alertId: alertId('survey-overdue', options.officeId, result.date, ABOUT_COUNTY),
      cadreId: options.officeId,
      ...officeOverdueTexts({ date: result.date, deadline: result.deadline, daysPast, townships: overdue }),
    });
  }
  return alerts;
}

/**
 * The daily survey check with its alerts: RULES 3 on date D, the roster taken as of month(D) from the
 * same view of the data (as it stood at the end of D).
 */
export async function runSurveyCheck(
  dataset: Dataset,
  date: string,
  policy: SurveyPolicy,
  options: SurveyAlertOptions & { timeZone?: string },
): Promise<{ result: SurveyCheckResult; alerts: Alert[] }> {
  const timeZone = options.timeZone ?? CAMPAIGN_TIME_ZONE;
  const result = await surveyCheck(dataset, date, policy, timeZone);
  const roster: CadreRow[] = [];
  for await (const row of datasetAtEndOf(dataset, date, timeZone).unitedAsOf('cadres', date.slice(0, 7)))
    roster.push(row);
  return { result, alerts: surveyAlerts(result, roster, options) };
}
