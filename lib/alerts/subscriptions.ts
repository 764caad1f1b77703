/**
 * Who receives the alerts: the SNS topic's SMS and e-mail subscriptions, kept in line with the
 * cadres roster. Every alert carries the cadre's id as a message attribute (CADRE_ATTRIBUTE); each
 * subscription's filter policy `{"cadreId":[…]}` lets through only the alerts of its cadre(s).
 *
 * SNS holds one subscription per (protocol, endpoint) on a topic, so an endpoint shared by several
 * cadres (a shared office mailbox) is one subscription whose filter lists all of them. A filter that
 * changes is updated in place: unsubscribing and subscribing again would make an e-mail recipient
 * confirm again. Endpoints (phone numbers, e-mail addresses) are never logged or returned in errors.
 */
import type { CadreRow } from '../model/rows.ts';
import { scrubError } from './scrub.ts';

export type Protocol = 'sms' | 'email';

/** A subscription as the topic holds it. */
export interface CurrentSubscription {
  /** `PendingConfirmation` while an e-mail recipient has not confirmed yet. */
  arn: string;
  protocol: string;
  endpoint: string;
  /** The cadre ids of its filter policy; undefined when it has no filter on the cadre attribute. */
  cadreIds?: string[];
  /** Awaiting confirmation (cannot be changed; SNS drops it if never confirmed). */
  pending: boolean;
}

export interface DesiredSubscription {
  protocol: Protocol;
  endpoint: string;
  /** Sorted, distinct. */
  cadreIds: string[];
}

/** The port in front of the topic's subscriptions (SNS: `snsSubscriptions.ts`). */
export interface SubscriptionDirectory {
  list(): Promise<CurrentSubscription[]>;
  subscribe(subscription: DesiredSubscription): Promise<void>;
  /** Replaces the cadre filter of a confirmed subscription. */
  setCadres(arn: string, cadreIds: string[]): Promise<void>;
  unsubscribe(arn: string): Promise<void>;
}

export const PENDING_CONFIRMATION = 'PendingConfirmation';

/** An SMS endpoint as SNS wants it (E.164): a mainland mobile `13812345678` → `+8613812345678`. */
export function smsEndpoint(mobile: string): string {
  const digits = mobile.replace(/[\s-]/g, '');
  if (/^\+\d+$/.test(digits)) return digits;
  if (/^86\d{11}$/.test(digits)) return `+${digits}`;
  return `+86${digits}`;
}

/** Endpoints compare case-insensitively for e-mail (what a person types varies), exactly for SMS. */
function endpointKey(protocol: string, endpoint: string): string {
  return `${protocol}|${protocol === 'email' ? endpoint.trim().toLowerCase() : endpoint.trim()}`;
}

/**
 * Desired subscriptions: for each cadre of the roster, its mobile (SMS, only where SNS offers SMS)
 * and its e-mail, plus the office's endpoints under its pseudo-cadre id.
 */
export function desiredSubscriptions(
  roster: readonly Pick<CadreRow, 'cadreId' | 'mobile' | 'email'>[],
  options: { smsAvailable: boolean; office?: { cadreId: string; mobile?: string; email?: string } },
): DesiredSubscription[] {
  const byEndpoint = new Map<string, DesiredSubscription>();
  const add = (protocol: Protocol, endpoint: string, cadreId: string) => {
    const key = endpointKey(protocol, endpoint);
    const seen = byEndpoint.get(key) ?? { protocol, endpoint, cadreIds: [] };
    if (!seen.cadreIds.includes(cadreId)) seen.cadreIds.push(cadreId);
    byEndpoint.set(key, seen);
  };
  const people = options.office === undefined ? roster : [...roster, options.office];
  for (const person of people) {
    if (person.mobile !== undefined && person.mobile !== '' && options.smsAvailable)
      add('sms', smsEndpoint(person.mobile), person.cadreId);
    if (person.email !== undefined && person.email !== '') add('email', person.email.trim(), person.cadreId);
  }
  const out = [...byEndpoint.values()].map((d) => ({ ...d, cadreIds: [...d.cadreIds].sort() }));
  return out.sort((a, b) =>
    compare(endpointKey(a.protocol, a.endpoint), endpointKey(b.protocol, b.endpoint)),
  );
}

export interface ReconcilePlan {
  add: DesiredSubscription[];
  keep: CurrentSubscription[];
  /** Confirmed subscriptions whose cadre filter must change. */
  update: { subscription: CurrentSubscription; cadreIds: string[] }[];
  remove: CurrentSubscription[];
  /**
   * Awaiting confirmation: left alone (not re-subscribed, which would send another confirmation
   * e-mail every run; not removable while SNS shows no ARN for them).
   */
  awaitingConfirmation: CurrentSubscription[];
}

/**
 * What to change so that the topic's SMS and e-mail subscriptions are exactly the desired ones.
 * Other protocols (queues, functions, HTTPS) are not the roster's business and are never touched.
 * An SMS or e-mail subscription without a cadre filter would receive every cadre's alerts: removed.
 * Pure.
 */
export function planReconcile(
  desired: readonly DesiredSubscription[],
  current: readonly CurrentSubscription[],
): ReconcilePlan {
  const plan: ReconcilePlan = { add: [], keep: [], update: [], remove: [], awaitingConfirmation: [] };
  const wanted = new Map(desired.map((d) => [endpointKey(d.protocol, d.endpoint), d]));
  const matched = new Set<string>();
  for (const sub of current) {
    if (sub.protocol !== 'sms' && sub.protocol !== 'email') continue;
    const key = endpointKey(sub.protocol, sub.endpoint);
    const want = wanted.get(key);
    if (sub.pending) {
      if (want !== undefined) matched.add(key);
      if (want === undefined && sub.arn !== PENDING_CONFIRMATION) plan.remove.push(sub);
      else plan.awaitingConfirmation.push(sub);
      continue;
    }
    if (want === undefined || matched.has(key)) {
      plan.remove.push(sub); // not in the roster, or a second subscription of the same endpoint
      continue;
    }
    matched.add(key);
    if (sameIds(sub.cadreIds, want.cadreIds)) plan.keep.push(sub);
    else plan.update.push({ subscription: sub, cadreIds: want.cadreIds });
  }
  for (const [key, want] of wanted) if (!matched.has(key)) plan.add.push(want);
  return plan;
}

function sameIds(a: readonly string[] | undefined, b: readonly string[]): boolean {
  if (a === undefined || a.length !== b.length) return false;
  const sorted = [...a].sort();
  return sorted.every((id, i) => id === b[i]);
}

export interface ReconcileReport {
  added: number;
  kept: number;
  updated: number;
  removed: number;
  awaitingConfirmation: number;
  /** Changes that failed (no endpoint in them, only the cadres and protocol it concerned). */
  failures: { action: 'add' | 'update' | 'remove'; protocol: string; cadreIds: string[]; error: string }[];
}

/**
 * Applies the plan: removals first (an endpoint that moved to another cadre is updated, but one that
 * was removed and re-added elsewhere must be gone before SNS accepts it again), then updates, then
 * additions. A failing change does not stop the others; it is reported.
 */
export async function reconcileSubscriptions(
  directory: SubscriptionDirectory,
  desired: readonly DesiredSubscription[],
): Promise<ReconcileReport> {
  const plan = planReconcile(desired, await directory.list());
  const report: ReconcileReport = {
    added: 0,
    kept: plan.keep.length,
    updated: 0,
    removed: 0,
    awaitingConfirmation: plan.awaitingConfirmation.length,
    failures: [],
  };
  const attempt = async (
    action: 'add' | 'update' | 'remove',
    protocol: string,
    cadreIds: string[],
    task: () => Promise<void>,
  ) => {
    try {
      await task();
      if (action === 'add') report.added++;
      else if (action === 'update') report.updated++;
      else report.removed++;
    } catch (error) {
      report.failures.push({ action, protocol, cadreIds, error: scrubError(error) });
    }
  };
  for (const sub of plan.remove)
    await attempt('remove', sub.protocol, sub.cadreIds ?? [], () => directory.unsubscribe(sub.arn));
  for (const u of plan.update) {
    await attempt('update', u.subscription.protocol, u.cadreIds, () =>
      directory.setCadres(u.subscription.arn, u.cadreIds),
    );
  }
  for (const d of plan.add) await attempt('add', d.protocol, d.cadreIds, () => directory.subscribe(d));
  return report;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
