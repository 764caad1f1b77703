/**
 * Monthly rollup Lambda, called by EventBridge Scheduler on the 1st of each month at 08:00
 * Asia/Shanghai: compares the month just ended (or `{ "period": "YYYY-MM" }` from the event) and writes
 * each township's target lists, scores it, writes the 督查专报, then sends each cadre's digest. Every
 * step is idempotent, so the scheduler's retry of a failed run recomputes the same result and sends
 * nothing already delivered.
 */
import middy from '@middy/core';
import { z } from 'zod';
import { previousPeriod } from '../lib/time/zone.ts';
import { runDigest } from '../lib/workflow/runDigest.ts';
import { runCompare } from '../lib/workflow/runCompare.ts';
import { runRollup } from '../lib/workflow/runRollup.ts';
import { loadDataset } from '../lib/snapshots/storedDataset.ts';
import { awsWorkflowEnv } from './workflowEnv.ts';

const rollupEvent = z
  .object({ period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional() })
  .passthrough()
  .nullish();

export async function monthlyRollup(event: unknown) {
  const input = rollupEvent.parse(event);
  const env = awsWorkflowEnv();
  const period = input?.period ?? previousPeriod(env.now(), env.timeZone);
  const dataset = await loadDataset(env.table, env.objects);
  // One dataset for all steps: the comparison computed for the lists is the one the rollup scores.
  const { lists } = await runCompare(env, period, dataset);
  const { rollup, reports } = await runRollup(env, period, dataset);
  const { delivery } = await runDigest(env, period, { send: true, dataset });
  const summary = { period, townships: rollup.townships.length, lists: lists.length, reports, delivery: delivery && { sent: delivery.sent, skipped: delivery.skipped, failed: delivery.failed } };
  console.log(JSON.stringify({ msg: 'rollup done', ...summary }));
  if (delivery && delivery.failed > 0) throw new Error(`${delivery.failed} alerts failed; the retry sends only those`);
  return summary;
}

export const handler = middy().handler(monthlyRollup);
