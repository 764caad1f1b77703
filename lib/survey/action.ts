import type { Policy } from '../seeds/policy.ts';

export type SurveyAction = 'remind' | 'overdue' | 'none';

/** The policy values the survey check uses (`seeds/policy/<year>.json`). */
export type SurveyPolicy = Pick<Policy, 'surveyDeadline' | 'surveyRemindDaysLeft' | 'surveyOverdueEveryDays'>;

/**
 * RULES 3.4: on or before the deadline, `remind` when not submitted and daysLeft is one of the
 * policy's days (7, 3, 0); after it, `overdue` when not submitted and D is 1, 1+k, 1+2k … days past
 * the deadline (k = 7); otherwise `none`.
 */
export function surveyAction(submitted: boolean, daysLeft: number, policy: SurveyPolicy): SurveyAction {
  if (submitted) return 'none';
  if (daysLeft >= 0) return policy.surveyRemindDaysLeft.includes(daysLeft) ? 'remind' : 'none';
  const daysPast = -daysLeft;
  return (daysPast - 1) % policy.surveyOverdueEveryDays === 0 ? 'overdue' : 'none';
}
