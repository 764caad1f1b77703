import { FLAGS, type Flag } from '../../model/comparison.ts';
import type { FlagContext } from '../facts.ts';
import type { EnterpriseFigures } from '../figures.ts';
import type { FlagEvidence } from '../types.ts';
import { aboveScaleLowRate } from './aboveScaleLowRate.ts';
import type { FlagRule } from './flagRule.ts';
import { injuryGap } from './injuryGap.ts';
import { largeLowRate } from './largeLowRate.ts';
import { newformNoInjury } from './newformNoInjury.ts';
import { operatingNoInsured } from './operatingNoInsured.ts';
import { stateOwnedGap } from './stateOwnedGap.ts';
import { subsidizedLowRate } from './subsidizedLowRate.ts';

/** RULES 1.7: the flags, in the order of the table (= FLAGS). */
export const FLAG_RULES: Readonly<Record<Flag, FlagRule>> = {
  OPERATING_NO_INSURED: operatingNoInsured,
  LARGE_LOW_RATE: largeLowRate,
  SUBSIDIZED_LOW_RATE: subsidizedLowRate,
  ABOVE_SCALE_LOW_RATE: aboveScaleLowRate,
  STATE_OWNED_GAP: stateOwnedGap,
  NEWFORM_NO_INJURY: newformNoInjury,
  INJURY_GAP: injuryGap,
};

/** The flags an enterprise has, in table order, each with the figures that fired it. */
export function flagsOf(e: EnterpriseFigures, ctx: FlagContext): FlagEvidence[] {
  const fired: FlagEvidence[] = [];
  for (const flag of FLAGS) {
    const verdict = FLAG_RULES[flag](e, ctx);
    if (verdict.fires) fired.push({ flag, facts: verdict.facts });
  }
  return fired;
}

export type { FlagRule, FlagVerdict } from './flagRule.ts';
