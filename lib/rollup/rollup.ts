import { countyRollup, sumMetrics, zeroMetrics } from './county.ts';
import { rankTownships } from './ranking.ts';
import { toNumber } from './rational.ts';
import { completions, scoreTownship, timeProgress } from './scoring.ts';
import { townshipStatus } from './status.ts';
import type { RollupInput, RollupResult, TownshipRollup } from './types.ts';

/**
 * RULES 2: each township against its Attachment 2 quota as of P — completion, score, status, rank —
 * and the county figures. Pure: every figure comes in through `input`.
 */
export function rollup(input: RollupInput): RollupResult {
  const tp = timeProgress(input.period);
  const scored = input.townships.map((t) => {
    const quota = { ...(input.quotas.get(t.code) ?? zeroMetrics()) };
    const actual = { ...(input.actuals.get(t.code) ?? zeroMetrics()) };
    const { score, basis } = scoreTownship(quota, actual, input.policy);
    return { code: t.code, name: t.name, quota, actual, score, basis };
  });
  const townships: TownshipRollup[] = rankTownships(scored).map(({ item, rank }) => ({
    code: item.code,
    name: item.name,
    quota: item.quota,
    actual: item.actual,
    completion: completions(item.actual, item.quota),
    score: item.score,
    status: townshipStatus(item.basis, tp, input.policy.behindBand),
    rank,
  }));
  // Whatever is not one of the scored townships counts under `unassigned` (RULES 2.2).
  const scoredCodes = new Set(input.townships.map((t) => t.code));
  const unassigned = sumMetrics(
    [...input.actuals].filter(([code]) => !scoredCodes.has(code)).map(([, v]) => v),
  );
  return {
    period: input.period,
    timeProgress: toNumber(tp),
    baseline: { ...input.baseline },
    townships,
    unassigned,
    county: countyRollup(
      townships.map((t) => t.quota),
      [...townships.map((t) => t.actual), unassigned],
      input,
    ),
  };
}
