import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicy } from '../seeds/policy.ts';
import { type MetricValues, loadQuotas } from '../seeds/quotas.ts';
import { SeedError, seedsDir } from '../seeds/seedsDir.ts';
import { loadTownships } from '../seeds/townships.ts';
import { ROLLUP_MESSAGES } from './messages.ts';
import type { ScoringPolicy } from './types.ts';

/** The reference data a rollup of one campaign year scores against. */
export interface RollupSeeds {
  townships: readonly { code: string; name: string }[];
  quotas: ReadonlyMap<string, MetricValues>;
  policy: ScoringPolicy;
}

/**
 * Loads the year's townships, Attachment 2 quotas and scoring policy. A year without a quota file
 * cannot be scored: that is an error naming the year and the file, never a silent zero.
 */
export function rollupSeeds(year: number): RollupSeeds {
  const file = `quotas/${year}.json`;
  if (!existsSync(join(seedsDir(), file))) {
    throw new SeedError(ROLLUP_MESSAGES.quotasMissing(year, file));
  }
  const quotas = loadQuotas(year);
  const policy = loadPolicy(year);
  return {
    townships: loadTownships().map((t) => ({ code: t.code, name: t.name })),
    quotas: quotas.byTownship,
    policy: {
      scoreWeights: policy.scoreWeights,
      completionCap: policy.completionCap,
      behindBand: policy.behindBand,
    },
  };
}
