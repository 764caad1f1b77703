import { ENV } from '../lib/config/names.ts';
import { loadDataset } from '../lib/snapshots/storedDataset.ts';
import type { ObjectStore, Table } from '../lib/storage/ports.ts';
import { DEFAULT_OFFICE_CADRE_ID } from '../lib/workflow/env.ts';
import { reconcileCadres } from '../lib/workflow/reconcileCadres.ts';
import { smsAvailable, subscriptionDirectory } from './workflowEnv.ts';

/** After a cadres roster is accepted: reconcile the alert topic's subscriptions with it. */
export async function afterCadresAccepted(storage: { table: Table; objects: ObjectStore }): Promise<void> {
  const dataset = await loadDataset(storage.table, storage.objects);
  const officeEmail = process.env[ENV.officeEmail];
  const report = await reconcileCadres(dataset, subscriptionDirectory(), {
    smsAvailable: smsAvailable(),
    office: { cadreId: process.env[ENV.officeCadreId] || DEFAULT_OFFICE_CADRE_ID, ...(officeEmail ? { email: officeEmail } : {}) },
  });
  // Counts only: endpoints are personal data.
  console.log(JSON.stringify({ msg: 'subscriptions reconciled', ...summary(report) }));
}

function summary(report: object): Record<string, number> {
  return Object.fromEntries(
    Object.entries(report).filter(([, v]) => Array.isArray(v) || typeof v === 'number').map(([k, v]) => [k, Array.isArray(v) ? v.length : v]),
  );
}
