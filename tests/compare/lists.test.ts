import { describe, expect, it } from 'vitest';
import type { MemoryUpload } from '../../lib/snapshots/memoryDataset.ts';
import {
  BAIYANG,
  compareAt,
  enforcementRow,
  enterprise,
  P,
  staff,
  subsidy,
  surveyed,
  upload,
  uscc,
} from './fixtures.ts';

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

function evidenceOf(result: Awaited<ReturnType<typeof compareAt>>, creditCode: string) {
  const found = result.evidence.find((e) => e.creditCode === creditCode);
  if (!found) throw new Error(`no evidence for ${creditCode}`);
  return found;
}

describe('Key enterprise (重点企业)', () => {
  it('is key through keyTarget = yes in its latest survey row, without any flag', async () => {
    const e = uscc(1);
    const result = await compareAt([
      ...workforce([e, 10, 10]),
      upload('survey', '2023-02', [surveyed(e, 10, { keyTarget: true })], { unit: BAIYANG }),
    ]);
    expect(enterprise(result, e)).toMatchObject({ flags: [], key: true });
    expect(evidenceOf(result, e).key).toEqual([
      { source: 'survey', period: '2023-02', figure: 'keyTarget', value: true },
    ]);
  });

  it('is not key when only an older survey row said keyTarget', async () => {
    const e = uscc(1);
    const result = await compareAt([
      ...workforce([e, 10, 10]),
      upload('survey', '2023-01', [surveyed(e, 10, { keyTarget: true })], { unit: BAIYANG }),
      upload('survey', '2023-02', [surveyed(e, 10, { keyTarget: false })], { unit: BAIYANG }),
    ]);
    expect(enterprise(result, e).key).toBe(false);
    expect(evidenceOf(result, e).key).toBeNull();
  });

  it('is key through LARGE_LOW_RATE, and not through OPERATING_NO_INSURED alone', async () => {
    const [large, noInsured, rest] = [uscc(1), uscc(2), uscc(3)];
    const result = await compareAt(workforce([large, 50, 10], [noInsured, 5, 0], [rest, 100, 100]));
    expect(enterprise(result, large)).toMatchObject({ flags: ['LARGE_LOW_RATE'], key: true });
    expect(evidenceOf(result, large).key).toEqual([
      { source: 'comparison', period: P, figure: 'flag', value: 'LARGE_LOW_RATE' },
    ]);
    expect(enterprise(result, noInsured)).toMatchObject({ flags: ['OPERATING_NO_INSURED'], key: false });
  });
});

describe('Subsidy precondition (财政补助前置条件)', () => {
  it('lists subsidized enterprises with rate < 0.80 or no one insured', async () => {
    const [lowRate, noInsured, unsubsidized, goodRate, unknownRate] = [1, 2, 3, 4, 5].map(uscc);
    const result = await compareAt([
      ...workforce([lowRate, 2, 1], [noInsured, 3, 0], [unsubsidized, 2, 1], [goodRate, 10, 9]),
      upload('subsidies', P, [
        subsidy(lowRate, 500),
        subsidy(noInsured, 500),
        subsidy(goodRate, 500),
        subsidy(unknownRate, 500),
      ]),
    ]);
    expect(enterprise(result, lowRate).subsidyPrecondition).toBe(true);
    expect(enterprise(result, noInsured).subsidyPrecondition).toBe(true);
    expect(enterprise(result, unsubsidized).subsidyPrecondition).toBe(false);
    expect(enterprise(result, goodRate).subsidyPrecondition).toBe(false);
    expect(enterprise(result, unknownRate).subsidyPrecondition).toBe(false);
    expect(evidenceOf(result, lowRate).subsidyPrecondition).toEqual([
      { source: 'subsidies', period: P, from: '2022-04', figure: 'subsidies12m', value: 500 },
      { source: 'comparison', period: P, figure: 'rate', value: 0.5 },
      { source: 'policy', period: null, figure: 'minimumRate', value: 0.8 },
    ]);
  });
});

describe('Joint enforcement candidate (多次提醒拒不整改 → 联合执法)', () => {
  const e = uscc(1);
  const reminders = [
    upload('enforcement', '2023-01', [enforcementRow(e, '提醒', '2023-01-10')]),
    upload('enforcement', '2023-02', [enforcementRow(e, '约谈', '2023-02-10')]),
  ];

  it('two reminders this year and still no one insured: a candidate', async () => {
    const result = await compareAt([...workforce([e, 3, 0]), ...reminders]);
    expect(enterprise(result, e).jointEnforcement).toBe(true);
    expect(evidenceOf(result, e).jointEnforcement).toEqual([
      { source: 'enforcement', period: '2023-01', date: '2023-01-10', figure: 'measure', value: '提醒' },
      { source: 'enforcement', period: '2023-02', date: '2023-02-10', figure: 'measure', value: '约谈' },
      { source: 'comparison', period: P, figure: 'flag', value: 'OPERATING_NO_INSURED' },
    ]);
  });

  it('not once 联合执法 has been recorded in the span', async () => {
    const result = await compareAt([
      ...workforce([e, 3, 0]),
      ...reminders,
      upload('enforcement', P, [enforcementRow(e, '联合执法', '2023-03-05')]),
    ]);
    expect(enterprise(result, e).jointEnforcement).toBe(false);
  });

  it('not after one reminder only', async () => {
    const result = await compareAt([...workforce([e, 3, 0]), reminders[0]]);
    expect(enterprise(result, e).jointEnforcement).toBe(false);
  });

  it('not when the enterprise has put things right (no longer flagged)', async () => {
    const result = await compareAt([...workforce([e, 3, 3]), ...reminders]);
    expect(enterprise(result, e).jointEnforcement).toBe(false);
  });

  it('counts only records dated in Y-01-01..end(P) in files of Y-01..P', async () => {
    const result = await compareAt([
      ...workforce([e, 3, 0]),
      upload('enforcement', '2022-12', [enforcementRow(e, '整改通知', '2022-12-20')]),
      upload('enforcement', '2023-01', [
        enforcementRow(e, '提醒', '2022-12-28'),
        enforcementRow(e, '提醒', '2023-01-03'),
      ]),
      upload('enforcement', P, [enforcementRow(e, '整改通知', '2023-04-02')]),
      upload('enforcement', '2023-04', [enforcementRow(e, '约谈', '2023-03-30')]),
    ]);
    expect(enterprise(result, e).jointEnforcement).toBe(false);
  });
});
