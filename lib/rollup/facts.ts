import type { CompareResult } from '../model/comparison.ts';
import type { ComparisonFacts } from './types.ts';

/**
 * The rollup's facts from the comparison of P and of (Y−1)-12 (RULES 2.4: the participation rate
 * as of P and as of the baseline month) and the county base consolidation of P (RULES 1.9).
 */
export function comparisonFacts(
  atPeriod: CompareResult,
  atBaseline: Pick<CompareResult, 'countyRate'> | null,
  baseConsolidation: number | null,
): ComparisonFacts {
  return {
    enterpriseTownship: new Map(atPeriod.enterprises.map((e) => [e.creditCode, e.township])),
    keyEnterprises: new Set(atPeriod.enterprises.filter((e) => e.key).map((e) => e.creditCode)),
    participationRate: atPeriod.countyRate,
    participationRateBaseline: atBaseline?.countyRate ?? null,
    baseConsolidation,
  };
}
