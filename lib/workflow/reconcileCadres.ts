import {
  type ReconcileReport,
  type SubscriptionDirectory,
  cadreRoster,
  desiredSubscriptions,
  reconcileSubscriptions,
} from '../alerts/index.ts';
import type { Dataset } from '../snapshots/dataset.ts';

/**
 * Brings the alert subscriptions in line with the newest cadres roster (issue: a new or changed
 * roster reconciles the subscriptions): mobile → SMS where the region offers SNS SMS, e-mail → e-mail,
 * a cadre removed from the roster loses them.
 */
export async function reconcileCadres(
  dataset: Dataset,
  directory: SubscriptionDirectory,
  options: { smsAvailable: boolean; office?: { cadreId: string; email?: string } },
): Promise<ReconcileReport> {
  const periods = dataset
    .currentManifests()
    .filter((m) => m.kind === 'cadres')
    .map((m) => m.period)
    .sort();
  const latest = periods.at(-1) ?? '';
  const roster = latest ? await cadreRoster(dataset, latest) : [];
  return reconcileSubscriptions(directory, desiredSubscriptions(roster, options));
}
