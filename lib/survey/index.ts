/** The survey deadline check (入企调查, RULES 3): its result, its alerts. */
export { type SurveyAction, type SurveyPolicy, surveyAction } from './action.ts';
export { endOfDayInstant, localDate } from '../time/calendar.ts';
export { type SurveyAlertOptions, runSurveyCheck, surveyAlerts } from './surveyAlerts.ts';
export {
  type SurveyCheckResult,
  type SurveyTownshipStatus,
  datasetAtEndOf,
  surveyCheck,
} from './surveyCheck.ts';
