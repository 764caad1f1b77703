import { type DeliverySummary, deliver } from '../alerts/index.ts';
import type { Alert } from '../alerts/types.ts';
import { loadPolicy } from '../seeds/policy.ts';
import { loadDataset } from '../snapshots/storedDataset.ts';
import { type SurveyCheckResult, runSurveyCheck as checkSurveys } from '../survey/index.ts';
import type { WorkflowEnv } from './env.ts';

export interface SurveyCheckRun {
  result: SurveyCheckResult;
  alerts: Alert[];
  /** Present when the alerts were delivered. */
  delivery?: DeliverySummary;
}

/** The survey deadline as it stood at the end of `date` (RULES 3), and its reminders delivered once. */
export async function runSurveyCheck(env: WorkflowEnv, date: string, options: { send: boolean }): Promise<SurveyCheckRun> {
  const dataset = await loadDataset(env.table, env.objects);
  const policy = loadPolicy(Number(date.slice(0, 4)));
  const { result, alerts } = await checkSurveys(dataset, date, policy, { officeId: env.officeCadreId, timeZone: env.timeZone });
  if (!options.send) return { result, alerts };
  const delivery = await deliver(alerts, { table: env.table, notifier: env.notifier, now: env.now });
  return { result, alerts, delivery };
}
