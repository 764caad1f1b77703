import { decimal, lessThan, minus } from '../exact.ts';
import {
  countyRateFact,
  coveredFact,
  eligibleFact,
  type FlagContext,
  policyFact,
  rateFact,
} from '../facts.ts';
import type { EnterpriseFigures } from '../figures.ts';
import type { FlagVerdict } from './flagRule.ts';

/**
 * RULES 1.7 LARGE_LOW_RATE (用工规模大…参保率低): «eligibleEmployees ≥ 50 (policy) and rate < county
 * rate − 0.10 (policy)» — exactly: a rate equal to county rate − 0.10 does not fire.
 */
export function largeLowRate(e: EnterpriseFigures, ctx: FlagContext): FlagVerdict {
  const { largeEnterpriseEmployees, lowRateMargin } = ctx.policy;
  const fires =
    e.eligibleEmployees !== null &&
    e.eligibleEmployees >= largeEnterpriseEmployees &&
    e.rate !== null &&
    ctx.countyRate !== null &&
    lessThan(e.rate, minus(ctx.countyRate, decimal(lowRateMargin)));
  return {
    fires,
    facts: [
      eligibleFact(e),
      coveredFact(e, ctx),
      rateFact(e, ctx),
      countyRateFact(ctx),
      policyFact('largeEnterpriseEmployees', largeEnterpriseEmployees),
      policyFact('lowRateMargin', lowRateMargin),
    ],
  };
}
