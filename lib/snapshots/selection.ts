import type { Kind } from '../model/kinds.ts';
import { type Manifest, byReceipt, snapshotId } from './manifest.ts';
import { monthsBetween } from './period.ts';

/**
 * Which uploads the rules see (RULES 0, DATA-CONTRACT §1). Pure functions over manifests.
 */

/**
 * The current version of every snapshot: the newest accepted receipt of each (kind, period, unit).
 * A replaced version is invisible to every rule. With `receivedBy` (an ISO instant), uploads received
 * later do not exist (RULES 3.1: the data as it stood then).
 */
export function currentVersions(manifests: readonly Manifest[], receivedBy?: string): Manifest[] {
  const newest = new Map<string, Manifest>();
  for (const m of manifests) {
    if (m.status !== 'accepted') continue;
    if (receivedBy !== undefined && m.receivedAt > receivedBy) continue;
    const id = snapshotId(m);
    const seen = newest.get(id);
    if (!seen || byReceipt(seen, m) < 0) newest.set(id, m);
  }
  return [...newest.values()].sort(byReceipt);
}

/**
 * Snapshot kinds "as of P": per unit, the latest snapshot with period ≤ P; the units' snapshots are
 * returned in receipt order so that a caller uniting them lets the later receipt win.
 */
export function selectSnapshotAsOf(current: readonly Manifest[], kind: Kind, period: string): Manifest[] {
  const perUnit = new Map<string, Manifest>();
  for (const m of current) {
    if (m.kind !== kind || m.period > period) continue;
    const unit = m.unit ?? '';
    const seen = perUnit.get(unit);
    if (!seen || m.period > seen.period) perUnit.set(unit, m);
  }
  return [...perUnit.values()].sort(byReceipt);
}

/**
 * Monthly kinds "as of P": the latest period ≤ P with data (P_tax), all units of it; null when there
 * is none or it is more than `maxAgeMonths` before P.
 */
export function selectMonthlyAsOf(
  current: readonly Manifest[],
  kind: Kind,
  period: string,
  maxAgeMonths: number,
): { period: string; manifests: Manifest[] } | null {
  let latest: string | undefined;
  for (const m of current) {
    if (m.kind === kind && m.period <= period && (latest === undefined || m.period > latest)) latest = m.period;
  }
  if (latest === undefined || monthsBetween(latest, period) > maxAgeMonths) return null;
  return { period: latest, manifests: current.filter((m) => m.kind === kind && m.period === latest) };
}

/** Flow kinds: every current snapshot whose period lies in [from, to], in receipt order. */
export function selectFlow(current: readonly Manifest[], kind: Kind, from: string, to: string): Manifest[] {
  return current.filter((m) => m.kind === kind && m.period >= from && m.period <= to);
}
