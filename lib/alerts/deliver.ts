import type { Notifier, OutgoingAlert, Table } from '../storage/ports.ts';
import { AlertLedger } from './ledger.ts';
import { scrubError } from './scrub.ts';

/** How long a run may take to send one alert before another run may take it over (a crashed run). */
export const DEFAULT_LEASE_MS = 5 * 60_000;

export interface DeliverOptions {
  table: Table;
  notifier: Notifier;
  /** The clock, passed in (a fixed instant, or a function read at each claim and mark). */
  now: Date | (() => Date);
  leaseMs?: number;
}

export type DeliveryOutcome =
  | 'sent'
  /** Recorded as delivered by an earlier (or a concurrent) run: not sent again. */
  | 'already-delivered'
  /** Another run is sending it right now (live lease): left to that run. */
  | 'in-progress'
  /** The notifier threw; recorded as failed, retried by the next run. */
  | 'failed';

export interface DeliverySummary {
  sent: number;
  /** already-delivered + in-progress. */
  skipped: number;
  failed: number;
  outcomes: { alertId: string; cadreId: string; outcome: DeliveryOutcome; error?: string }[];
}

/**
 * Exactly once to a person (RULES 4.3). For each alert: claim it in the ledger (conditional put),
 * send, record delivered — or failed, with the error text scrubbed of personal data. Re-running sends
 * nothing already delivered; a failed alert is retried by every run until delivered, then never
 * again; two concurrent runs cannot both send one alert, because only one conditional claim succeeds.
 *
 * The one gap no ledger can close: a run that dies after the notifier accepted an alert and before the
 * ledger recorded it leaves a `sending` entry, which the next run takes over once the lease has
 * expired — and sends again. Keep the lease well above a send's duration (default 5 minutes).
 * A storage error while recording a delivery propagates (the run fails loudly); the same gap applies.
 */
export async function deliver(
  alerts: readonly OutgoingAlert[],
  options: DeliverOptions,
): Promise<DeliverySummary> {
  const ledger = new AlertLedger(options.table);
  const clock = typeof options.now === 'function' ? options.now : () => options.now as Date;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const summary: DeliverySummary = { sent: 0, skipped: 0, failed: 0, outcomes: [] };
  const done = new Set<string>();

  for (const alert of alerts) {
    if (done.has(alert.alertId)) continue; // the same alert twice in one batch goes out once
    done.add(alert.alertId);
    const record = (outcome: DeliveryOutcome, error?: string) => {
      if (outcome === 'sent') summary.sent++;
      else if (outcome === 'failed') summary.failed++;
      else summary.skipped++;
      summary.outcomes.push({
        alertId: alert.alertId,
        cadreId: alert.cadreId,
        outcome,
        ...(error === undefined ? {} : { error }),
      });
    };

    const claimed = await ledger.claim(alert, clock(), leaseMs);
    if (claimed.outcome === 'delivered') {
      record('already-delivered');
      continue;
    }
    if (claimed.outcome === 'busy') {
      record('in-progress');
      continue;
    }
    try {
      await options.notifier.send(alert);
    } catch (error) {
      const text = scrubError(error);
      await ledger.markFailed(claimed.claim, clock(), text);
      record('failed', text);
      continue;
    }
    // False only when this run outlived its lease and another run took over; it was sent either way.
    await ledger.markDelivered(claimed.claim, clock());
    record('sent');
  }
  return summary;
}
