import type { Kind } from '../model/kinds.ts';
import type { RowOf } from '../model/rows.ts';
import type { Manifest } from './manifest.ts';
import { unitedRows } from './unitedRows.ts';
import { currentVersions, selectFlow, selectMonthlyAsOf, selectSnapshotAsOf } from './selection.ts';

/** One snapshot the rules may read: its manifest and a re-iterable stream of its rows. */
export interface SnapshotData<R> {
  manifest: Manifest;
  rows(): AsyncIterable<R>;
}

/** Reads the rows of an accepted upload (from the curated store, or from memory in tests). */
export type RowLoader = (manifest: Manifest) => AsyncIterable<unknown>;

/**
 * The data the rules see, selected as RULES 0 says. Built from manifests plus a row loader, so the
 * same selection serves the cloud, the laptop and the tests.
 */
export class Dataset {
  private readonly current: Manifest[];
  private readonly remembered = new Map<string, Promise<unknown>>();

  constructor(
    /** Every manifest received (accepted or not), for history and feed status. */
    readonly manifests: readonly Manifest[],
    private readonly load: RowLoader,
    /** The instant the data is seen at (RULES 3.1), or undefined for "everything received". */
    readonly receivedBy?: string,
  ) {
    this.current = currentVersions(manifests, receivedBy);
  }

  /** The data as it stood at an instant: later receipts do not exist. */
  asReceivedBy(instant: string): Dataset {
    return new Dataset(
      this.manifests.filter((m) => m.receivedAt <= instant),
      this.load,
      instant,
    );
  }

  /**
   * A fact derived from this data, computed once per Dataset: the monthly run compares P, compares
   * (Y−1)-12 and scores, and these steps would otherwise read the same snapshots again for the same
   * fact. The key names the fact and everything it depends on.
   */
  remember<T>(key: string, compute: () => Promise<T>): Promise<T> {
    let fact = this.remembered.get(key) as Promise<T> | undefined;
    if (!fact) {
      fact = compute();
      this.remembered.set(key, fact);
      // A failed computation is not remembered: a retry computes again.
      fact.catch(() => this.remembered.delete(key));
    }
    return fact;
  }

  /** Current (not replaced) accepted snapshots. */
  currentManifests(): readonly Manifest[] {
    return this.current;
  }

  /** Snapshot kinds as of P, per unit, in receipt order (RULES 0). */
  snapshotAsOf<K extends Kind>(kind: K, period: string): SnapshotData<RowOf[K]>[] {
    return selectSnapshotAsOf(this.current, kind, period).map((m) => this.data<K>(m));
  }

  /** Snapshot kinds as of P, the units' rows united: where two units list the same key, the later receipt wins. */
  unitedAsOf<K extends Kind>(kind: K, period: string): AsyncIterable<RowOf[K]> {
    return unitedRows(kind, this.snapshotAsOf(kind, period));
  }

  /** Monthly kinds as of P: the latest period ≤ P with data, unless older than `maxAgeMonths`. */
  monthlyAsOf<K extends Kind>(
    kind: K,
    period: string,
    maxAgeMonths: number,
  ): { period: string; snapshots: SnapshotData<RowOf[K]>[] } | null {
    const hit = selectMonthlyAsOf(this.current, kind, period, maxAgeMonths);
    return hit && { period: hit.period, snapshots: hit.manifests.map((m) => this.data<K>(m)) };
  }

  /** Flow kinds: the current snapshots whose period lies in [from, to]. */
  flow<K extends Kind>(kind: K, from: string, to: string): SnapshotData<RowOf[K]>[] {
    return selectFlow(this.current, kind, from, to).map((m) => this.data<K>(m));
  }

  private data<K extends Kind>(manifest: Manifest): SnapshotData<RowOf[K]> {
    return { manifest, rows: () => this.load(manifest) as AsyncIterable<RowOf[K]> };
  }
}
