import { type FlagContext, insuredFigureFact } from '../facts.ts';
import type { EnterpriseFigures } from '../figures.ts';
import type { FlagVerdict } from './flagRule.ts';

/**
 * RULES 1.7 INJURY_GAP (工伤保险法定人员全覆盖): «injuryGap > 0» — persons active in pension with e and
 * not active in injury with e.
 */
export function injuryGap(e: EnterpriseFigures, ctx: FlagContext): FlagVerdict {
  return {
    fires: e.injuryGap > 0,
    facts: [insuredFigureFact('insured', e.insured, ctx), insuredFigureFact('injuryGap', e.injuryGap, ctx)],
  };
}
