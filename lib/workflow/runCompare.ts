import { compare } from '../compare/index.ts';
import type { Comparison } from '../compare/types.ts';
import { DATA_PREFIX } from '../config/names.ts';
import { targetListWorkbooks } from '../lists/targetLists.ts';
import { loadPolicy } from '../seeds/policy.ts';
import type { Dataset } from '../snapshots/dataset.ts';
import { parsePeriod } from '../snapshots/period.ts';
import { loadDataset } from '../snapshots/storedDataset.ts';
import type { WorkflowEnv } from './env.ts';
import { inputsFingerprint, reuseOrCompute, withPolicy } from './resultStore.ts';

export interface CompareRun {
  comparison: Comparison;
  /** Where the lists were written (relative paths locally, s3:// URIs in the cloud). */
  lists: string[];
}

/**
 * The comparison of P (RULES 1), stored, reused while the uploads and the policy are unchanged.
 * `policyYear` is the campaign year whose policy applies: the rollup of Y also compares (Y−1)-12
 * (RULES 2.4), under Y's policy — there is no policy file for the year before the campaign.
 */
export async function comparisonOf(
  env: WorkflowEnv,
  dataset: Dataset,
  period: string,
  policyYear: number = parsePeriod(period).year,
): Promise<{ comparison: Comparison; reused: boolean }> {
  const policy = loadPolicy(policyYear);
  const fingerprint = withPolicy(inputsFingerprint(dataset, period), policy);
  // Remembered by the dataset: the monthly run writes the lists and then scores with the same comparison.
  return dataset.remember(`comparison|${period}|${fingerprint}`, async () => {
    const { value, reused } = await reuseOrCompute(env.objects, 'compare', period, fingerprint, env.now(), () =>
      compare(dataset, period, policy),
    );
    return { comparison: value, reused };
  });
}

/** `compare --period P`: the comparison, and the lists people work from written per township. */
export async function runCompare(env: WorkflowEnv, period: string, dataset?: Dataset): Promise<CompareRun> {
  const data = dataset ?? (await loadDataset(env.table, env.objects));
  const { comparison } = await comparisonOf(env, data, period);
  const lists: string[] = [];
  for (const workbook of await targetListWorkbooks(comparison)) {
    const key = `${DATA_PREFIX.reports}${period}/lists/${workbook.fileName}`;
    await env.objects.put(key, workbook.bytes, {
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    lists.push(env.objects.locate(key));
  }
  return { comparison, lists };
}
