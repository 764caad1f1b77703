import { describe, expect, it } from 'vitest';
import { type MemoryUpload, memoryDataset } from '../../lib/snapshots/memoryDataset.ts';
import { runSurveyCheck } from '../../lib/survey/surveyAlerts.ts';
import { BAIMU, DATIAN, POLICY_2023, cadre, surveyRow, uscc } from './fixtures.ts';

const roster: MemoryUpload<'cadres'> = {
  kind: 'cadres',
  period: '2023-03',
  receivedAt: '2023-03-01T02:00:00.000Z',
  rows: [
    cadre('C001', '片区', DATIAN),
    cadre('C002', '片区', DATIAN),
    cadre('C002', '企业', uscc(1)),
    cadre('C003', '片区', BAIMU),
    cadre('C004', '企业', uscc(2)),
  ],
};

/** Every township but 大田乡 and 白姆乡 has submitted: the alerts concern only those two. */
function othersSubmitted(): MemoryUpload[] {
  const codes = [
    '330723-KFQ',
    '330723001000',
    '330723002000',
    '330723003000',
    '330723100000',
    '330723101000',
    '330723102000',
    '330723103000',
    '330723104000',
    '330723105000',
    '330723106000',
    '330723107000',
    '330723202000',
    '330723203000',
    '330723204000',
    '330723205000',
    '330723206000',
  ];
  return codes.map((unit) => ({
    kind: 'survey',
    period: '2023-03',
    unit,
    receivedAt: '2023-03-10T02:00:00.000Z',
    rows: [surveyRow(uscc(3))],
  }));
}

async function alertsOn(date: string, uploads: MemoryUpload[] = []) {
  const { alerts } = await runSurveyCheck(
    memoryDataset([roster, ...othersSubmitted(), ...uploads]),
    date,
    POLICY_2023,
    { officeId: 'office' },
  );
  return alerts;
}

describe('survey alerts (RULES 3.4)', () => {
  it('reminds each cadre assigned to a township that has not submitted, and no one else', async () => {
    const alerts = await alertsOn('2023-03-24');
    expect(alerts.map((a) => a.alertId)).toEqual([
      'survey-remind|C001|2023-03-24|330723200000',
      'survey-remind|C002|2023-03-24|330723200000',
      'survey-remind|C003|2023-03-24|330723201000',
    ]);
    expect(alerts.every((a) => a.kind === 'survey-remind' && a.on === '2023-03-24')).toBe(true);
    expect(alerts[0].sms).toContain('大田乡');
    expect(alerts[0].sms).toContain('还有7天');
    expect(alerts[2].sms).toContain('白姆乡');
  });

  it('sends nothing on a day that is not a reminder day, nor for a township that has submitted', async () => {
    expect(await alertsOn('2023-03-25')).toEqual([]);
    const submitted: MemoryUpload = {
      kind: 'survey',
      period: '2023-03',
      unit: DATIAN,
      receivedAt: '2023-03-20T02:00:00.000Z',
      rows: [surveyRow(uscc(1))],
    };
    expect((await alertsOn('2023-03-28', [submitted])).map((a) => a.cadreId)).toEqual(['C003']);
  });

  it('sends overdue notices to the cadres and one summary to the office', async () => {
    const alerts = await alertsOn('2023-04-08');
    expect(alerts.map((a) => a.alertId)).toEqual([
      'survey-overdue|C001|2023-04-08|330723200000',
      'survey-overdue|C002|2023-04-08|330723200000',
      'survey-overdue|C003|2023-04-08|330723201000',
      'survey-overdue|office|2023-04-08|county',
    ]);
    const office = alerts[3];
    expect(office.cadreId).toBe('office');
    expect(office.sms).toContain('逾期8天');
    expect(office.email).toContain('大田乡（330723200000），包保干部：C001、C002');
    expect(office.email).toContain('白姆乡（330723201000），包保干部：C003');
    expect(alerts[0].email).toContain('已逾期8天');
  });

  it('sends the office its summary even when a township has no cadre', async () => {
    const only = { ...roster, rows: roster.rows.filter((r) => r.target !== BAIMU) };
    const { alerts } = await runSurveyCheck(
      memoryDataset([only, ...othersSubmitted()]),
      '2023-04-01',
      POLICY_2023,
      { officeId: 'office' },
    );
    expect(alerts.map((a) => a.cadreId)).toEqual(['C001', 'C002', 'office']);
    expect(alerts[2].email).toContain('白姆乡（330723201000），包保干部：名册中无片区包保干部');
  });

  it('takes the roster as of month(D) as it stood at the end of D', async () => {
    const later: MemoryUpload<'cadres'> = {
      ...roster,
      receivedAt: '2023-03-24T16:00:00.000Z',
      rows: [cadre('C009', '片区', DATIAN)],
    };
    expect((await alertsOn('2023-03-24', [later])).map((a) => a.cadreId)).toEqual(['C001', 'C002', 'C003']);
    expect((await alertsOn('2023-03-28', [later])).map((a) => a.cadreId)).toEqual(['C009']);
  });
});
