import { METRICS, type MetricValues } from '../seeds/quotas.ts';
import { fromDecimal, mul, ratio, sub, toNumber } from './rational.ts';
import { completions } from './scoring.ts';
import type { CountyRollup } from './types.ts';

export function zeroMetrics(): MetricValues {
  return { newInsured: 0, coveredEnterprises: 0, keyEnterprises: 0, ruralOutreach: 0 };
}

export function sumMetrics(values: Iterable<MetricValues>): MetricValues {
  const sum = zeroMetrics();
  for (const v of values) for (const m of METRICS) sum[m] += v[m];
  return sum;
}

/**
 * RULES 2.4 (and 2.3's last sentence): the county sums the townships' quotas and every actual,
 * `unassigned` included; its completion is actual sum / quota sum, unrounded.
 */
export function countyRollup(
  quotas: Iterable<MetricValues>,
  actualsWithUnassigned: Iterable<MetricValues>,
  rates: {
    participationRate: number | null;
    participationRateBaseline: number | null;
    baseConsolidation: number | null;
  },
): CountyRollup {
  const quota = sumMetrics(quotas);
  const actual = sumMetrics(actualsWithUnassigned);
  return {
    quota,
    actual,
    completion: completions(actual, quota),
    participationRate: rates.participationRate,
    participationRateBaseline: rates.participationRateBaseline,
    participationRateGainPp: gainInPercentagePoints(rates.participationRate, rates.participationRateBaseline),
    baseConsolidation: rates.baseConsolidation,
  };
}

/** (rate − baseline) × 100, computed on the decimals so that 0.82 − 0.75 gives 7, not 7.000000000000006. */
export function gainInPercentagePoints(rate: number | null, baseline: number | null): number | null {
  if (rate === null || baseline === null) return null;
  return toNumber(mul(sub(fromDecimal(rate), fromDecimal(baseline)), ratio(100)));
}
