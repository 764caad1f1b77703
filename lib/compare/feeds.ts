import { KINDS, type Kind, MONTHLY_KINDS, SNAPSHOT_KINDS } from '../model/kinds.ts';
import type { RowOf } from '../model/rows.ts';
import type { Policy } from '../seeds/policy.ts';
import type { Dataset, SnapshotData } from '../snapshots/dataset.ts';
import { monthsBetween } from '../snapshots/period.ts';
import type { FeedEntry } from './types.ts';
import type { ComparisonWindow } from './window.ts';

/** The snapshots of one kind that count for P (RULES 0), and how they were chosen. */
export interface Feed<K extends Kind> {
  kind: K;
  selection: FeedEntry['selection'];
  from: string | null;
  to: string;
  snapshots: SnapshotData<RowOf[K]>[];
  latestPeriod: string | null;
  ignoredAsStale: boolean;
}

export type Feeds = { [K in Kind]: Feed<K> };

/**
 * RULES 0, per kind: snapshot kinds as of P; monthly kinds at P_tax unless it is more than
 * policy.payrollMaxAgeMonths before P; flow kinds over the months their rules name — subsidies the 12
 * months ending P, the others (surveys, enforcement, and for the rollup activity and contacts) Y-01..P.
 */
export function selectFeeds(dataset: Dataset, window: ComparisonWindow, policy: Policy): Feeds {
  const feeds: Partial<Record<Kind, Feed<Kind>>> = {};
  for (const kind of KINDS) feeds[kind] = selectFeed(dataset, kind, window, policy);
  return feeds as Feeds;
}

function selectFeed<K extends Kind>(
  dataset: Dataset,
  kind: K,
  window: ComparisonWindow,
  policy: Policy,
): Feed<K> {
  const { period } = window;
  if (SNAPSHOT_KINDS.includes(kind)) {
    const snapshots = dataset.snapshotAsOf(kind, period);
    return {
      kind,
      selection: 'asOf',
      from: null,
      to: period,
      snapshots,
      latestPeriod: null,
      ignoredAsStale: false,
    };
  }
  if (MONTHLY_KINDS.includes(kind)) {
    const latest = dataset.monthlyAsOf(kind, period, Number.POSITIVE_INFINITY);
    const stale = latest !== null && monthsBetween(latest.period, period) > policy.payrollMaxAgeMonths;
    return {
      kind,
      selection: 'latestMonth',
      from: null,
      to: period,
      snapshots: latest && !stale ? latest.snapshots : [],
      latestPeriod: latest?.period ?? null,
      ignoredAsStale: stale,
    };
  }
  const from = kind === 'subsidies' ? window.twelveMonthsFrom : window.yearStart;
  const snapshots = dataset.flow(kind, from, period);
  return {
    kind,
    selection: 'window',
    from,
    to: period,
    snapshots,
    latestPeriod: null,
    ignoredAsStale: false,
  };
}

/** P_tax of a monthly kind in use; null when none or too old. */
export function periodInUse(feed: Feed<Kind>): string | null {
  return feed.snapshots.length > 0 && !feed.ignoredAsStale ? feed.latestPeriod : null;
}

/** The latest period among an as-of kind's snapshots (units may be at different periods). */
export function latestPeriodOf(feed: Feed<Kind>): string | null {
  let latest: string | null = null;
  for (const { manifest } of feed.snapshots)
    if (latest === null || manifest.period > latest) latest = manifest.period;
  return latest;
}

/** What each kind's figures rest on, for every kind in KINDS order. */
export function feedStatus(feeds: Feeds, period: string): FeedEntry[] {
  return KINDS.map((kind) => {
    const feed: Feed<Kind> = feeds[kind];
    return {
      kind,
      selection: feed.selection,
      from: feed.from,
      to: feed.to,
      snapshots: feed.snapshots.map(({ manifest }) => ({
        period: manifest.period,
        unit: manifest.unit,
        receivedAt: manifest.receivedAt,
        monthsOld: monthsBetween(manifest.period, period),
        rows: manifest.accepted,
      })),
      latestPeriod: feed.latestPeriod,
      ignoredAsStale: feed.ignoredAsStale,
    };
  });
}
