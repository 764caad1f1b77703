import { CAMPAIGN_TIME_ZONE } from '../config/names.ts';
import type { Dataset } from '../snapshots/dataset.ts';
import { formatPeriod } from '../snapshots/period.ts';
import { loadTownships } from '../seeds/townships.ts';
import { type SurveyAction, type SurveyPolicy, surveyAction } from './action.ts';
import { assertIsoDate, daysBetween, endOfDayInstant } from '../time/calendar.ts';
import { activeRegistry, surveyCoverage } from './coverage.ts';
import { surveySubmissions } from './submission.ts';

/** One township's line of the `survey-check` JSON (RULES 5). */
export interface SurveyTownshipStatus {
  code: string;
  name: string;
  submitted: boolean;
  /** `YYYY-MM-DD` in the campaign's zone, or null when not submitted. */
  submittedOn: string | null;
  late: boolean;
  /** Fraction, not rounded; null when not submitted or no active registry enterprise. */
  coverage: number | null;
  action: SurveyAction;
}

/** Exactly the `survey-check` JSON of RULES 5. */
export interface SurveyCheckResult {
  date: string;
  year: number;
  deadline: string;
  daysLeft: number;
  /** All townships, in code order. */
  townships: SurveyTownshipStatus[];
}

/** RULES 3.1: the data as it stood at the end of `date` in `timeZone`; later receipts do not exist. */
export function datasetAtEndOf(dataset: Dataset, date: string, timeZone: string): Dataset {
  return dataset.asReceivedBy(endOfDayInstant(date, timeZone));
}

/**
 * The survey deadline check (入企调查, RULES 3) on date D (`YYYY-MM-DD`, in `timeZone`).
 * `policy` is the campaign year's policy (`loadPolicy(year(D))`).
 */
export async function surveyCheck(
  dataset: Dataset,
  date: string,
  policy: SurveyPolicy,
  timeZone: string = CAMPAIGN_TIME_ZONE,
): Promise<SurveyCheckResult> {
  assertIsoDate(date);
  const year = Number(date.slice(0, 4));
  const deadline = `${year}-${policy.surveyDeadline}`;
  assertIsoDate(deadline);
  const daysLeft = daysBetween(date, deadline);

  const seen = datasetAtEndOf(dataset, date, timeZone);
  const submissions = surveySubmissions(seen.currentManifests(), seen.manifests, year, timeZone);
  const registry = await activeRegistry(seen, formatPeriod(year, Number(date.slice(5, 7))));

  const townships: SurveyTownshipStatus[] = [];
  for (const { code, name } of loadTownships()) {
    const submittedOn = submissions.get(code) ?? null;
    const submitted = submittedOn !== null;
    townships.push({
      code,
      name,
      submitted,
      submittedOn,
      late: submittedOn !== null && submittedOn > deadline,
      coverage: await surveyCoverage(seen, year, code, submitted, registry),
      action: surveyAction(submitted, daysLeft, policy),
    });
  }
  return { date, year, deadline, daysLeft, townships };
}
