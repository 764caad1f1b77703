import { describe, expect, it } from 'vitest';
import { isEligible, isWageRow } from '../../lib/compare/employment.ts';
import { upgradeFifteen } from '../../lib/normalize/residentId.ts';
import {
  compareAt,
  enterprise,
  P,
  POLICY,
  pension,
  residentId,
  upload,
  uscc,
  wage,
  worker,
} from './fixtures.ts';

describe('RULES 1.3 eligibility: age in completed years at end(P) = 2023-03-31', () => {
  it('a man turning 60 on end(P) is past retirement age; one turning 60 the next day is not', () => {
    expect(isEligible(residentId('1963-03-31', 'male'), '2023-03-31', POLICY)).toBe(false);
    expect(isEligible(residentId('1963-04-01', 'male'), '2023-03-31', POLICY)).toBe(true);
  });

  it('a woman turning 50 on end(P) is past retirement age; one turning 50 the next day is not', () => {
    expect(isEligible(residentId('1973-03-31', 'female'), '2023-03-31', POLICY)).toBe(false);
    expect(isEligible(residentId('1973-04-01', 'female'), '2023-03-31', POLICY)).toBe(true);
  });

  it('someone turning 16 on end(P) is eligible; someone turning 16 the next day is not', () => {
    expect(isEligible(residentId('2007-03-31', 'female'), '2023-03-31', POLICY)).toBe(true);
    expect(isEligible(residentId('2007-04-01', 'male'), '2023-03-31', POLICY)).toBe(false);
  });

  it('counts only the eligible employed persons of an enterprise', async () => {
    const e = uscc(1);
    const ids = [
      residentId('1963-03-31', 'male'), // 60 on end(P): out
      residentId('1963-04-01', 'male'), // 59: in
      residentId('1973-03-31', 'female'), // 50 on end(P): out
      residentId('1973-04-01', 'female'), // 49: in
      residentId('2007-03-31', 'male'), // 16 on end(P): in
      residentId('2007-04-01', 'female'), // 15: out
    ];
    const result = await compareAt([
      upload(
        'tax-payroll',
        P,
        ids.map((id) => wage(e, id)),
      ),
    ]);
    expect(enterprise(result, e)).toMatchObject({
      employeesSource: 'payroll',
      eligibleEmployees: 3,
      coveredEmployees: 0,
      uninsured: 3,
      rate: 0,
    });
  });
});

describe('RULES 1.3 employment: which payroll rows count', () => {
  it('takes 正常工资薪金 and 工资薪金 of 雇员 with income > 0, and nothing else', () => {
    expect(isWageRow({ incomeType: '正常工资薪金', employmentType: '雇员', income: 1 })).toBe(true);
    expect(isWageRow({ incomeType: '工资薪金', employmentType: '雇员', income: 1 })).toBe(true);
    expect(isWageRow({ incomeType: '劳务报酬', employmentType: '雇员', income: 5000 })).toBe(false);
    expect(
      isWageRow({ incomeType: '正常工资薪金', employmentType: '实习学生（全日制学历教育）', income: 5000 }),
    ).toBe(false);
    expect(isWageRow({ incomeType: '正常工资薪金', employmentType: '雇员', income: 0 })).toBe(false);
  });

  it('does not count 劳务报酬, 实习学生, zero income or a passport holder as employees', async () => {
    const e = uscc(1);
    const rows = [
      wage(e, worker()),
      wage(e, worker(), 3000, { incomeType: '工资薪金' }),
      wage(e, worker(), 8000, { incomeType: '劳务报酬' }),
      wage(e, worker(), 2000, { employmentType: '实习学生（全日制学历教育）' }),
      wage(e, worker(), 0),
      wage(e, 'E12345678', 9000, { idType: '中华人民共和国护照' }),
    ];
    const result = await compareAt([upload('tax-payroll', P, rows)]);
    expect(enterprise(result, e).eligibleEmployees).toBe(2);
  });

  it('an employer with only 劳务报酬 rows is payroll-sourced with 0 eligible and no rate', async () => {
    const e = uscc(1);
    const result = await compareAt([
      upload('tax-payroll', P, [wage(e, worker(), 8000, { incomeType: '劳务报酬' })]),
    ]);
    expect(enterprise(result, e)).toMatchObject({
      employeesSource: 'payroll',
      eligibleEmployees: 0,
      coveredEmployees: 0,
      uninsured: 0,
      rate: null,
    });
  });

  it('a person paid equally by two employers belongs to the smaller USCC', async () => {
    const smaller = uscc(1);
    const larger = uscc(2);
    const person = worker();
    const result = await compareAt([
      upload('tax-payroll', P, [wage(larger, person, 3000), wage(smaller, person, 3000)]),
    ]);
    expect(enterprise(result, smaller).eligibleEmployees).toBe(1);
    expect(enterprise(result, larger).eligibleEmployees).toBe(0);
  });

  it("a person belongs to the employer that paid the most, summing that employer's wage rows", async () => {
    const a = uscc(1);
    const b = uscc(2);
    const person = worker();
    const rows = [
      wage(a, person, 2000),
      wage(a, person, 2000, { incomeType: '工资薪金' }),
      wage(b, person, 3500),
      wage(b, person, 9000, { incomeType: '劳务报酬' }), // not wages: does not add to b
    ];
    const result = await compareAt([upload('tax-payroll', P, rows)]);
    expect(enterprise(result, a).eligibleEmployees).toBe(1);
    expect(enterprise(result, b).eligibleEmployees).toBe(0);
  });

  it('works on IDs that were 15 digits and upgraded at ingestion (born 1970-05-05, male)', async () => {
    const e = uscc(1);
    const upgraded = upgradeFifteen('330723700505123');
    const result = await compareAt([
      upload('tax-payroll', P, [wage(e, upgraded)]),
      upload('insured', P, [pension(upgraded, e)]),
    ]);
    expect(enterprise(result, e)).toMatchObject({
      eligibleEmployees: 1,
      coveredEmployees: 1,
      insured: 1,
      rate: 1,
    });
  });
});
