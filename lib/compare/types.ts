/**
 * What the comparison (数据比对, RULES 1) hands to the rollup, the lists and the alerts: the exact
 * `compare` JSON of RULES 5 plus the evidence and breakdowns they need, so nobody recomputes a rule.
 * Everything here is plain JSON (arrays and records), so a Comparison can be stored per period.
 */
import type { CompareResult, Flag } from '../model/comparison.ts';
import type { Kind } from '../model/kinds.ts';

/** Where a figure comes from: a department's upload kind, the comparison itself, or the year's policy. */
export type FactSource = Kind | 'comparison' | 'policy';

/** One figure behind a verdict: «tax-payroll 2023-03 eligibleEmployees = 80». */
export interface Fact {
  source: FactSource;
  /** The period the figure rests on (for a window, its last month); null for policy values and when there is no data. */
  period: string | null;
  /** First month of the window, when the figure sums a window (subsidies, surveys, enforcement). */
  from?: string;
  /** The record's own date, when the fact is one dated record (enforcement). */
  date?: string;
  /** The figure's name: a field of EnterpriseResult, a row field, or a policy key. */
  figure: string;
  value: number | string | boolean | null;
}

/** A fired flag and the figures that fired it. */
export interface FlagEvidence {
  flag: Flag;
  facts: Fact[];
}

/** How the township of an enterprise was found (RULES 1.2, in that order). */
export type TownshipSource = 'registry' | 'address' | 'survey' | 'unassigned';

/** Per enterprise, in the order of `result.enterprises`: why it is on each list. */
export interface EnterpriseEvidence {
  creditCode: string;
  townshipSource: TownshipSource;
  /** The period eligibleEmployees rests on (P_tax, or the survey row's period); null for source `none`. */
  employeesPeriod: string | null;
  /** Registry attributes (false when not in the registry as of P). */
  registered: boolean;
  aboveScale: boolean;
  stateOwned: boolean;
  /** keyTarget of the latest survey row in Y-01..P. */
  keyTarget: boolean;
  /** The fired flags, in FLAGS order. */
  flags: FlagEvidence[];
  /** Why it is a key enterprise (RULES 1.7); null when it is not. */
  key: Fact[] | null;
  /** Why it is on finance's subsidy-precondition list; null when it is not. */
  subsidyPrecondition: Fact[] | null;
  /** Why it is a joint-enforcement candidate; null when it is not. */
  jointEnforcement: Fact[] | null;
}

/** RULES 1.8: one eligible, not covered person of a payroll-sourced enterprise. No full ID is kept. */
export interface UninsuredPerson {
  creditCode: string;
  enterpriseName: string | null;
  township: string;
  /** `330723********123X`. */
  maskedId: string;
  name: string | null;
  /** Qualifying wage income from this employer at P_tax, yuan. */
  income: number;
}

/** RULES 1.9 for one scope: Σ base / Σ clamped mean monthly income. */
export interface BaseRatio {
  /** Persons who qualify. */
  persons: number;
  /** Σ contribution base, yuan a month. */
  numerator: number;
  /** Σ clamp(mean monthly income, lower, upper), yuan a month. */
  denominator: number;
  /** numerator / denominator; null when no one qualifies. */
  ratio: number | null;
}

export interface BaseConsolidation {
  /** The year's base limits used for the clamp (policy), and whether the county bureau confirmed them. */
  lower: number;
  upper: number;
  limitsConfirmed: boolean;
  /** The payroll months read: P−11..P, and those that had data. */
  from: string;
  to: string;
  payrollMonths: string[];
  county: BaseRatio;
  /** Every township in code order, then `unassigned`. */
  townships: Array<BaseRatio & { township: string }>;
  /** Enterprises with at least one qualifying person, by creditCode. */
  enterprises: Array<BaseRatio & { creditCode: string; township: string }>;
}

/** One snapshot a figure rests on. */
export interface FeedSnapshot {
  period: string;
  unit: string | null;
  receivedAt: string;
  /** Months from the snapshot's period to P (0 = P itself). */
  monthsOld: number;
  /** Accepted rows. */
  rows: number;
}

/** What the comparison read of one kind for P (RULES 0), so a reader knows what figures rest on. */
export interface FeedEntry {
  kind: Kind;
  /** asOf: snapshot kinds; latestMonth: monthly kinds (P_tax); window: flow kinds. */
  selection: 'asOf' | 'latestMonth' | 'window';
  /** First month looked at (window kinds); null for asOf and latestMonth. */
  from: string | null;
  to: string;
  /** The snapshots in use (empty when none, or when a monthly kind is ignored as too old). */
  snapshots: FeedSnapshot[];
  /** Monthly kinds: the latest period ≤ P with data, even when ignored; null otherwise. */
  latestPeriod: string | null;
  /** Monthly kinds: latestPeriod is more than policy.payrollMaxAgeMonths before P and is ignored. */
  ignoredAsStale: boolean;
}

/** P_tax in use per monthly kind; null when there is none or it is too old (RULES 0). */
export interface TaxPeriods {
  'tax-payroll': string | null;
  'tax-employers': string | null;
}

/** Counts of one scope (county or township). */
export interface ScopeCounts {
  enterprises: number;
  /** Σ over enterprises whose rate is not null (RULES 1.6). */
  eligibleEmployees: number;
  coveredEmployees: number;
  /** coveredEmployees / eligibleEmployees above; null when that is 0. */
  rate: number | null;
  flags: Record<Flag, number>;
  keyEnterprises: number;
  subsidyPrecondition: number;
  jointEnforcement: number;
  uninsuredPeople: number;
}

export interface CountyFigures extends ScopeCounts {
  /** RULES 1.6 — equal to `rate` and to result.countyRate. */
  countyRate: number | null;
  /** Every township in code order, then `unassigned`. */
  townships: Array<ScopeCounts & { township: string; name: string }>;
}

export interface Comparison {
  period: string;
  /** Exactly the `compare` JSON of RULES 5. */
  result: CompareResult;
  /** Same order as result.enterprises. */
  evidence: EnterpriseEvidence[];
  /** RULES 1.8, by township (code order, `unassigned` last), creditCode, then ID. */
  uninsuredPeople: UninsuredPerson[];
  baseConsolidation: BaseConsolidation;
  /** Every kind, in KINDS order. */
  feedStatus: FeedEntry[];
  taxPeriod: TaxPeriods;
  county: CountyFigures;
}
