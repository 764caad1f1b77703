import { describe, expect, it } from 'vitest';
import {
  compareAt,
  enterprise,
  injury,
  P,
  pension,
  registered,
  staff,
  subsidy,
  surveyed,
  taxEmployer,
  upload,
  uscc,
  wage,
  worker,
} from './fixtures.ts';

describe('RULES 1.5 eligibleEmployees and its source', () => {
  it('payroll, else tax-employers headcount, else the latest survey, else none', async () => {
    const [fromPayroll, fromTax, fromSurvey, fromNothing] = [uscc(1), uscc(2), uscc(3), uscc(4)];
    const team = staff(fromPayroll, 4, 3);
    const insuredOfTax = Array.from({ length: 5 }, () => pension(worker(), fromTax));
    const insuredOfSurvey = Array.from({ length: 10 }, () => pension(worker(), fromSurvey));
    const result = await compareAt([
      upload('registry', P, [registered(fromNothing)]),
      upload('tax-payroll', P, team.payroll),
      upload('tax-employers', P, [
        taxEmployer(fromTax, { headcount: 12 }),
        taxEmployer(fromSurvey, { wageTotal: 90000 }),
      ]),
      upload('insured', P, [...team.insured, ...insuredOfTax, ...insuredOfSurvey]),
      upload('survey', '2023-02', [surveyed(fromSurvey, 8)], { unit: '330723001000' }),
    ]);
    expect(enterprise(result, fromPayroll)).toMatchObject({
      employeesSource: 'payroll',
      eligibleEmployees: 4,
      insured: 3,
      coveredEmployees: 3,
      uninsured: 1,
      rate: 0.75,
    });
    // other sources: covered = min(insured, eligible)
    expect(enterprise(result, fromTax)).toMatchObject({
      employeesSource: 'tax-employers',
      eligibleEmployees: 12,
      insured: 5,
      coveredEmployees: 5,
      uninsured: 7,
      rate: 5 / 12,
    });
    expect(enterprise(result, fromSurvey)).toMatchObject({
      employeesSource: 'survey',
      eligibleEmployees: 8,
      insured: 10,
      coveredEmployees: 8,
      uninsured: 0,
      rate: 1,
    });
    expect(enterprise(result, fromNothing)).toMatchObject({
      employeesSource: 'none',
      eligibleEmployees: null,
      coveredEmployees: null,
      uninsured: null,
      rate: null,
    });
  });

  it('takes the latest survey row in Y-01..P by period, then surveyedOn', async () => {
    const e = uscc(1);
    const result = await compareAt([
      upload('survey', '2022-12', [surveyed(e, 99, { surveyedOn: '2022-12-30' })], { unit: '330723001000' }),
      upload('survey', '2023-01', [surveyed(e, 20, { surveyedOn: '2023-01-31' })], { unit: '330723001000' }),
      upload('survey', '2023-02', [surveyed(e, 25, { surveyedOn: '2023-02-20' })], { unit: '330723002000' }),
      upload('survey', '2023-02', [surveyed(e, 30, { surveyedOn: '2023-02-01' })], { unit: '330723001000' }),
      upload('survey', '2023-04', [surveyed(e, 77, { surveyedOn: '2023-04-02' })], { unit: '330723001000' }),
    ]);
    expect(enterprise(result, e)).toMatchObject({ employeesSource: 'survey', eligibleEmployees: 25 });
  });

  it('ignores payroll more than two months before P and falls back to tax-employers', async () => {
    const e = uscc(1);
    const result = await compareAt([
      upload('tax-payroll', '2022-12', [wage(e, worker()), wage(e, worker())]),
      upload('tax-employers', '2023-02', [taxEmployer(e, { headcount: 7 })]),
    ]);
    expect(enterprise(result, e)).toMatchObject({ employeesSource: 'tax-employers', eligibleEmployees: 7 });
    expect(result.taxPeriod).toEqual({ 'tax-payroll': null, 'tax-employers': '2023-02' });
  });

  it('ignores stale payroll and falls back to the survey when tax-employers is stale too', async () => {
    const e = uscc(1);
    const result = await compareAt([
      upload('tax-payroll', '2022-12', [wage(e, worker())]),
      upload('tax-employers', '2022-11', [taxEmployer(e, { headcount: 7 })]),
      upload('survey', '2023-01', [surveyed(e, 4)], { unit: '330723001000' }),
    ]);
    expect(enterprise(result, e)).toMatchObject({ employeesSource: 'survey', eligibleEmployees: 4 });
  });

  it('uses payroll exactly two months old, and the latest month ≤ P', async () => {
    const e = uscc(1);
    const twoMonthsOld = await compareAt([
      upload('tax-payroll', '2023-01', [wage(e, worker()), wage(e, worker())]),
    ]);
    expect(enterprise(twoMonthsOld, e)).toMatchObject({ employeesSource: 'payroll', eligibleEmployees: 2 });
    expect(twoMonthsOld.taxPeriod['tax-payroll']).toBe('2023-01');

    const latest = await compareAt([
      upload('tax-payroll', '2023-02', [wage(e, worker())]),
      upload('tax-payroll', '2023-03', [wage(e, worker()), wage(e, worker()), wage(e, worker())]),
      upload('tax-payroll', '2023-04', [wage(e, worker())]),
    ]);
    expect(enterprise(latest, e).eligibleEmployees).toBe(3);
    expect(latest.taxPeriod['tax-payroll']).toBe('2023-03');
  });
});

describe('RULES 1.4 covered persons and 1.5 insured', () => {
  it('counts pension with any employer, flexible workers and public-sector pension as covered', async () => {
    const e = uscc(1);
    const other = uscc(2);
    const [own, elsewhere, flexible, publicSector, suspended, resident] = Array.from({ length: 6 }, () =>
      worker(),
    );
    const result = await compareAt([
      upload(
        'tax-payroll',
        P,
        [own, elsewhere, flexible, publicSector, suspended, resident].map((id) => wage(e, id)),
      ),
      upload('insured', P, [
        pension(own, e),
        pension(elsewhere, other),
        pension(flexible), // 灵活就业: no employer
        { idNumber: publicSector, scheme: 'public', status: 'active' },
        pension(suspended, e, { status: 'suspended' }),
        { idNumber: resident, scheme: 'resident', status: 'active' },
      ]),
    ]);
    expect(enterprise(result, e)).toMatchObject({
      eligibleEmployees: 6,
      insured: 1, // only the active pension member through e
      coveredEmployees: 4,
      uninsured: 2,
      rate: 4 / 6,
    });
    // the person insured through another employer counts as that employer's insured, not as e's
    expect(enterprise(result, other)).toMatchObject({ insured: 1, employeesSource: 'none' });
  });

  it('injuryGap: pension members of e not active in injury with e', async () => {
    const e = uscc(1);
    const other = uscc(2);
    const [a, b, c] = [worker(), worker(), worker()];
    const result = await compareAt([
      upload('insured', P, [
        pension(a, e),
        pension(b, e),
        pension(c, e),
        injury(a, e),
        injury(b, other),
        injury(c, e, { status: 'ended' }),
      ]),
    ]);
    expect(enterprise(result, e)).toMatchObject({ insured: 3, injuryGap: 2 });
  });
});

describe('RULES 1.5 subsidies12m and operating', () => {
  it('sums subsidies of the files of the 12 months ending P, by file period not paidOn', async () => {
    const e = uscc(1);
    const result = await compareAt([
      upload('subsidies', '2022-03', [subsidy(e, 100000, { paidOn: '2022-05-01' })]),
      upload('subsidies', '2022-04', [subsidy(e, 30000, { paidOn: '2022-03-01' })]),
      upload('subsidies', P, [subsidy(e, 20000.5), subsidy(e, 0.25)], { unit: 'finance' }),
      upload('subsidies', P, [subsidy(e, 1000)], { unit: 'commerce' }),
      upload('subsidies', '2023-04', [subsidy(e, 5000)]),
    ]);
    expect(enterprise(result, e).subsidies12m).toBe(51000.75);
  });

  it('is 0 when an enterprise received no subsidy', async () => {
    const e = uscc(1);
    const result = await compareAt([upload('registry', P, [registered(e)])]);
    expect(enterprise(result, e).subsidies12m).toBe(0);
  });

  it('operating needs a sign of operation and no inactive registry status', async () => {
    const [payrollOnly, inactive, wagesOnly, headcountZero, surveyZero, surveyed3] = [1, 2, 3, 4, 5, 6].map(
      uscc,
    );
    const result = await compareAt([
      upload('registry', P, [registered(inactive, { status: 'inactive' }), registered(surveyZero)]),
      upload('tax-payroll', P, [
        wage(payrollOnly, worker(), 3000, { incomeType: '劳务报酬' }),
        wage(inactive, worker()),
      ]),
      upload('tax-employers', P, [
        taxEmployer(wagesOnly, { wageTotal: 5000 }),
        taxEmployer(headcountZero, { headcount: 0, wageTotal: 0 }),
      ]),
      upload('survey', P, [surveyed(surveyZero, 0), surveyed(surveyed3, 3)], { unit: '330723001000' }),
    ]);
    const operating = Object.fromEntries(result.result.enterprises.map((e) => [e.creditCode, e.operating]));
    expect(operating).toEqual({
      [payrollOnly]: true, // any payroll row, even 劳务报酬
      [inactive]: false, // 吊销/注销 in the registry
      [wagesOnly]: true,
      [headcountZero]: false,
      [surveyZero]: false,
      [surveyed3]: true,
    });
  });
});
