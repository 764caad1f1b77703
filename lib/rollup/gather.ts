import type { MetricValues } from '../seeds/quotas.ts';
import type { Dataset } from '../snapshots/dataset.ts';
import { parsePeriod } from '../snapshots/period.ts';
import { zeroMetrics } from './county.ts';
import { coveredEnterprises } from './coveredEnterprises.ts';
import { keyEnterprises } from './keyEnterprises.ts';
import { newInsured } from './newInsured.ts';
import { rollup } from './rollup.ts';
import { ruralOutreach } from './ruralOutreach.ts';
import { type RollupSeeds, rollupSeeds } from './seeds.ts';
import type { ComparisonFacts, RollupInput, RollupResult } from './types.ts';

/**
 * Reads the actuals of RULES 2.2 from the dataset for period P and pairs them with the year's
 * quotas and policy (loaded from `seeds/` unless given) and the comparison's facts.
 */
export async function gatherRollupInput(
  dataset: Dataset,
  period: string,
  facts: ComparisonFacts,
  seeds: RollupSeeds = rollupSeeds(parsePeriod(period).year),
): Promise<RollupInput> {
  const codes = new Set(seeds.townships.map((t) => t.code));
  const [insured, covered, key, rural] = await Promise.all([
    newInsured(dataset, period, facts, codes),
    coveredEnterprises(dataset, period, facts, codes),
    keyEnterprises(dataset, period, facts, codes),
    ruralOutreach(dataset, period, codes),
  ]);
  const actuals = new Map<string, MetricValues>();
  const put = (tally: ReadonlyMap<string, number>, metric: keyof MetricValues) => {
    for (const [code, count] of tally) {
      const values = actuals.get(code) ?? zeroMetrics();
      values[metric] = count;
      actuals.set(code, values);
    }
  };
  put(insured.tally, 'newInsured');
  put(covered, 'coveredEnterprises');
  put(key, 'keyEnterprises');
  put(rural, 'ruralOutreach');
  return {
    period,
    townships: seeds.townships,
    quotas: seeds.quotas,
    policy: seeds.policy,
    baseline: insured.baseline,
    actuals,
    participationRate: facts.participationRate,
    participationRateBaseline: facts.participationRateBaseline,
    baseConsolidation: facts.baseConsolidation,
  };
}

/** Gathers and scores in one call: the `rollup --period P` result. */
export async function rollupFromDataset(
  dataset: Dataset,
  period: string,
  facts: ComparisonFacts,
  seeds?: RollupSeeds,
): Promise<RollupResult> {
  return rollup(await gatherRollupInput(dataset, period, facts, seeds));
}
