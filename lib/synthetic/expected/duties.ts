/**
 * Expected results of the survey deadline check (RULES 3.2) and of the cadres' contact duty
 * (RULES 4.1), from the generator's own calendar and records.
 */
import { MONTHS, periodOf } from '../calendar.ts';
import { type CadrePlan, rosterAt } from '../cadrePlan.ts';
import type { ContactFilePlan } from '../contactPlan.ts';
import type { County } from '../model.ts';
import type { SurveyFilePlan } from '../surveyPlan.ts';
import type { MissingContact, SurveyStatus } from './types.ts';

export const SURVEY_DEADLINE = '2023-03-31';

/** RULES 3.2: submitted = a survey of the year with an accepted row; the earliest such receipt counts. */
export function expectedSurveyStatus(
  county: County,
  surveys: SurveyFilePlan[],
): Record<string, SurveyStatus> {
  const result: Record<string, SurveyStatus> = {};
  for (const t of county.townships) {
    const dates: string[] = [];
    for (const plan of surveys.filter((p) => p.submission.township === t.code)) {
      const first = plan.original ?? plan;
      if (first.entries.length > 0) dates.push(plan.submission.receivedAt.iso.slice(0, 10));
      if (plan.original && plan.submission.correctedAt && plan.entries.length > 0)
        dates.push(plan.submission.correctedAt.iso.slice(0, 10));
    }
    dates.sort();
    const submittedOn = dates[0] ?? null;
    result[t.code] = {
      submitted: submittedOn !== null,
      submittedOn,
      late: submittedOn !== null && submittedOn > SURVEY_DEADLINE,
    };
  }
  return result;
}

export function expectedMissingContacts(
  county: County,
  cadres: CadrePlan,
  contacts: ContactFilePlan[],
): Record<string, MissingContact[]> {
  const result: Record<string, MissingContact[]> = {};
  for (let m = 0; m < MONTHS; m++) {
    const plans = contacts.filter((p) => p.month === m);
    const missing: MissingContact[] = [];
    for (const a of rosterAt(cadres, m).assignments) {
      const valid = (cadreId: string) => (r: { cadreId: string; unknownCadre?: boolean }) =>
        r.cadreId === cadreId && !r.unknownCadre;
      if (a.type === '片区') {
        const plan = plans.find((p) => p.township === a.township);
        if (!plan?.records.some(valid(a.cadreId)))
          missing.push({ cadreId: a.cadreId, assignmentType: '片区', target: a.township });
      } else {
        const met = plans.some((p) =>
          p.records.some((r) => valid(a.cadreId)(r) && r.enterprise === a.enterprise),
        );
        if (!met)
          missing.push({
            cadreId: a.cadreId,
            assignmentType: '企业',
            target: county.enterprises[a.enterprise].code,
          });
      }
    }
    missing.sort((x, y) => (x.cadreId + x.target < y.cadreId + y.target ? -1 : 1));
    result[periodOf(m)] = missing;
  }
  return result;
}
