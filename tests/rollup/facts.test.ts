import { describe, expect, it } from 'vitest';
import type { EnterpriseResult } from '../../lib/model/comparison.ts';
import { comparisonFacts } from '../../lib/rollup/index.ts';
import { E, T } from './helpers.ts';

function enterprise(creditCode: string, township: string, key: boolean): EnterpriseResult {
  return {
    creditCode,
    name: null,
    township,
    eligibleEmployees: 10,
    employeesSource: 'payroll',
    insured: 5,
    coveredEmployees: 5,
    uninsured: 5,
    rate: 0.5,
    injuryGap: 0,
    subsidies12m: 0,
    operating: true,
    flags: key ? ['LARGE_LOW_RATE'] : [],
    key,
    subsidyPrecondition: false,
    jointEnforcement: false,
  };
}

describe('comparisonFacts', () => {
  it('takes township, key enterprises and county rates from the comparisons of P and (Y−1)-12', () => {
    const f = comparisonFacts(
      {
        period: '2023-03',
        countyRate: 0.8,
        enterprises: [enterprise(E.e1, T.tongqin, true), enterprise(E.e2, 'unassigned', false)],
      },
      { countyRate: 0.74 },
      0.69,
    );
    expect(Object.fromEntries(f.enterpriseTownship)).toEqual({ [E.e1]: T.tongqin, [E.e2]: 'unassigned' });
    expect([...f.keyEnterprises]).toEqual([E.e1]);
    expect([f.participationRate, f.participationRateBaseline, f.baseConsolidation]).toEqual([
      0.8, 0.74, 0.69,
    ]);
  });

  it('has no baseline rate without a baseline comparison', () => {
    expect(
      comparisonFacts({ period: '2023-03', countyRate: 0.8, enterprises: [] }, null, null)
        .participationRateBaseline,
    ).toBeNull();
  });
});
