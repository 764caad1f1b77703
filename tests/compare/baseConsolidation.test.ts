import { describe, expect, it } from 'vitest';
import {
  BAIYANG,
  compareAt,
  P,
  pension,
  registered,
  TONGQIN,
  upload,
  uscc,
  wage,
  worker,
} from './fixtures.ts';

describe('RULES 1.9 contribution base consolidation (缴费基数夯实率), limits 4462 / 22311', () => {
  it('Σ base / Σ clamped mean monthly income, per enterprise, township and county', async () => {
    const [e, h, other] = [uscc(1), uscc(2), uscc(3)];
    const [a, b, c, d, zeroBase, elsewhere, service, k] = Array.from({ length: 8 }, () => worker());
    const result = await compareAt([
      upload('registry', P, [registered(e, { township: BAIYANG }), registered(h, { township: TONGQIN })]),
      upload('insured', P, [
        pension(a, e, { base: 4000 }),
        pension(b, e, { base: 4462 }),
        pension(c, e, { base: 22311 }),
        pension(d, e, { base: 6000 }),
        pension(zeroBase, e, { base: 0 }),
        pension(elsewhere, e, { base: 5000 }),
        pension(service, e, { base: 5000 }),
        pension(k, h, { base: 5000 }),
      ]),
      // outside the 12 months ending P: d has no income in the window
      upload('tax-payroll', '2022-03', [wage(e, d, 6000), wage(e, a, 100000)]),
      upload('tax-payroll', '2022-04', [wage(e, a, 6000), wage(h, k, 8000)]),
      upload('tax-payroll', '2022-05', [wage(e, a, 0)]), // a month without income does not count
      upload('tax-payroll', '2023-01', [
        wage(e, b, 3000),
        wage(e, zeroBase, 5000),
        wage(other, elsewhere, 5000),
      ]),
      upload('tax-payroll', '2023-02', [
        wage(e, b, 3000),
        wage(e, service, 9000, { incomeType: '劳务报酬' }),
      ]),
      upload('tax-payroll', P, [
        wage(e, a, 3000),
        wage(e, a, 1000, { incomeType: '工资薪金' }), // summed with the row above: 4000 in March
        wage(e, c, 30000),
        wage(h, k, 2000),
      ]),
    ]);
    const base = result.baseConsolidation;
    // a: (6000 + 4000) / 2 = 5000; b: 3000 → 4462; c: 30000 → 22311
    const eNumerator = 4000 + 4462 + 22311;
    const eDenominator = 5000 + 4462 + 22311;
    // k: (8000 + 2000) / 2 = 5000
    expect(base.enterprises).toEqual([
      {
        creditCode: e,
        township: BAIYANG,
        persons: 3,
        numerator: eNumerator,
        denominator: eDenominator,
        ratio: 30773 / 31773,
      },
      { creditCode: h, township: TONGQIN, persons: 1, numerator: 5000, denominator: 5000, ratio: 1 },
    ]);
    expect(base.county).toEqual({ persons: 4, numerator: 35773, denominator: 36773, ratio: 35773 / 36773 });
    expect(base.townships.find((t) => t.township === BAIYANG)).toMatchObject({ ratio: 30773 / 31773 });
    expect(base.townships.find((t) => t.township === '330723200000')).toEqual({
      township: '330723200000',
      persons: 0,
      numerator: 0,
      denominator: 0,
      ratio: null,
    });
    expect(base).toMatchObject({
      lower: 4462,
      upper: 22311,
      limitsConfirmed: false,
      from: '2022-04',
      to: P,
      payrollMonths: ['2022-04', '2022-05', '2023-01', '2023-02', P],
    });
  });

  it('reads each payroll month of the window once, the month employment reads included', async () => {
    const e = uscc(1);
    const [a, b] = [worker(), worker()];
    const reads = new Map<string, number>();
    /** Rows that count how often a month is read through. */
    const counted = <R,>(month: string, rows: R[]): R[] => {
      const list = [...rows];
      const iterate = list[Symbol.iterator].bind(list);
      list[Symbol.iterator] = () => {
        reads.set(month, (reads.get(month) ?? 0) + 1);
        return iterate();
      };
      return list;
    };
    const result = await compareAt([
      upload('insured', P, [pension(a, e, { base: 5000 }), pension(b, e, { base: 6000 })]),
      upload('tax-payroll', '2023-01', counted('2023-01', [wage(e, a, 4000)])),
      upload('tax-payroll', '2023-02', counted('2023-02', [wage(e, a, 6000), wage(e, b, 6000)])),
      upload('tax-payroll', P, counted(P, [wage(e, a, 5000), wage(e, b, 6000)])),
    ]);
    expect(Object.fromEntries(reads)).toEqual({ '2023-01': 1, '2023-02': 1, [P]: 1 });
    // a: (4000 + 6000 + 5000) / 3 = 5000; b: (6000 + 6000) / 2 = 6000 — P counted once.
    expect(result.baseConsolidation.county).toEqual({
      persons: 2,
      numerator: 11000,
      denominator: 11000,
      ratio: 1,
    });
    expect(result.baseConsolidation.payrollMonths).toEqual(['2023-01', '2023-02', P]);
  });

  it('is null when no one qualifies', async () => {
    const e = uscc(1);
    const result = await compareAt([upload('insured', P, [pension(worker(), e, { base: 5000 })])]);
    expect(result.baseConsolidation.county).toEqual({
      persons: 0,
      numerator: 0,
      denominator: 0,
      ratio: null,
    });
    expect(result.baseConsolidation.enterprises).toEqual([]);
  });
});
