import type { Flag } from '../model/comparison.ts';
import type { Kind } from '../model/kinds.ts';
import type { ActivityType } from '../model/rows.ts';
import type { ActivityFigures } from '../rollup/activityTotals.ts';
import type { Metric, MetricValues, RollupResult, Status } from '../rollup/types.ts';

/**
 * The 督查专报 (RULES 2.5) as plain data: everything the XLSX and the HTML show, already computed,
 * so that both renderers only lay it out. Built by `supervisionReportModel`.
 */
export interface SupervisionReportModel {
  /** P, `YYYY-MM`. */
  period: string;
  /** The day the report is issued, `YYYY-MM-DD` (passed in; domain code reads no clock). */
  issuedOn: string;
  /** The `rollup` result of P (RULES 5), townships in rank order. */
  rollup: RollupResult;
  /** The county's year targets (policy `targets`: 11000 new insured, +7 pp, 67% → 70%). */
  targets: ReportTargets;
  /** Each township's completion basis against time progress, rank order (bar chart). */
  progress: TownshipProgress[];
  /** Townships behind time progress (略滞后 and 滞后), rank order, with the metrics behind. */
  lagging: LaggingTownship[];
  /** 统计表 totals Y-01 .. P per township, then `unassigned` (county departments). */
  activity: ActivityLine[];
  /** Target enterprise lists per township (code order), then `unassigned`; townships without any are omitted. */
  targetLists: TownshipTargetList[];
  /** Data-feed status of every department / township and kind. */
  feeds: FeedStatusRow[];
  /** County completion per month of the year up to P, ascending (line chart). */
  trend: TrendPoint[];
}

export interface ReportTargets {
  newInsured: number;
  participationGainPp: number;
  baseConsolidationFrom: number;
  baseConsolidation: number;
}

export interface TownshipProgress {
  code: string;
  name: string;
  rank: number | null;
  status: Status | null;
  score: number | null;
  /** RULES 2.3 basis: c_newInsured, or the weighted completion where there is no new-insured quota. */
  basis: number | null;
}

export interface MetricBehind {
  metric: Metric;
  quota: number;
  actual: number;
  completion: number;
  /** ⌈quota × month / 12⌉: what time progress asks for by now. */
  dueByTimeProgress: number;
  /** dueByTimeProgress − actual (> 0). */
  shortfall: number;
}

export interface LaggingTownship {
  code: string;
  name: string;
  rank: number | null;
  status: 'behind' | 'lagging';
  score: number | null;
  /** The metrics with quota > 0 whose completion is below time progress. */
  behind: MetricBehind[];
}

export interface ActivityLine {
  /** Township code or `unassigned`. */
  unit: string;
  name: string;
  byActivity: Record<ActivityType, ActivityFigures>;
  total: ActivityFigures;
}

export interface TargetEnterprise {
  creditCode: string;
  name: string | null;
  eligibleEmployees: number | null;
  coveredEmployees: number | null;
  uninsured: number | null;
  rate: number | null;
  subsidies12m: number;
  flags: Flag[];
  key: boolean;
  subsidyPrecondition: boolean;
  jointEnforcement: boolean;
}

export interface TownshipTargetList {
  /** Township code or `unassigned`. */
  code: string;
  name: string;
  enterprises: TargetEnterprise[];
}

export type FeedState = 'current' | 'old' | 'stale' | 'missing';

export interface FeedStatusRow {
  kind: Kind;
  /** Township or department code; null for a county-wide upload without one. */
  unit: string | null;
  /** Who sends it, in Chinese (township or department name). */
  source: string;
  /** The period in use for P; null when nothing was received. */
  period: string | null;
  /** Receipt date of that snapshot's current version, `YYYY-MM-DD` in the campaign time zone. */
  receivedOn: string | null;
  /** Months from that period to P. */
  monthsOld: number | null;
  state: FeedState;
}

export interface TrendPoint {
  period: string;
  completion: MetricValues<number | null>;
}
