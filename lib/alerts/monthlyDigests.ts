import { CAMPAIGN_TIME_ZONE } from '../config/names.ts';
import type { Dataset } from '../snapshots/dataset.ts';
import { endOfPeriod } from '../snapshots/period.ts';
import type { SurveyPolicy } from '../survey/action.ts';
import { surveyCheck } from '../survey/surveyCheck.ts';
import { type ContactRecord, cadreRoster, contactDuty, contactRecords } from './contactDuty.ts';
import { buildDigests, type DigestSurvey } from './digest.ts';
import type { DigestComparison, DigestRollup, MonthlyDigests } from './digestTypes.ts';

export interface MonthlyDigestOptions {
  /** The rollup of P (the `rollup` JSON of RULES 5). */
  rollup: DigestRollup;
  /** The comparison of P (the `compare` JSON of RULES 5). */
  comparison: DigestComparison;
  /** The leading group office's pseudo-cadre id (configuration, e.g. `office`). */
  officeId: string;
  /** The campaign year's policy (for the survey status shown in March and April). */
  policy: SurveyPolicy;
  timeZone?: string;
  /** The day whose survey check the March/April digests show; default the last day of P. */
  surveyDate?: string;
}

/**
 * RULES 4.2 for month P, computed from the data: the roster as of P, the contact duty of P
 * (RULES 4.1), each cadre's last contact with each enterprise, and in March and April the survey check.
 */
export async function monthlyDigests(
  dataset: Dataset,
  period: string,
  options: MonthlyDigestOptions,
): Promise<MonthlyDigests> {
  const roster = await cadreRoster(dataset, period);
  const history = await contactRecords(dataset, '0000-01', period);
  const month = Number(period.slice(5, 7));
  let survey: DigestSurvey | null = null;
  if (month === 3 || month === 4) {
    survey = await surveyCheck(
      dataset,
      options.surveyDate ?? endOfPeriod(period),
      options.policy,
      options.timeZone ?? CAMPAIGN_TIME_ZONE,
    );
  }
  return buildDigests({
    period,
    rollup: options.rollup,
    comparison: options.comparison,
    duty: contactDuty(period, roster, history),
    lastContacts: lastContacts(history, endOfPeriod(period)),
    survey,
    officeId: options.officeId,
  });
}

/** `cadreId|USCC` → the latest contact date on or before `until`. */
export function lastContacts(records: Iterable<ContactRecord>, until: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const { row } of records) {
    if (row.creditCode === undefined || row.contactedOn > until) continue;
    const key = `${row.cadreId}|${row.creditCode}`;
    const seen = out.get(key);
    if (seen === undefined || row.contactedOn > seen) out.set(key, row.contactedOn);
  }
  return out;
}
