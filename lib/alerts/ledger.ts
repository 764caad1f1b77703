/**
 * The alert ledger (RULES 4.3, ARCHITECTURE: "the alert ledger in the table"): one item per alert,
 * written only with conditional puts, so that at most one run at a time may send an alert and an
 * alert recorded as delivered is never sent again.
 *
 * Layout: pk `ALERT#<cadreId>`, sk `<alertId>` — a clerk lists everything sent to one cadre with one
 * query. Attributes: `state` (`sending` | `delivered` | `failed`), `revision` (incremented by every
 * write; the optimistic lock), `attempts`, `leaseUntil` (while sending), `deliveredAt`, `lastError`
 * (scrubbed of personal data), `kind`, `subject`, timestamps. The message texts are not stored.
 *
 *   (none) ──claim (ifNotExists)──▶ sending ──sent──▶ delivered
 *                                     │  ▲
 *                           send threw│  │claim (ifMatch revision) when failed,
 *                                     ▼  │or when a crashed run's lease has expired
 *                                   failed
 */
import type { Item, Table } from '../storage/ports.ts';
import type { OutgoingAlert } from '../storage/ports.ts';
import { idPart } from './alertId.ts';

export const ALERT_PARTITION_PREFIX = 'ALERT#';

export type DeliveryState = 'sending' | 'delivered' | 'failed';

export interface LedgerEntry {
  pk: string;
  sk: string;
  alertId: string;
  cadreId: string;
  kind?: string;
  subject: string;
  state: DeliveryState;
  revision: number;
  attempts: number;
  /** ISO instant until which the run that claimed it may send (state `sending`). */
  leaseUntil?: string;
  firstClaimedAt: string;
  updatedAt: string;
  deliveredAt?: string;
  lastError?: string;
}

export function ledgerKey(alert: Pick<OutgoingAlert, 'alertId' | 'cadreId'>): { pk: string; sk: string } {
  return { pk: `${ALERT_PARTITION_PREFIX}${idPart(alert.cadreId)}`, sk: alert.alertId };
}

/** A run's right to send one alert: the entry as this run wrote it. */
export interface Claim {
  entry: LedgerEntry;
}

export type ClaimOutcome =
  | { outcome: 'claimed'; claim: Claim }
  | { outcome: 'delivered' }
  /** Another run holds a live lease on it. */
  | { outcome: 'busy' };

/** How many times a claim re-reads after losing a race before it leaves the alert to the winner. */
const CLAIM_ROUNDS = 3;

export class AlertLedger {
  constructor(private readonly table: Table) {}

  async read(alert: Pick<OutgoingAlert, 'alertId' | 'cadreId'>): Promise<LedgerEntry | undefined> {
    const { pk, sk } = ledgerKey(alert);
    const item = await this.table.get(pk, sk);
    return item === undefined ? undefined : (item as unknown as LedgerEntry);
  }

  /** Everything recorded for one cadre, in alert-id order. */
  async history(cadreId: string): Promise<LedgerEntry[]> {
    const items = await this.table.query(`${ALERT_PARTITION_PREFIX}${idPart(cadreId)}`);
    return items as unknown as LedgerEntry[];
  }

  /**
   * Takes the right to send: creates the entry when there is none (ifNotExists), or takes over a
   * `failed` entry or a `sending` one whose lease has expired (ifMatch on its revision). Two runs
   * racing for the same alert: exactly one conditional put succeeds.
   */
  async claim(alert: OutgoingAlert & { kind?: string }, now: Date, leaseMs: number): Promise<ClaimOutcome> {
    const at = now.toISOString();
    const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
    for (let round = 0; round < CLAIM_ROUNDS; round++) {
      const current = await this.read(alert);
      if (current === undefined) {
        const entry: LedgerEntry = {
          ...ledgerKey(alert),
          alertId: alert.alertId,
          cadreId: alert.cadreId,
          ...(alert.kind === undefined ? {} : { kind: alert.kind }),
          subject: alert.subject,
          state: 'sending',
          revision: 1,
          attempts: 1,
          leaseUntil,
          firstClaimedAt: at,
          updatedAt: at,
        };
        if (await this.table.put(asItem(entry), { ifNotExists: true }))
          return { outcome: 'claimed', claim: { entry } };
        continue;
      }
      if (current.state === 'delivered') return { outcome: 'delivered' };
      if (
        current.state === 'sending' &&
        current.leaseUntil !== undefined &&
        Date.parse(current.leaseUntil) > now.getTime()
      ) {
        return { outcome: 'busy' };
      }
      const { deliveredAt: _d, ...rest } = current;
      const entry: LedgerEntry = {
        ...rest,
        state: 'sending',
        revision: current.revision + 1,
        attempts: current.attempts + 1,
        leaseUntil,
        updatedAt: at,
      };
      if (await this.table.put(asItem(entry), { ifMatch: { revision: current.revision } })) {
        return { outcome: 'claimed', claim: { entry } };
      }
    }
    return { outcome: 'busy' };
  }

  /** Records the delivery. False when the claim was lost meanwhile (its lease expired and another run took over). */
  async markDelivered(claim: Claim, now: Date): Promise<boolean> {
    const { leaseUntil: _l, lastError: _e, ...rest } = claim.entry;
    const entry: LedgerEntry = {
      ...rest,
      state: 'delivered',
      revision: claim.entry.revision + 1,
      deliveredAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    return this.table.put(asItem(entry), { ifMatch: { revision: claim.entry.revision } });
  }

  /** Records a failed attempt; the next run retries it. `error` must already be scrubbed. */
  async markFailed(claim: Claim, now: Date, error: string): Promise<boolean> {
    const { leaseUntil: _l, ...rest } = claim.entry;
    const entry: LedgerEntry = {
      ...rest,
      state: 'failed',
      revision: claim.entry.revision + 1,
      lastError: error,
      updatedAt: now.toISOString(),
    };
    return this.table.put(asItem(entry), { ifMatch: { revision: claim.entry.revision } });
  }
}

function asItem(entry: LedgerEntry): Item {
  return { ...entry };
}
