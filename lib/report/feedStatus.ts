import { localDate } from '../time/calendar.ts';
import { KINDS, type Kind, MONTHLY_KINDS, UNIT_SCOPED_KINDS } from '../model/kinds.ts';
import type { Manifest } from '../snapshots/manifest.ts';
import { monthsBetween, parsePeriod } from '../snapshots/period.ts';
import { UNNAMED_SOURCE } from './labels.ts';
import type { FeedState, FeedStatusRow } from './model.ts';

/**
 * Who sends a county-wide kind when the upload names no unit (DATA-CONTRACT 3: the department in
 * each kind's heading). Kinds with several equal sources (newform) have none.
 */
const DEFAULT_SOURCE: Partial<Record<Kind, string>> = {
  registry: 'market',
  'tax-payroll': 'tax',
  'tax-employers': 'tax',
  insured: 'hrss',
  subsidies: 'finance',
  enforcement: 'enforcement',
  cadres: 'office',
};

export interface FeedStatusOptions {
  /** The campaign time zone (Asia/Shanghai) for receipt dates. */
  timeZone: string;
  /** RULES 0: monthly kinds older than this are ignored (policy payrollMaxAgeMonths). */
  monthlyMaxAgeMonths: number;
  townships: readonly { code: string; name: string }[];
  departments: readonly { code: string; name: string }[];
}

/**
 * RULES 2.5 «the data-feed status of every department»: for each kind and sender, the period in use
 * for P (the latest ≤ P), when it arrived and how old it is. Townships owe survey, activity and
 * contacts each; a county-wide kind nobody sent shows once as missing.
 * `current` must be the current (not replaced) accepted manifests (`Dataset.currentManifests()`).
 */
export function feedStatus(
  current: readonly Manifest[],
  period: string,
  options: FeedStatusOptions,
): FeedStatusRow[] {
  const latest = new Map<string, Manifest>();
  for (const m of current) {
    if (m.status !== 'accepted' || m.period > period) continue;
    const id = `${m.kind}|${m.unit ?? ''}`;
    const seen = latest.get(id);
    if (!seen || m.period > seen.period || (m.period === seen.period && m.receivedAt > seen.receivedAt))
      latest.set(id, m);
  }
  const townshipCodes = options.townships.map((t) => t.code);
  const rows: FeedStatusRow[] = [];
  for (const kind of KINDS) {
    const seenUnits = [...latest.values()].filter((m) => m.kind === kind).map((m) => m.unit);
    const expected: (string | null)[] = UNIT_SCOPED_KINDS.includes(kind)
      ? townshipCodes
      : seenUnits.length
        ? []
        : [null];
    const units = [...new Set([...expected, ...seenUnits])].sort(
      (a, b) => unitOrder(a, townshipCodes) - unitOrder(b, townshipCodes) || cmp(a, b),
    );
    for (const unit of units) {
      const m = latest.get(`${kind}|${unit ?? ''}`);
      rows.push({
        kind,
        unit,
        source: sourceName(kind, unit, options),
        period: m?.period ?? null,
        receivedOn: m ? dateIn(m.receivedAt, options.timeZone) : null,
        monthsOld: m ? monthsBetween(m.period, period) : null,
        state: m ? stateOf(kind, m.period, period, options.monthlyMaxAgeMonths) : 'missing',
      });
    }
  }
  return rows;
}

function stateOf(kind: Kind, used: string, period: string, maxAge: number): FeedState {
  const age = monthsBetween(used, period);
  if (MONTHLY_KINDS.includes(kind) && age > maxAge) return 'stale'; // RULES 0: ignored
  // The survey is due once a year (RULES 3): any survey of the year is up to date.
  if (kind === 'survey') return parsePeriod(used).year === parsePeriod(period).year ? 'current' : 'old';
  return age === 0 ? 'current' : 'old';
}

function sourceName(kind: Kind, unit: string | null, options: FeedStatusOptions): string {
  const code = unit ?? DEFAULT_SOURCE[kind];
  if (code === undefined) return UNNAMED_SOURCE;
  return (
    options.townships.find((t) => t.code === code)?.name ??
    options.departments.find((d) => d.code === code)?.name ??
    code
  );
}

/** null first, then townships in code order, then departments. */
function unitOrder(unit: string | null, townshipCodes: readonly string[]): number {
  if (unit === null) return 0;
  return townshipCodes.includes(unit) ? 1 : 2;
}

function cmp(a: string | null, b: string | null): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** `YYYY-MM-DD` of an instant in a time zone (one cached formatter per zone: lib/time/calendar.ts). */
export function dateIn(instant: string, timeZone: string): string {
  return localDate(instant, timeZone);
}
