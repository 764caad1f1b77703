import { METRICS, type MetricValues } from '../seeds/quotas.ts';
import { parsePeriod } from '../snapshots/period.ts';
import {
  type Rational,
  ZERO,
  add,
  compare,
  div,
  fromDecimal,
  isZero,
  min,
  mul,
  ratio,
  roundHalfUp,
} from './rational.ts';
import type { ScoringPolicy } from './types.ts';

/** RULES 2.3: time progress tp = month(P) / 12. */
export function timeProgress(period: string): Rational {
  return ratio(parsePeriod(period).month, 12);
}

/** RULES 2.3: cₘ = actual / quota; null where the quota is 0 (a blank in Attachment 2). */
export function completionRatio(actual: number, quota: number): Rational | null {
  return quota > 0 ? ratio(actual, quota) : null;
}

/** The same, as output: unrounded, null where the quota is 0. */
export function completion(actual: number, quota: number): number | null {
  return quota > 0 ? actual / quota : null;
}

export function completions(actual: MetricValues, quota: MetricValues): MetricValues<number | null> {
  return {
    newInsured: completion(actual.newInsured, quota.newInsured),
    coveredEnterprises: completion(actual.coveredEnterprises, quota.coveredEnterprises),
    keyEnterprises: completion(actual.keyEnterprises, quota.keyEnterprises),
    ruralOutreach: completion(actual.ruralOutreach, quota.ruralOutreach),
  };
}

/**
 * RULES 2.3: Σ wₘ·min(cₘ, cap) / Σ wₘ over the metrics with quota > 0 — exact. Null when no metric
 * with a quota carries weight (nothing to score).
 */
export function weightedCompletion(
  quota: MetricValues,
  actual: MetricValues,
  policy: ScoringPolicy,
): Rational | null {
  const cap = fromDecimal(policy.completionCap);
  let weighted = ZERO;
  let weights = ZERO;
  for (const metric of METRICS) {
    const c = completionRatio(actual[metric], quota[metric]);
    if (c === null) continue; // RULES 2.3: a blank quota is left out of the score
    const w = fromDecimal(policy.scoreWeights[metric]);
    weighted = add(weighted, mul(w, min(c, cap)));
    weights = add(weights, w);
  }
  return isZero(weights) ? null : div(weighted, weights);
}

/** RULES 2.3: score = 100 × the weighted completion, rounded half up to one decimal. */
export function score(weighted: Rational | null): number | null {
  return weighted === null ? null : roundHalfUp(mul(ratio(100), weighted), 1);
}

/**
 * RULES 2.3: the basis of status and rank — c_newInsured when that quota is > 0 (uncapped), else the
 * weighted completion (townships whose only quota is 进农村, such as 大田乡).
 */
export function basis(quota: MetricValues, actual: MetricValues, weighted: Rational | null): Rational | null {
  return completionRatio(actual.newInsured, quota.newInsured) ?? weighted;
}

export interface TownshipScore {
  score: number | null;
  basis: Rational | null;
}

export function scoreTownship(
  quota: MetricValues,
  actual: MetricValues,
  policy: ScoringPolicy,
): TownshipScore {
  const weighted = weightedCompletion(quota, actual, policy);
  return { score: score(weighted), basis: basis(quota, actual, weighted) };
}

/** For sorting: exact comparison, null last. */
export function compareBasis(a: Rational | null, b: Rational | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return compare(a, b);
}
