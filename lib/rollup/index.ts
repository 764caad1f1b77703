/** The monthly rollup (RULES 2): each township against its Attachment 2 quota. */
export type {
  BaselineInfo,
  ComparisonFacts,
  CountyRollup,
  Metric,
  MetricValues,
  RollupInput,
  RollupResult,
  ScoringPolicy,
  Status,
  TownshipRollup,
  TownshipTally,
} from './types.ts';
export { rollup } from './rollup.ts';
export { gatherRollupInput, rollupFromDataset } from './gather.ts';
export { type RollupSeeds, rollupSeeds } from './seeds.ts';
export { comparisonFacts } from './facts.ts';
export { type Baseline, baselineLimit, loadBaseline } from './baseline.ts';
export { newInsured, countNewInsured } from './newInsured.ts';
export { coveredEnterprises } from './coveredEnterprises.ts';
export { keyEnterprises } from './keyEnterprises.ts';
export { ruralOutreach } from './ruralOutreach.ts';
export {
  type ActivityFigures,
  type UnitActivityTotals,
  activityTotals,
  sumActivity,
} from './activityTotals.ts';
export { countingSpan, type CountingSpan } from './span.ts';
