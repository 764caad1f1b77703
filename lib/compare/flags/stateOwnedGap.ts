import { coveredFact, eligibleFact, type FlagContext, registryFact, uninsuredFact } from '../facts.ts';
import type { EnterpriseFigures } from '../figures.ts';
import type { FlagVerdict } from './flagRule.ts';

/** RULES 1.7 STATE_OWNED_GAP (国企员工全员参保): «registry stateOwned and uninsured > 0». */
export function stateOwnedGap(e: EnterpriseFigures, ctx: FlagContext): FlagVerdict {
  const stateOwned = e.registry?.stateOwned === true;
  const fires = stateOwned && e.uninsured !== null && e.uninsured > 0;
  return {
    fires,
    facts: [
      registryFact('stateOwned', stateOwned, ctx),
      eligibleFact(e),
      coveredFact(e, ctx),
      uninsuredFact(e, ctx),
    ],
  };
}
