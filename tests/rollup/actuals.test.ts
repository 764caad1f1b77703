import { describe, expect, it } from 'vitest';
import type { ActivityRow, ContactRow, EnforcementRow, InsuredRow, SurveyRow } from '../../lib/model/rows.ts';
import {
  activityTotals,
  coveredEnterprises,
  gatherRollupInput,
  keyEnterprises,
  newInsured,
  rollup,
  rollupSeeds,
  ruralOutreach,
} from '../../lib/rollup/index.ts';
import { SeedError } from '../../lib/seeds/seedsDir.ts';
import { type MemoryUpload, memoryDataset } from '../../lib/snapshots/memoryDataset.ts';
import { E, T, facts, residentId } from './helpers.ts';

const CODES = new Set(rollupSeeds(2023).townships.map((t) => t.code));

const pension = (idNumber: string, extra: Partial<InsuredRow> = {}): InsuredRow => ({
  idNumber,
  scheme: 'pension',
  status: 'active',
  ...extra,
});
const insured = (period: string, rows: InsuredRow[]): MemoryUpload => ({ kind: 'insured', period, rows });

const alice = residentId('19900101', 11);
const bob = residentId('19850505', 23);
const carol = residentId('19920202', 34);
const dave = residentId('19880808', 45);
const erin = residentId('19950303', 56);
const frank = residentId('19700707', 67);
const grace = residentId('19930909', 78);

// E1 lies in 桐琴镇, E2 in 泉溪镇 (the comparison's RULES 1.2 township as of P); E3 is unknown to it.
const FACTS = facts({ townships: { [E.e1]: T.tongqin, [E.e2]: T.quanxi } });

describe('RULES 2.2 newInsured against the baseline snapshot', () => {
  const dataset = memoryDataset([
    insured('2022-06', [pension(bob, { employerCode: E.e1 })]),
    insured('2022-12', [
      pension(alice, { employerCode: E.e1 }),
      pension(carol, { employerCode: E.e1, status: 'suspended' }),
      pension(grace, { employerCode: E.e1, scheme: 'injury' }),
    ]),
    insured('2023-03', [
      pension(alice, { employerCode: E.e2 }), // insured in B, moved from 桐琴 to 泉溪: not new
      pension(bob, { employerCode: E.e2 }), // only in an older snapshot than B: new, in 泉溪
      pension(carol, { employerCode: E.e2 }), // suspended in B, active now: new, with the employer of P
      pension(dave, { township: T.baiyang }), // no employer: the row's township cell
      pension(erin), // no employer, no township: unassigned
      pension(frank, { employerCode: E.e3 }), // employer without a township: unassigned
      pension(grace, { employerCode: E.e1, scheme: 'injury' }), // not pension
    ]),
    insured('2023-05', [pension(residentId('19991111', 89), { employerCode: E.e1 })]), // after P
  ]);

  it('uses the latest snapshot with period ≤ (Y−1)-12 and attributes each person to the employer of P', async () => {
    const { baseline, tally } = await newInsured(dataset, '2023-03', FACTS, CODES);
    expect(baseline).toEqual({ period: '2022-12', mode: 'snapshot' });
    expect(Object.fromEntries(tally)).toEqual({ [T.quanxi]: 2, [T.baiyang]: 1, unassigned: 2 });
  });
});

describe('RULES 2.2 newInsured without a baseline (startDate mode)', () => {
  const dataset = memoryDataset([
    insured('2023-02', [
      pension(alice, { employerCode: E.e1, startDate: '2023-01-01' }),
      pension(bob, { employerCode: E.e1, startDate: '2022-12-31' }), // before the year
      pension(carol, { employerCode: E.e2, startDate: '2023-03-31' }),
      pension(dave, { employerCode: E.e2, startDate: '2023-04-01' }), // after end(P)
      pension(erin, { employerCode: E.e2 }), // no startDate: cannot be told new
      pension(frank, { employerCode: E.e2, startDate: '2023-02-10', status: 'ended' }),
    ]),
  ]);

  it('counts active persons whose startDate lies in Y-01-01 .. end(P)', async () => {
    const { baseline, tally } = await newInsured(dataset, '2023-03', FACTS, CODES);
    expect(baseline).toEqual({ period: null, mode: 'startDate' });
    expect(Object.fromEntries(tally)).toEqual({ [T.tongqin]: 1, [T.quanxi]: 1 });
  });
});

describe('RULES 2.2 coveredEnterprises', () => {
  const survey = (creditCode: string): SurveyRow => ({ creditCode, surveyedOn: '2023-02-20', employees: 10 });
  const contact = (
    creditCode: string | undefined,
    contactedOn: string,
    method: ContactRow['method'] = '电话',
  ): ContactRow => ({
    cadreId: 'C01',
    creditCode,
    contactedOn,
    method,
  });
  const enforcement = (creditCode: string, actedOn: string): EnforcementRow => ({
    creditCode,
    measure: '提醒',
    actedOn,
  });
  const dataset = memoryDataset([
    { kind: 'survey', period: '2022-11', unit: T.tongqin, rows: [survey(E.e4)] }, // last year
    { kind: 'survey', period: '2023-02', unit: T.tongqin, rows: [survey(E.e1)] },
    {
      kind: 'contacts',
      period: '2023-03',
      unit: T.quanxi,
      rows: [contact(E.e1, '2023-03-02'), contact(E.e2, '2023-03-10'), contact(undefined, '2023-03-11')],
    },
    { kind: 'contacts', period: '2023-03', unit: T.tongqin, rows: [contact(E.e5, '2022-12-30')] }, // dated before the year
    { kind: 'enforcement', period: '2023-02', rows: [enforcement(E.e3, '2023-02-15')] },
    { kind: 'enforcement', period: '2023-04', rows: [enforcement(E.e4, '2023-04-02')] }, // after P
  ]);

  it('counts distinct enterprises with a survey row, a dated contact or a dated enforcement record, by their township', async () => {
    const tally = await coveredEnterprises(dataset, '2023-03', FACTS, CODES);
    // E1 (survey and contact, once) → 桐琴; E2 → 泉溪; E3 has no township → unassigned
    expect(Object.fromEntries(tally)).toEqual({ [T.tongqin]: 1, [T.quanxi]: 1, unassigned: 1 });
  });
});

describe('RULES 2.2 keyEnterprises (进重点企业)', () => {
  const visit = (creditCode: string, contactedOn: string, method: ContactRow['method']): ContactRow => ({
    cadreId: 'C01',
    creditCode,
    contactedOn,
    method,
  });
  const dataset = memoryDataset([
    {
      kind: 'contacts',
      period: '2023-02',
      unit: T.tongqin,
      rows: [
        visit(E.e1, '2023-02-03', '上门走访'),
        visit(E.e1, '2023-02-20', '上门走访'), // same enterprise again
        visit(E.e2, '2023-02-04', '电话'), // key, but not a visit
        visit(E.e4, '2023-02-05', '上门走访'), // visited, not key
      ],
    },
    { kind: 'contacts', period: '2023-03', unit: T.quanxi, rows: [visit(E.e2, '2023-04-01', '上门走访')] }, // dated after end(P)
  ]);

  it('counts distinct key enterprises visited in person (上门走访) in the span', async () => {
    const keyFacts = facts({
      townships: { [E.e1]: T.tongqin, [E.e2]: T.quanxi },
      keyEnterprises: new Set([E.e1, E.e2]),
    });
    const tally = await keyEnterprises(dataset, '2023-03', keyFacts, CODES);
    expect(Object.fromEntries(tally)).toEqual({ [T.tongqin]: 1 });
  });
});

describe('RULES 2.2 ruralOutreach (进农村)', () => {
  const form = (rural: number, enterprise: number): ActivityRow[] => [
    { activity: '进乡村', count: rural, staff: 4, served: 60, consulted: 12, materials: 100 },
    { activity: '进企业', count: enterprise, staff: 2, served: 30, consulted: 5, materials: 40 },
  ];
  const uploads: MemoryUpload[] = [
    { kind: 'activity', period: '2022-12', unit: T.datian, rows: form(5, 1) }, // last year
    { kind: 'activity', period: '2023-01', unit: T.datian, rows: form(2, 0) },
    {
      kind: 'activity',
      period: '2023-03',
      unit: T.datian,
      rows: form(3, 1),
      receivedAt: '2023-04-03T02:00:00Z',
    },
    {
      kind: 'activity',
      period: '2023-03',
      unit: T.datian,
      rows: form(1, 1),
      receivedAt: '2023-04-04T02:00:00Z',
    }, // correction replaces
    { kind: 'activity', period: '2023-02', unit: 'hrss', rows: form(4, 6) }, // a county department
    { kind: 'activity', period: '2023-04', unit: T.datian, rows: form(9, 0) }, // after P
  ];
  const dataset = memoryDataset(uploads);

  it('sums 家（次、个）数 of 进乡村 per township unit in Y-01 .. P; county departments count as unassigned', async () => {
    const tally = await ruralOutreach(dataset, '2023-03', CODES);
    expect(Object.fromEntries(tally)).toEqual({ [T.datian]: 3, unassigned: 4 });
  });

  it('totals every column of the 统计表 per township and activity type', async () => {
    const totals = await activityTotals(dataset, '2023-03', [...CODES]);
    expect(totals).toHaveLength(20);
    const datian = totals.find((t) => t.unit === T.datian);
    expect(datian?.byActivity.进乡村).toEqual({
      count: 3,
      staff: 8,
      served: 120,
      consulted: 24,
      materials: 200,
    });
    expect(datian?.byActivity.进企业).toEqual({
      count: 1,
      staff: 4,
      served: 60,
      consulted: 10,
      materials: 80,
    });
    expect(datian?.total).toEqual({ count: 4, staff: 12, served: 180, consulted: 34, materials: 280 });
    expect(totals.at(-1)?.unit).toBe('unassigned');
    expect(totals.at(-1)?.total.count).toBe(10);
    expect(totals.find((t) => t.unit === T.baimu)?.total.count).toBe(0);
  });
});

describe('gathering a rollup from the dataset', () => {
  it('puts every actual in its township and scores it', async () => {
    const dataset = memoryDataset([
      insured('2022-12', [pension(alice, { employerCode: E.e1 })]),
      insured('2023-03', [
        pension(alice, { employerCode: E.e1 }),
        pension(bob, { employerCode: E.e1 }),
        pension(carol, { employerCode: E.e1 }),
      ]),
      {
        kind: 'survey',
        period: '2023-03',
        unit: T.tongqin,
        rows: [{ creditCode: E.e1, surveyedOn: '2023-03-01', employees: 3 }],
      },
      {
        kind: 'contacts',
        period: '2023-03',
        unit: T.tongqin,
        rows: [{ cadreId: 'C1', creditCode: E.e1, contactedOn: '2023-03-05', method: '上门走访' }],
      },
      {
        kind: 'activity',
        period: '2023-03',
        unit: T.tongqin,
        rows: [{ activity: '进乡村', count: 2, staff: 1, served: 1, consulted: 0, materials: 0 }],
      },
    ]);
    const input = await gatherRollupInput(
      dataset,
      '2023-03',
      facts({
        townships: { [E.e1]: T.tongqin },
        keyEnterprises: new Set([E.e1]),
        participationRate: 0.8,
        participationRateBaseline: 0.78,
      }),
    );
    const result = rollup(input);
    const tongqin = result.townships.find((t) => t.code === T.tongqin);
    expect(tongqin?.actual).toEqual({
      newInsured: 2,
      coveredEnterprises: 1,
      keyEnterprises: 1,
      ruralOutreach: 2,
    });
    expect(result.baseline).toEqual({ period: '2022-12', mode: 'snapshot' });
    // 100 × (0.6×2/2200 + 0.2×1/200 + 0.1×1/30 + 0.1×2/5) = 0.0545… + 0.1 + 0.3333… + 4 = 4.4878… → 4.5
    expect(tongqin?.score).toBe(4.5);
    expect(tongqin?.rank).toBe(1);
    expect(result.county.participationRateGainPp).toBe(2);
  });

  it('refuses a year whose quota file is missing', async () => {
    const dataset = memoryDataset([insured('2024-03', [pension(alice)])]);
    await expect(gatherRollupInput(dataset, '2024-03', facts({}))).rejects.toThrow(SeedError);
    await expect(gatherRollupInput(dataset, '2024-03', facts({}))).rejects.toThrow(
      /seeds\/quotas\/2024\.json/,
    );
  });
});
