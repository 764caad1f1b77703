import type { FlagContext } from '../facts.ts';
import type { EnterpriseFigures } from '../figures.ts';
import type { Fact } from '../types.ts';

/** Whether a flag fires for an enterprise, and the figures it was judged on. */
export interface FlagVerdict {
  fires: boolean;
  facts: Fact[];
}

/** A flag of RULES 1.7: a pure function of the enterprise's figures, the county rate and the policy. */
export type FlagRule = (e: EnterpriseFigures, ctx: FlagContext) => FlagVerdict;
