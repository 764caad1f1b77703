import { type DeliverySummary, deliver, digestAlerts, monthlyDigests } from '../alerts/index.ts';
import type { Alert } from '../alerts/types.ts';
import type { RollupResult } from '../rollup/types.ts';
import { loadPolicy } from '../seeds/policy.ts';
import type { Dataset } from '../snapshots/dataset.ts';
import { parsePeriod } from '../snapshots/period.ts';
import { loadDataset } from '../snapshots/storedDataset.ts';
import type { WorkflowEnv } from './env.ts';
import { comparisonOf } from './runCompare.ts';
import { inputsFingerprint, loadResult } from './resultStore.ts';
import { runRollup } from './runRollup.ts';

export interface DigestRun {
  alerts: Alert[];
  delivery?: DeliverySummary;
}

/**
 * The cadre digests of month P (RULES 4), built from the stored rollup and comparison of P (the rollup
 * runs first when its stored result is missing or older than the uploads).
 */
export async function runDigest(env: WorkflowEnv, period: string, options: { send: boolean; dataset?: Dataset }): Promise<DigestRun> {
  const dataset = options.dataset ?? (await loadDataset(env.table, env.objects));
  const stored = await loadResult<RollupResult>(env.objects, 'rollup', period);
  const rollup =
    stored?.fingerprint === inputsFingerprint(dataset, period) ? stored.value : (await runRollup(env, period, dataset)).rollup;
  const { comparison } = await comparisonOf(env, dataset, period);
  const digests = await monthlyDigests(dataset, period, {
    rollup,
    comparison: comparison.result,
    officeId: env.officeCadreId,
    policy: loadPolicy(parsePeriod(period).year),
    timeZone: env.timeZone,
  });
  const alerts = digestAlerts(digests);
  if (!options.send) return { alerts };
  return { alerts, delivery: await deliver(alerts, { table: env.table, notifier: env.notifier, now: env.now }) };
}
