import { decimal, lessThan } from '../exact.ts';
import {
  coveredFact,
  eligibleFact,
  type FlagContext,
  policyFact,
  rateFact,
  subsidiesFact,
} from '../facts.ts';
import type { EnterpriseFigures } from '../figures.ts';
import { toFen } from '../money.ts';
import type { FlagVerdict } from './flagRule.ts';

/**
 * RULES 1.7 SUBSIDIZED_LOW_RATE (享受财政奖补多但参保率低): «subsidies12m ≥ 100000 yuan (policy) and
 * rate < 0.80 (policy «minimum rate»)».
 */
export function subsidizedLowRate(e: EnterpriseFigures, ctx: FlagContext): FlagVerdict {
  const { subsidyThreshold, minimumRate } = ctx.policy;
  const fires =
    e.subsidiesFen >= toFen(subsidyThreshold) && e.rate !== null && lessThan(e.rate, decimal(minimumRate));
  return {
    fires,
    facts: [
      subsidiesFact(e, ctx),
      eligibleFact(e),
      coveredFact(e, ctx),
      rateFact(e, ctx),
      policyFact('subsidyThreshold', subsidyThreshold),
      policyFact('minimumRate', minimumRate),
    ],
  };
}
