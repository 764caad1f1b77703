import { lessThan } from '../exact.ts';
import {
  countyRateFact,
  coveredFact,
  eligibleFact,
  type FlagContext,
  rateFact,
  registryFact,
} from '../facts.ts';
import type { EnterpriseFigures } from '../figures.ts';
import type { FlagVerdict } from './flagRule.ts';

/** RULES 1.7 ABOVE_SCALE_LOW_RATE (规上企业示范带头): «registry aboveScale and rate < county rate». */
export function aboveScaleLowRate(e: EnterpriseFigures, ctx: FlagContext): FlagVerdict {
  const aboveScale = e.registry?.aboveScale === true;
  const fires = aboveScale && e.rate !== null && ctx.countyRate !== null && lessThan(e.rate, ctx.countyRate);
  return {
    fires,
    facts: [
      registryFact('aboveScale', aboveScale, ctx),
      eligibleFact(e),
      coveredFact(e, ctx),
      rateFact(e, ctx),
      countyRateFact(ctx),
    ],
  };
}
