import { type FlagContext, insuredFigureFact } from '../facts.ts';
import type { EnterpriseFigures } from '../figures.ts';
import type { FlagVerdict } from './flagRule.ts';

/**
 * RULES 1.7 NEWFORM_NO_INJURY (新业态…参加工伤保险): «in newform as of P with workers > 0, and no one
 * active in injury with employer e».
 */
export function newformNoInjury(e: EnterpriseFigures, ctx: FlagContext): FlagVerdict {
  const workers = e.newform?.workers ?? null;
  const fires = workers !== null && workers > 0 && e.injuryInsured === 0;
  return {
    fires,
    facts: [
      { source: 'newform', period: ctx.feeds.newform, figure: 'workers', value: workers },
      insuredFigureFact('injuryInsured', e.injuryInsured, ctx),
    ],
  };
}
