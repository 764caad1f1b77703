import { coveredFact, eligibleFact, type FlagContext, operatingFacts } from '../facts.ts';
import type { EnterpriseFigures } from '../figures.ts';
import type { FlagVerdict } from './flagRule.ts';

/** RULES 1.7 OPERATING_NO_INSURED (正常经营无人参保): «operating, eligibleEmployees > 0, coveredEmployees = 0». */
export function operatingNoInsured(e: EnterpriseFigures, ctx: FlagContext): FlagVerdict {
  const fires =
    e.operating && e.eligibleEmployees !== null && e.eligibleEmployees > 0 && e.coveredEmployees === 0;
  return { fires, facts: [...operatingFacts(e, ctx), eligibleFact(e), coveredFact(e, ctx)] };
}
