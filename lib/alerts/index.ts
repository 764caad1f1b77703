/** Cadre alerts (包保, RULES 4): contact duty, monthly digests, delivery exactly once, subscriptions. */
export { alertId } from './alertId.ts';
export {
  type Assignment,
  type CadreDuty,
  type ContactDutyResult,
  type ContactRecord,
  cadreRoster,
  contactDuty,
  contactRecords,
} from './contactDuty.ts';
export {
  type DeliverOptions,
  type DeliveryOutcome,
  type DeliverySummary,
  DEFAULT_LEASE_MS,
  deliver,
} from './deliver.ts';
export { type DigestInput, type DigestSurvey, buildDigests, digestAlerts } from './digest.ts';
export type * from './digestTypes.ts';
export {
  ALERT_PARTITION_PREFIX,
  AlertLedger,
  type DeliveryState,
  type LedgerEntry,
  ledgerKey,
} from './ledger.ts';
export { type MonthlyDigestOptions, lastContacts, monthlyDigests } from './monthlyDigests.ts';
export { SnsSubscriptions, cadreFilterPolicy } from './snsSubscriptions.ts';
export {
  type CurrentSubscription,
  type DesiredSubscription,
  type ReconcilePlan,
  type ReconcileReport,
  type SubscriptionDirectory,
  desiredSubscriptions,
  planReconcile,
  reconcileSubscriptions,
} from './subscriptions.ts';
export { ABOUT_COUNTY, ABOUT_MONTHLY, ALERT_KINDS, type Alert, type AlertKind } from './types.ts';
