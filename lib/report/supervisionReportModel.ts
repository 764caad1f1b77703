import type { EnterpriseResult } from '../model/comparison.ts';
import type { UnitActivityTotals } from '../rollup/activityTotals.ts';
import { toNumber } from '../rollup/rational.ts';
import { basis, weightedCompletion } from '../rollup/scoring.ts';
import type { RollupResult, ScoringPolicy } from '../rollup/types.ts';
import { UNASSIGNED } from '../seeds/townships.ts';
import { UNASSIGNED_LABEL } from './labels.ts';
import { laggingTownships } from './laggingTownships.ts';
import type {
  ActivityLine,
  FeedStatusRow,
  ReportTargets,
  SupervisionReportModel,
  TownshipProgress,
  TrendPoint,
} from './model.ts';
import { targetLists } from './targetLists.ts';
import { yearTrend } from './trend.ts';

/** What the report is made of; the caller gathers each part (rollup, comparison, feeds, stored months). */
export interface SupervisionReportParts {
  rollup: RollupResult;
  /** The scoring policy the rollup used (to show each township's basis). */
  policy: ScoringPolicy;
  /** The year's county targets (policy `targets`). */
  targets: ReportTargets;
  /** `YYYY-MM-DD`. */
  issuedOn: string;
  /** `activityTotals(dataset, P, codes)`. */
  activity: readonly UnitActivityTotals[];
  /** The comparison's enterprises as of P (`CompareResult.enterprises`). */
  enterprises: readonly EnterpriseResult[];
  /** `feedStatus(...)`. */
  feeds: readonly FeedStatusRow[];
  /** County completion of earlier months (`trendPoint` of their stored rollups); P's is added. */
  trend: readonly TrendPoint[];
}

export function supervisionReportModel(parts: SupervisionReportParts): SupervisionReportModel {
  const { rollup } = parts;
  const townshipsByCode = [...rollup.townships].sort((a, b) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  );
  const nameOf = (code: string) =>
    code === UNASSIGNED ? UNASSIGNED_LABEL : (rollup.townships.find((t) => t.code === code)?.name ?? code);
  const progress: TownshipProgress[] = rollup.townships.map((t) => {
    const b = basis(t.quota, t.actual, weightedCompletion(t.quota, t.actual, parts.policy));
    return {
      code: t.code,
      name: t.name,
      rank: t.rank,
      status: t.status,
      score: t.score,
      basis: b === null ? null : toNumber(b),
    };
  });
  const activity: ActivityLine[] = parts.activity.map((a) => ({
    unit: a.unit,
    name: nameOf(a.unit),
    byActivity: a.byActivity,
    total: a.total,
  }));
  return {
    period: rollup.period,
    issuedOn: parts.issuedOn,
    rollup,
    targets: { ...parts.targets },
    progress,
    lagging: laggingTownships(rollup),
    activity,
    targetLists: targetLists(
      parts.enterprises,
      townshipsByCode.map((t) => ({ code: t.code, name: t.name })),
    ),
    feeds: [...parts.feeds],
    trend: yearTrend(parts.trend, rollup),
  };
}
