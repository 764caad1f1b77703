import type { Metric, MetricValues } from '../seeds/quotas.ts';

export type { Metric, MetricValues };

/**
 * What the rollup needs from the comparison (RULES 1) of the same period. The rollup never runs the
 * comparison itself: the caller passes these in (see `comparisonFacts`), so scoring is testable
 * with hand-built figures.
 */
export interface ComparisonFacts {
  /** Every enterprise of the comparison → its township code or `unassigned` as of P (RULES 1.2). */
  enterpriseTownship: ReadonlyMap<string, string>;
  /** The key enterprises (重点企业, RULES 1.7) as of P. */
  keyEnterprises: ReadonlySet<string>;
  /** County rate (RULES 1.6) as of P. */
  participationRate: number | null;
  /** County rate (RULES 1.6) as of (Y−1)-12. */
  participationRateBaseline: number | null;
  /** County contribution base consolidation (RULES 1.9) as of P. */
  baseConsolidation: number | null;
}

/** RULES 2.1: which baseline the new-insured count used. */
export interface BaselineInfo {
  /** The insured snapshot's period, or null in startDate mode. */
  period: string | null;
  mode: 'snapshot' | 'startDate';
}

/** Township code or `unassigned` → a count. Missing entries are 0. */
export type TownshipTally = ReadonlyMap<string, number>;

/** RULES 2.3 status: 超序时 / 略滞后 / 滞后. */
export type Status = 'ahead' | 'behind' | 'lagging';

/** The weights, cap and band of RULES 2.3 (policy, `seeds/policy/<year>.json`). */
export interface ScoringPolicy {
  scoreWeights: MetricValues;
  completionCap: number;
  behindBand: number;
}

/** Everything `rollup` computes from: plain data, no I/O. */
export interface RollupInput {
  period: string;
  /** The townships, each scored (the 19 of DATA-CONTRACT 2). */
  townships: readonly { code: string; name: string }[];
  /** Attachment 2 quotas per township code; blanks are 0. A township absent here has all quotas 0. */
  quotas: ReadonlyMap<string, MetricValues>;
  policy: ScoringPolicy;
  baseline: BaselineInfo;
  /** Actuals per township code, and under `unassigned` what belongs to none (RULES 2.2). */
  actuals: ReadonlyMap<string, MetricValues>;
  participationRate: number | null;
  participationRateBaseline: number | null;
  baseConsolidation: number | null;
}

/** One township's line of the `rollup` JSON (RULES 5). */
export interface TownshipRollup {
  code: string;
  name: string;
  quota: MetricValues;
  actual: MetricValues;
  /** null where the quota is 0 (RULES 2.3). */
  completion: MetricValues<number | null>;
  /** Rounded half up to one decimal; null only when the township has no quota at all. */
  score: number | null;
  status: Status | null;
  rank: number | null;
}

export interface CountyRollup {
  quota: MetricValues;
  actual: MetricValues;
  completion: MetricValues<number | null>;
  participationRate: number | null;
  participationRateBaseline: number | null;
  participationRateGainPp: number | null;
  baseConsolidation: number | null;
}

/** Exactly the `rollup` JSON of RULES 5. */
export interface RollupResult {
  period: string;
  timeProgress: number;
  baseline: BaselineInfo;
  /** In rank order, then code. */
  townships: TownshipRollup[];
  unassigned: MetricValues;
  county: CountyRollup;
}
