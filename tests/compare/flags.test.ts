import { describe, expect, it } from 'vitest';
import { fraction } from '../../lib/compare/exact.ts';
import type { FlagContext } from '../../lib/compare/facts.ts';
import type { EnterpriseFigures } from '../../lib/compare/figures.ts';
import { largeLowRate } from '../../lib/compare/flags/largeLowRate.ts';
import type { MemoryUpload } from '../../lib/snapshots/memoryDataset.ts';
import {
  compareAt,
  enterprise,
  injury,
  newformRow,
  P,
  POLICY,
  pension,
  registered,
  staff,
  subsidy,
  upload,
  uscc,
  wage,
  worker,
} from './fixtures.ts';

/** Payroll and insured uploads for enterprises given as [creditCode, eligible, covered]. */
function workforce(...teams: Array<[string, number, number]>): MemoryUpload[] {
  const built = teams.map(([code, eligible, covered]) => staff(code, eligible, covered));
  return [
    upload(
      'tax-payroll',
      P,
      built.flatMap((t) => t.payroll),
    ),
    upload(
      'insured',
      P,
      built.flatMap((t) => t.insured),
    ),
  ];
}

describe('OPERATING_NO_INSURED (正常经营无人参保)', () => {
  it('fires for an operating enterprise with eligible employees and no one covered', async () => {
    const e = uscc(1);
    const result = await compareAt(workforce([e, 3, 0]));
    expect(enterprise(result, e).flags).toEqual(['OPERATING_NO_INSURED']);
    const evidence = result.evidence.find((x) => x.creditCode === e)?.flags[0];
    expect(evidence?.facts).toEqual(
      expect.arrayContaining([
        { source: 'tax-payroll', period: P, figure: 'payrollRows', value: 3 },
        { source: 'tax-payroll', period: P, figure: 'eligibleEmployees', value: 3 },
        { source: 'insured', period: P, figure: 'coveredEmployees', value: 0 },
      ]),
    );
  });

  it('does not fire with one covered, with no eligible employees, or when the registry says inactive', async () => {
    const [oneCovered, noEligible, inactive] = [uscc(1), uscc(2), uscc(3)];
    const result = await compareAt([
      ...workforce([oneCovered, 3, 1], [inactive, 3, 0]),
      upload('tax-payroll', P, [wage(noEligible, worker(), 5000, { incomeType: '劳务报酬' })], {
        unit: 'tax',
      }),
      upload('registry', P, [registered(inactive, { status: 'inactive' })]),
    ]);
    expect(enterprise(result, oneCovered).flags).not.toContain('OPERATING_NO_INSURED');
    expect(enterprise(result, noEligible).flags).not.toContain('OPERATING_NO_INSURED');
    expect(enterprise(result, inactive).flags).not.toContain('OPERATING_NO_INSURED');
  });
});

describe('LARGE_LOW_RATE (用工规模大…参保率低): eligible ≥ 50 and rate < county rate − 0.10', () => {
  it('does not fire when the rate equals county rate − 0.10 exactly (0.70 vs 0.80 − 0.10)', async () => {
    const [a, b] = [uscc(1), uscc(2)];
    const result = await compareAt(workforce([a, 50, 35], [b, 50, 45]));
    expect(result.result.countyRate).toBe(0.8);
    expect(enterprise(result, a).rate).toBe(0.7);
    expect(enterprise(result, a).flags).not.toContain('LARGE_LOW_RATE');
  });

  it('fires just below that line (0.68 vs 0.79 − 0.10)', async () => {
    const [a, b] = [uscc(1), uscc(2)];
    const result = await compareAt(workforce([a, 50, 34], [b, 50, 45]));
    expect(result.result.countyRate).toBe(0.79);
    expect(enterprise(result, a).flags).toEqual(['LARGE_LOW_RATE']);
    expect(enterprise(result, b).flags).toEqual([]);
  });

  it('needs 50 eligible employees: 49 does not fire, 50 does', async () => {
    const [small, large, full] = [uscc(1), uscc(2), uscc(3)];
    const at49 = await compareAt(workforce([small, 49, 20], [full, 200, 200]));
    expect(enterprise(at49, small).flags).not.toContain('LARGE_LOW_RATE');
    const at50 = await compareAt(workforce([large, 50, 20], [full, 200, 200]));
    expect(enterprise(at50, large).flags).toContain('LARGE_LOW_RATE');
  });

  it('is a pure function of the figures, the county rate and the policy', () => {
    const figures = { eligibleEmployees: 50, rate: fraction(35, 50) } as EnterpriseFigures;
    const ctx = (covered: number, eligible: number): FlagContext => ({
      countyRate: fraction(covered, eligible),
      policy: POLICY,
      feeds: {
        period: P,
        registry: null,
        insured: P,
        newform: null,
        payroll: P,
        taxEmployers: null,
        yearStart: '2023-01',
        twelveMonthsFrom: '2022-04',
      },
    });
    expect(largeLowRate(figures, ctx(4, 5)).fires).toBe(false); // 0.7 = 0.8 − 0.1
    expect(largeLowRate(figures, ctx(80001, 100000)).fires).toBe(true); // 0.7 < 0.80001 − 0.1
    expect(largeLowRate({ ...figures, rate: null } as EnterpriseFigures, ctx(4, 5)).fires).toBe(false);
  });
});

describe('SUBSIDIZED_LOW_RATE (享受财政奖补多但参保率低): subsidies12m ≥ 100000 and rate < 0.80', () => {
  it('99,999 yuan does not fire; 100,000 does', async () => {
    const [below, at] = [uscc(1), uscc(2)];
    const result = await compareAt([
      ...workforce([below, 10, 5], [at, 10, 5]),
      upload('subsidies', '2022-06', [subsidy(below, 99999), subsidy(at, 60000)]),
      upload('subsidies', P, [subsidy(at, 39999.99), subsidy(at, 0.01)]),
    ]);
    expect(enterprise(result, below).flags).not.toContain('SUBSIDIZED_LOW_RATE');
    expect(enterprise(result, at).subsidies12m).toBe(100000);
    expect(enterprise(result, at).flags).toContain('SUBSIDIZED_LOW_RATE');
  });

  it('a rate of exactly 0.80 does not fire; 0.75 does', async () => {
    const [atMinimum, below] = [uscc(1), uscc(2)];
    const result = await compareAt([
      ...workforce([atMinimum, 10, 8], [below, 4, 3]),
      upload('subsidies', P, [subsidy(atMinimum, 200000), subsidy(below, 200000)]),
    ]);
    expect(enterprise(result, atMinimum).flags).not.toContain('SUBSIDIZED_LOW_RATE');
    expect(enterprise(result, below).flags).toContain('SUBSIDIZED_LOW_RATE');
  });
});

describe('ABOVE_SCALE_LOW_RATE (规上企业示范带头): aboveScale and rate < county rate', () => {
  it('fires below the county rate, not at it, and not for enterprises below scale', async () => {
    const [lower, equal, notAbove, rest] = [uscc(1), uscc(2), uscc(3), uscc(4)];
    // county: (3 + 4 + 3 + 10) / (4 + 5 + 4 + 12) = 20/25 = 0.8
    const result = await compareAt([
      ...workforce([lower, 4, 3], [equal, 5, 4], [notAbove, 4, 3], [rest, 12, 10]),
      upload('registry', P, [
        registered(lower, { aboveScale: true }),
        registered(equal, { aboveScale: true }),
        registered(notAbove, { aboveScale: false }),
      ]),
    ]);
    expect(result.result.countyRate).toBe(0.8);
    expect(enterprise(result, lower).flags).toContain('ABOVE_SCALE_LOW_RATE');
    expect(enterprise(result, equal).flags).not.toContain('ABOVE_SCALE_LOW_RATE');
    expect(enterprise(result, notAbove).flags).not.toContain('ABOVE_SCALE_LOW_RATE');
  });
});

describe('STATE_OWNED_GAP (国企员工全员参保): stateOwned and uninsured > 0', () => {
  it('fires with one uninsured; not when all are covered or when the headcount is unknown', async () => {
    const [gap, full, unknown] = [uscc(1), uscc(2), uscc(3)];
    const result = await compareAt([
      ...workforce([gap, 10, 9], [full, 10, 10]),
      upload('registry', P, [
        registered(gap, { stateOwned: true }),
        registered(full, { stateOwned: true }),
        registered(unknown, { stateOwned: true }),
      ]),
    ]);
    expect(enterprise(result, gap).flags).toEqual(['STATE_OWNED_GAP']);
    expect(enterprise(result, full).flags).toEqual([]);
    expect(enterprise(result, unknown).flags).toEqual([]);
  });
});

describe('NEWFORM_NO_INJURY (新业态…参加工伤保险): in newform with workers > 0 and no one in injury', () => {
  it('fires without injury members; not with one, not with 0 or unknown workers', async () => {
    const [none, one, zero, unknown, notYet] = [1, 2, 3, 4, 5].map(uscc);
    const result = await compareAt([
      upload('newform', '2023-02', [
        newformRow(none, 40),
        newformRow(one, 40),
        newformRow(zero, 0),
        newformRow(unknown),
      ]),
      upload('newform', '2023-04', [newformRow(notYet, 40)], { unit: 'postal' }),
      upload('insured', P, [injury(worker(), one)]),
    ]);
    expect(enterprise(result, none).flags).toEqual(['NEWFORM_NO_INJURY']);
    expect(enterprise(result, one).flags).toEqual([]);
    expect(enterprise(result, zero).flags).toEqual([]);
    expect(enterprise(result, unknown).flags).toEqual([]);
    expect(result.result.enterprises.map((e) => e.creditCode)).not.toContain(notYet);
  });
});

describe('INJURY_GAP (工伤保险法定人员全覆盖): injuryGap > 0', () => {
  it('fires when a pension member lacks injury with the employer; not when all have it', async () => {
    const [gap, full] = [uscc(1), uscc(2)];
    const [a, b, c] = [worker(), worker(), worker()];
    const result = await compareAt([
      upload('insured', P, [
        pension(a, gap),
        pension(b, gap),
        injury(a, gap),
        pension(c, full),
        injury(c, full),
      ]),
    ]);
    expect(enterprise(result, gap).flags).toEqual(['INJURY_GAP']);
    expect(enterprise(result, gap).injuryGap).toBe(1);
    expect(enterprise(result, full).flags).toEqual([]);
  });
});

describe('flags of one enterprise', () => {
  it('are listed in the order of the table in RULES 1.7', async () => {
    const [e, rest] = [uscc(1), uscc(2)];
    const team = staff(e, 60, 0);
    const other = staff(rest, 60, 60);
    const injuredless = worker();
    const result = await compareAt([
      upload('tax-payroll', P, [...team.payroll, ...other.payroll]),
      upload('insured', P, [...other.insured, pension(injuredless, e)]),
      upload('registry', P, [registered(e, { aboveScale: true, stateOwned: true })]),
      upload('newform', P, [newformRow(e, 60)]),
      upload('subsidies', P, [subsidy(e, 150000)]),
    ]);
    expect(enterprise(result, e).flags).toEqual([
      'OPERATING_NO_INSURED',
      'LARGE_LOW_RATE',
      'SUBSIDIZED_LOW_RATE',
      'ABOVE_SCALE_LOW_RATE',
      'STATE_OWNED_GAP',
      'NEWFORM_NO_INJURY',
      'INJURY_GAP',
    ]);
    expect(result.evidence.find((x) => x.creditCode === e)?.flags.map((f) => f.flag)).toEqual(
      enterprise(result, e).flags,
    );
  });
});
