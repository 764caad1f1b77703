import type { ComparisonFacts, MetricValues } from '../../lib/rollup/index.ts';

/** Township codes of DATA-CONTRACT 2 used in the tests. */
export const T = {
  kfq: '330723-KFQ',
  baiyang: '330723001000',
  shuxi: '330723003000',
  lütan: '330723101000',
  tongqin: '330723102000',
  quanxi: '330723103000',
  wangzhai: '330723105000',
  datian: '330723200000',
  baimu: '330723201000',
} as const;

/** Valid USCCs (GB 32100 check characters), one per test enterprise. */
export const E = {
  e1: '914403001922038216',
  e2: '9144030071526726XG',
  e3: '91350200MA2YJ1XR9G',
  e4: '91330723MA2DGH5L0B',
  e5: '91330723MA2DGH6L7N',
} as const;

export function metrics(
  newInsured: number,
  coveredEnterprises: number,
  keyEnterprises: number,
  ruralOutreach: number,
): MetricValues {
  return { newInsured, coveredEnterprises, keyEnterprises, ruralOutreach };
}

export function facts(
  partial: Partial<ComparisonFacts> & { townships?: Record<string, string> },
): ComparisonFacts {
  return {
    enterpriseTownship: partial.enterpriseTownship ?? new Map(Object.entries(partial.townships ?? {})),
    keyEnterprises: partial.keyEnterprises ?? new Set(),
    participationRate: partial.participationRate ?? null,
    participationRateBaseline: partial.participationRateBaseline ?? null,
    baseConsolidation: partial.baseConsolidation ?? null,
  };
}

/** A valid resident ID (GB 11643) born on `birth` (YYYYMMDD) with sequence `seq` (3 digits). */
export function residentId(birth: string, seq: number): string {
  const body = `330723${birth}${String(seq).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}
