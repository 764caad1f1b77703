/**
 * The cross-department comparison (数据比对), RULES 1: one entry, `compare`, and the types of what it
 * returns. The rules themselves live one per file beside this one (flags under `flags/`).
 */

export type { CompareResult, EnterpriseResult, Flag } from '../model/comparison.ts';
export { compare } from './compare.ts';
export { FLAG_RULES } from './flags/index.ts';
export { townshipOf } from './township.ts';
export type {
  BaseConsolidation,
  BaseRatio,
  Comparison,
  CountyFigures,
  EnterpriseEvidence,
  Fact,
  FactSource,
  FeedEntry,
  FeedSnapshot,
  FlagEvidence,
  ScopeCounts,
  TaxPeriods,
  TownshipSource,
  UninsuredPerson,
} from './types.ts';
