import { describe, expect, it } from 'vitest';
import { KINDS } from '../../lib/model/kinds.ts';
import {
  BAIYANG,
  compareAt,
  enforcementRow,
  enterprise,
  newformRow,
  P,
  pension,
  registered,
  staff,
  subsidy,
  surveyed,
  TONGQIN,
  taxEmployer,
  upload,
  uscc,
  wage,
  worker,
} from './fixtures.ts';

describe('RULES 1.1 enterprises and the compare JSON of RULES 5', () => {
  it('takes every USCC of the sources in their windows, sorted by creditCode', async () => {
    const codes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(uscc);
    const [
      registry,
      taxOnly,
      payrollOnly,
      insuredOnly,
      newformOnly,
      surveyOnly,
      subsidyOnly,
      oldSurvey,
      oldSubsidy,
      enforcementOnly,
    ] = codes;
    const result = await compareAt([
      upload('subsidies', '2022-04', [subsidy(subsidyOnly, 10)]),
      upload('subsidies', '2022-03', [subsidy(oldSubsidy, 10)]),
      upload('survey', '2022-12', [surveyed(oldSurvey, 3)], { unit: BAIYANG }),
      upload('survey', '2023-01', [surveyed(surveyOnly, 3)], { unit: BAIYANG }),
      upload('newform', P, [newformRow(newformOnly)]),
      upload('insured', P, [pension(worker(), insuredOnly, { status: 'ended' })]),
      upload('tax-payroll', P, [wage(payrollOnly, worker(), 100, { incomeType: '劳务报酬' })]),
      upload('tax-employers', P, [taxEmployer(taxOnly)]),
      upload('registry', P, [registered(registry)]),
      upload('enforcement', P, [enforcementRow(enforcementOnly, '提醒', '2023-03-01')]),
    ]);
    expect(result.result.enterprises.map((e) => e.creditCode)).toEqual([
      registry,
      taxOnly,
      payrollOnly,
      insuredOnly,
      newformOnly,
      surveyOnly,
      subsidyOnly,
    ]);
    expect(result.evidence.map((e) => e.creditCode)).toEqual(
      result.result.enterprises.map((e) => e.creditCode),
    );
  });

  it('gives each enterprise exactly the fields of RULES 5, in order', async () => {
    const e = uscc(1);
    const result = await compareAt([
      upload('registry', P, [registered(e, { name: '甲公司', township: BAIYANG })]),
    ]);
    expect(Object.keys(result.result)).toEqual(['period', 'countyRate', 'enterprises']);
    expect(result.result).toEqual({
      period: P,
      countyRate: null,
      enterprises: [
        {
          creditCode: e,
          name: '甲公司',
          township: BAIYANG,
          eligibleEmployees: null,
          employeesSource: 'none',
          insured: 0,
          coveredEmployees: null,
          uninsured: null,
          rate: null,
          injuryGap: 0,
          subsidies12m: 0,
          operating: false,
          flags: [],
          key: false,
          subsidyPrecondition: false,
          jointEnforcement: false,
        },
      ],
    });
    expect(Object.keys(result.result.enterprises[0])).toEqual([
      'creditCode',
      'name',
      'township',
      'eligibleEmployees',
      'employeesSource',
      'insured',
      'coveredEmployees',
      'uninsured',
      'rate',
      'injuryGap',
      'subsidies12m',
      'operating',
      'flags',
      'key',
      'subsidyPrecondition',
      'jointEnforcement',
    ]);
  });
});

describe('RULES 0 names', () => {
  it('takes the NFKC name of the first source that has one', async () => {
    const [inRegistry, fromPayroll, fromSurvey, fromSubsidy, nameless] = [1, 2, 3, 4, 5].map(uscc);
    const result = await compareAt([
      upload('registry', P, [registered(inRegistry, { name: '登记名称' })]),
      upload('tax-employers', P, [taxEmployer(inRegistry, { name: '税务名称' }), taxEmployer(fromPayroll)]),
      upload('tax-payroll', P, [
        wage(fromPayroll, worker(), 100, { employerName: 'ＡＢＣ（武义）有限公司' }),
      ]),
      upload('insured', P, [pension(worker(), fromPayroll, { employerName: '社保名称' })]),
      upload('survey', '2023-01', [surveyed(fromSurvey, 1, { name: '旧名' })], { unit: BAIYANG }),
      upload('survey', '2023-02', [surveyed(fromSurvey, 1, { name: '新名' })], { unit: BAIYANG }),
      upload('subsidies', P, [
        subsidy(fromSurvey, 10, { name: '补助名' }),
        subsidy(fromSubsidy, 10, { name: '补助名称' }),
      ]),
      upload('subsidies', P, [subsidy(nameless, 10)], { unit: 'finance' }),
    ]);
    expect(enterprise(result, inRegistry).name).toBe('登记名称');
    expect(enterprise(result, fromPayroll).name).toBe('ABC(武义)有限公司');
    expect(enterprise(result, fromSurvey).name).toBe('新名');
    expect(enterprise(result, fromSubsidy).name).toBe('补助名称');
    expect(enterprise(result, nameless).name).toBeNull();
  });

  it('reads a replaced snapshot nowhere: the corrected registry wins', async () => {
    const e = uscc(1);
    const result = await compareAt([
      upload('registry', P, [registered(e, { name: '错误名称', township: BAIYANG })], {
        receivedAt: '2023-04-01T02:00:00.000Z',
      }),
      upload('registry', P, [registered(e, { name: '正确名称', township: TONGQIN })], {
        receivedAt: '2023-04-02T02:00:00.000Z',
      }),
    ]);
    expect(enterprise(result, e)).toMatchObject({ name: '正确名称', township: TONGQIN });
    expect(result.feedStatus.find((f) => f.kind === 'registry')?.snapshots).toEqual([
      { period: P, unit: null, receivedAt: '2023-04-02T02:00:00.000Z', monthsOld: 0, rows: 1 },
    ]);
  });
});

describe('feed status and tax periods', () => {
  it('says for every kind which snapshots the figures rest on, and when tax data is too old', async () => {
    const e = uscc(1);
    const result = await compareAt([
      upload('registry', '2023-01', [registered(e)]),
      upload('insured', '2023-03', [pension(worker(), e)], { unit: 'hrss' }),
      upload('tax-payroll', '2022-12', [wage(e, worker())]),
      upload('tax-employers', '2023-02', [taxEmployer(e, { headcount: 4 })], {
        receivedAt: '2023-03-06T01:00:00.000Z',
      }),
      upload('subsidies', '2022-03', [subsidy(e, 1)]),
      upload('subsidies', '2022-04', [subsidy(e, 1)]),
    ]);
    expect(result.feedStatus.map((f) => f.kind)).toEqual([...KINDS]);
    const feed = Object.fromEntries(result.feedStatus.map((f) => [f.kind, f]));
    expect(feed.registry).toEqual({
      kind: 'registry',
      selection: 'asOf',
      from: null,
      to: P,
      snapshots: [
        { period: '2023-01', unit: null, receivedAt: '2023-02-05T02:00:00.000Z', monthsOld: 2, rows: 1 },
      ],
      latestPeriod: null,
      ignoredAsStale: false,
    });
    expect(feed.insured.snapshots).toEqual([
      { period: P, unit: 'hrss', receivedAt: '2023-04-05T02:00:00.000Z', monthsOld: 0, rows: 1 },
    ]);
    expect(feed['tax-payroll']).toMatchObject({
      selection: 'latestMonth',
      snapshots: [],
      latestPeriod: '2022-12',
      ignoredAsStale: true,
    });
    expect(feed['tax-employers']).toMatchObject({
      latestPeriod: '2023-02',
      ignoredAsStale: false,
      snapshots: [
        { period: '2023-02', unit: null, receivedAt: '2023-03-06T01:00:00.000Z', monthsOld: 1, rows: 1 },
      ],
    });
    expect(feed.subsidies).toMatchObject({ selection: 'window', from: '2022-04', to: P });
    expect(feed.subsidies.snapshots.map((s: { period: string }) => s.period)).toEqual(['2022-04']);
    expect(feed.survey).toMatchObject({ selection: 'window', from: '2023-01', to: P, snapshots: [] });
    expect(result.taxPeriod).toEqual({ 'tax-payroll': null, 'tax-employers': '2023-02' });
    // the evidence names the file each figure rests on
    expect(result.evidence[0]).toMatchObject({ employeesPeriod: '2023-02', registered: true });
  });
});

describe('county figures', () => {
  it('RULES 1.6: Σ covered / Σ eligible over enterprises with a rate, and counts per township', async () => {
    const [a, b, zero, surveyOnly] = [uscc(1), uscc(2), uscc(3), uscc(4)];
    const teamA = staff(a, 4, 3);
    const teamB = staff(b, 6, 1);
    const result = await compareAt([
      upload('registry', P, [registered(a, { township: BAIYANG }), registered(b, { township: TONGQIN })]),
      upload('tax-payroll', P, [
        ...teamA.payroll,
        ...teamB.payroll,
        wage(zero, worker(), 100, { incomeType: '劳务报酬' }),
      ]),
      upload('insured', P, [...teamA.insured, ...teamB.insured]),
      upload('survey', '2023-02', [surveyed(surveyOnly, 10)], { unit: TONGQIN }),
    ]);
    // a 3/4, b 1/6, survey-only 0/10; zero has no rate → (3 + 1 + 0) / (4 + 6 + 10)
    expect(result.result.countyRate).toBe(4 / 20);
    expect(result.county).toMatchObject({
      countyRate: 0.2,
      rate: 0.2,
      enterprises: 4,
      eligibleEmployees: 20,
      coveredEmployees: 4,
      uninsuredPeople: 6,
    });
    expect(result.county.flags.OPERATING_NO_INSURED).toBe(1);
    const tongqin = result.county.townships.find((t) => t.township === TONGQIN);
    expect(tongqin).toMatchObject({
      name: '桐琴镇',
      enterprises: 2,
      eligibleEmployees: 16,
      coveredEmployees: 1,
      rate: 1 / 16,
      uninsuredPeople: 5,
    });
    expect(result.county.townships.map((t) => t.township).at(-1)).toBe('unassigned');
    expect(result.county.townships).toHaveLength(20);
  });
});

describe('monthly files sent by several units', () => {
  it('unites them: a wage line sent twice counts once, lines of either unit count', async () => {
    const e = uscc(1);
    const [shared, onlyFirst, onlySecond] = [worker(), worker(), worker()];
    const result = await compareAt([
      upload('tax-payroll', P, [wage(e, shared, 5000), wage(e, onlyFirst, 5000)], { unit: 'tax' }),
      upload('tax-payroll', P, [wage(e, shared, 5000), wage(e, onlySecond, 5000)], { unit: 'county' }),
      upload('insured', P, [pension(shared, e, { base: 5000 })]),
    ]);
    expect(enterprise(result, e)).toMatchObject({ eligibleEmployees: 3, coveredEmployees: 1 });
    const uninsuredIncome = result.uninsuredPeople.map((p) => p.income);
    expect(uninsuredIncome).toEqual([5000, 5000]);
    // the shared person's March income is 5000, not 10000: base 5000 / 5000
    expect(result.baseConsolidation.county).toEqual({
      persons: 1,
      numerator: 5000,
      denominator: 5000,
      ratio: 1,
    });
  });
});
