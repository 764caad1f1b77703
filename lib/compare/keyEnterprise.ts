import type { Flag } from '../model/comparison.ts';
import type { FlagContext } from './facts.ts';
import type { EnterpriseFigures } from './figures.ts';
import type { Fact, FlagEvidence } from './types.ts';

/** The flags that make an enterprise a key enterprise (RULES 1.7). */
const KEY_FLAGS: ReadonlySet<Flag> = new Set([
  'LARGE_LOW_RATE',
  'SUBSIDIZED_LOW_RATE',
  'ABOVE_SCALE_LOW_RATE',
  'STATE_OWNED_GAP',
]);

/**
 * RULES 1.7 Key enterprise (重点企业): «LARGE_LOW_RATE, SUBSIDIZED_LOW_RATE, ABOVE_SCALE_LOW_RATE or
 * STATE_OWNED_GAP, or keyTarget = yes in its latest survey row in Y-01..P.» The reasons, or null.
 */
export function keyEnterprise(
  e: EnterpriseFigures,
  flags: readonly FlagEvidence[],
  ctx: FlagContext,
): Fact[] | null {
  const facts: Fact[] = flags
    .filter(({ flag }) => KEY_FLAGS.has(flag))
    .map(({ flag }) => ({ source: 'comparison', period: ctx.feeds.period, figure: 'flag', value: flag }));
  if (e.survey?.keyTarget)
    facts.push({ source: 'survey', period: e.survey.period, figure: 'keyTarget', value: true });
  return facts.length > 0 ? facts : null;
}
