import { decimal, lessThan } from './exact.ts';
import { type FlagContext, policyFact, rateFact, subsidiesFact } from './facts.ts';
import type { EnterpriseFigures } from './figures.ts';
import type { Fact, FlagEvidence } from './types.ts';

/**
 * RULES 1.7 Subsidy precondition (财政补助前置条件): «subsidies12m > 0 and (rate < minimum rate, or
 * OPERATING_NO_INSURED)» — the list finance uses to reduce or cancel subsidies. The reasons, or null.
 */
export function subsidyPrecondition(
  e: EnterpriseFigures,
  flags: readonly FlagEvidence[],
  ctx: FlagContext,
): Fact[] | null {
  if (e.subsidiesFen <= 0) return null;
  const facts: Fact[] = [subsidiesFact(e, ctx)];
  const { minimumRate } = ctx.policy;
  const lowRate = e.rate !== null && lessThan(e.rate, decimal(minimumRate));
  if (lowRate) facts.push(rateFact(e, ctx), policyFact('minimumRate', minimumRate));
  const noInsured = flags.some(({ flag }) => flag === 'OPERATING_NO_INSURED');
  if (noInsured)
    facts.push({
      source: 'comparison',
      period: ctx.feeds.period,
      figure: 'flag',
      value: 'OPERATING_NO_INSURED',
    });
  return lowRate || noInsured ? facts : null;
}
