import type { Flag } from '../model/comparison.ts';
import type { EnforcementMeasure } from '../model/rows.ts';
import type { FlagContext } from './facts.ts';
import type { EnterpriseFigures } from './figures.ts';
import type { EnforcementRecord } from './sources/enforcement.ts';
import type { Fact, FlagEvidence } from './types.ts';

/** RULES 1.7: the measures that count as reminding an enterprise. */
const REMINDERS: ReadonlySet<EnforcementMeasure> = new Set(['提醒', '约谈', '整改通知']);
/** RULES 1.7: «at least 2 enforcement records» of those measures — the plan's «多次提醒». */
export const REMINDERS_BEFORE_JOINT_ENFORCEMENT = 2;
const JOINT_ENFORCEMENT: EnforcementMeasure = '联合执法';
/** The flags that still show the enterprise has not put things right. */
const STILL_FLAGGED: ReadonlySet<Flag> = new Set([
  'OPERATING_NO_INSURED',
  'LARGE_LOW_RATE',
  'SUBSIDIZED_LOW_RATE',
]);

/**
 * RULES 1.7 Joint enforcement candidate (多次提醒拒不整改 → 联合执法): «at least 2 enforcement records
 * of measure 提醒, 约谈 or 整改通知 dated in Y-01-01..end(P); still OPERATING_NO_INSURED, LARGE_LOW_RATE
 * or SUBSIDIZED_LOW_RATE as of P; and no 联合执法 record in that span.» The reasons, or null.
 */
export function jointEnforcement(
  e: EnterpriseFigures,
  flags: readonly FlagEvidence[],
  ctx: FlagContext,
): Fact[] | null {
  const reminders = e.enforcement.filter((r) => REMINDERS.has(r.measure));
  if (reminders.length < REMINDERS_BEFORE_JOINT_ENFORCEMENT) return null;
  if (e.enforcement.some((r) => r.measure === JOINT_ENFORCEMENT)) return null;
  const still = flags.filter(({ flag }) => STILL_FLAGGED.has(flag));
  if (still.length === 0) return null;
  return [
    ...reminders.map(recordFact),
    ...still.map(
      ({ flag }): Fact => ({ source: 'comparison', period: ctx.feeds.period, figure: 'flag', value: flag }),
    ),
  ];
}

function recordFact(record: EnforcementRecord): Fact {
  return {
    source: 'enforcement',
    period: record.period,
    date: record.actedOn,
    figure: 'measure',
    value: record.measure,
  };
}
