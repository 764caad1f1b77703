import { describe, expect, it } from 'vitest';
import { buildDigests, digestAlerts } from '../../lib/alerts/digest.ts';
import type { DigestComparison, DigestRollup, DigestRollupTownship } from '../../lib/alerts/digestTypes.ts';
import { monthlyDigests } from '../../lib/alerts/monthlyDigests.ts';
import type { ContactRow } from '../../lib/model/rows.ts';
import { type MemoryUpload, memoryDataset } from '../../lib/snapshots/memoryDataset.ts';
import { BAIMU, DATIAN, POLICY_2023, cadre, surveyRow, uscc } from '../survey/fixtures.ts';

function line(code: string, name: string, fields: Partial<DigestRollupTownship>): DigestRollupTownship {
  return {
    code,
    name,
    quota: { newInsured: 200, coveredEnterprises: 40, keyEnterprises: 0, ruralOutreach: 8 },
    actual: { newInsured: 20, coveredEnterprises: 12, keyEnterprises: 3, ruralOutreach: 2 },
    completion: { newInsured: 0.1, coveredEnterprises: 0.3, keyEnterprises: null, ruralOutreach: 0.25 },
    score: 16.5,
    status: 'lagging',
    rank: 3,
    ...fields,
  };
}

const rollup: DigestRollup = {
  period: '2023-03',
  timeProgress: 0.25,
  townships: [
    line('330723102000', '桐琴镇', { score: 90, status: 'ahead', rank: 1 }),
    line('330723103000', '泉溪镇', { score: 40, status: 'ahead', rank: 2 }),
    line(DATIAN, '大田乡', {}),
    line(BAIMU, '白姆乡', {
      score: null,
      status: null,
      rank: null,
      completion: { newInsured: null, coveredEnterprises: null, keyEnterprises: null, ruralOutreach: null },
    }),
  ],
};

const comparison: DigestComparison = {
  period: '2023-03',
  enterprises: [
    {
      creditCode: uscc(1),
      name: '武义甲公司',
      rate: 0.8125,
      flags: ['LARGE_LOW_RATE', 'INJURY_GAP'],
      uninsured: 3,
    },
    { creditCode: uscc(3), name: '武义丙公司', rate: null, flags: [], uninsured: null },
  ],
};

const roster: MemoryUpload = {
  kind: 'cadres',
  period: '2023-01',
  rows: [
    cadre('C001', '片区', DATIAN),
    cadre('C001', '企业', uscc(1)),
    cadre('C001', '企业', uscc(2)),
    cadre('C002', '企业', uscc(3)),
  ],
};

function contacts(period: string, unit: string, rows: ContactRow[]): MemoryUpload {
  return { kind: 'contacts', period, unit, rows };
}

const uploads: MemoryUpload[] = [
  roster,
  contacts('2023-02', DATIAN, [
    { cadreId: 'C001', contactedOn: '2023-02-10', method: '电话', creditCode: uscc(2) },
  ]),
  contacts('2023-03', DATIAN, [
    { cadreId: 'C001', contactedOn: '2023-03-12', method: '上门走访', creditCode: uscc(1) },
    { cadreId: 'C001', contactedOn: '2023-03-02', method: '上门走访', creditCode: uscc(1) },
    { cadreId: 'C002', contactedOn: '2023-03-20', method: '上门走访', creditCode: uscc(2) },
  ]),
  {
    kind: 'survey',
    period: '2023-03',
    unit: DATIAN,
    receivedAt: '2023-03-20T02:00:00.000Z',
    rows: [surveyRow(uscc(1))],
  },
];

describe('monthly digest (RULES 4.2)', () => {
  it('tells each cadre about their 片区, 企业, missing contacts and, in March, the survey', async () => {
    const digests = await monthlyDigests(memoryDataset(uploads), '2023-03', {
      rollup,
      comparison,
      officeId: 'office',
      policy: POLICY_2023,
    });
    expect(digests.cadres).toEqual([
      {
        cadreId: 'C001',
        period: '2023-03',
        timeProgress: 0.25,
        rankedTownships: 3,
        townships: [
          {
            code: DATIAN,
            name: '大田乡',
            score: 16.5,
            rank: 3,
            status: 'lagging',
            // coveredEnterprises 0.3 and ruralOutreach 0.25 are not behind 0.25; keyEnterprises has no quota
            behind: [{ metric: 'newInsured', quota: 200, actual: 20, completion: 0.1 }],
          },
        ],
        enterprises: [
          {
            creditCode: uscc(1),
            name: '武义甲公司',
            compared: true,
            rate: 0.8125,
            flags: ['LARGE_LOW_RATE', 'INJURY_GAP'],
            uninsured: 3,
            lastContact: '2023-03-12',
          },
          {
            creditCode: uscc(2),
            name: null,
            compared: false,
            rate: null,
            flags: [],
            uninsured: null,
            lastContact: '2023-02-10',
          },
        ],
        // 大田乡 is covered: its contacts snapshot of March holds records of C001.
        missing: [{ cadreId: 'C001', assignmentType: '企业', target: uscc(2), name: null }],
        survey: {
          date: '2023-03-31',
          deadline: '2023-03-31',
          townships: [
            {
              code: DATIAN,
              name: '大田乡',
              submitted: true,
              submittedOn: '2023-03-20',
              late: false,
              coverage: null,
            },
          ],
        },
      },
      {
        cadreId: 'C002',
        period: '2023-03',
        timeProgress: 0.25,
        rankedTownships: 3,
        townships: [],
        enterprises: [
          {
            creditCode: uscc(3),
            name: '武义丙公司',
            compared: true,
            rate: null,
            flags: [],
            uninsured: null,
            lastContact: null,
          },
        ],
        missing: [{ cadreId: 'C002', assignmentType: '企业', target: uscc(3), name: '武义丙公司' }],
        survey: { date: '2023-03-31', deadline: '2023-03-31', townships: [] },
      },
    ]);
    expect(digests.office).toMatchObject({
      officeId: 'office',
      period: '2023-03',
      cadres: 2,
      assignments: 4,
      missing: 2,
      byCadre: [
        { cadreId: 'C001', assignments: 3, missing: 1 },
        { cadreId: 'C002', assignments: 1, missing: 1 },
      ],
    });
    expect(digests.office.survey?.notSubmitted).toHaveLength(18);
    expect(digests.office.survey?.late).toEqual([]);
  });

  it('shows no survey outside March and April', async () => {
    const may = { ...rollup, period: '2023-05' };
    const digests = await monthlyDigests(memoryDataset(uploads), '2023-05', {
      rollup: may,
      comparison,
      officeId: 'office',
      policy: POLICY_2023,
    });
    expect(digests.cadres.map((d) => d.survey)).toEqual([null, null]);
    expect(digests.office.survey).toBeNull();
    expect(digests.office.missing).toBe(4);
  });

  it('turns the digests into one alert per cadre and one for the office, with readable ids and texts', async () => {
    const alerts = digestAlerts(
      await monthlyDigests(memoryDataset(uploads), '2023-03', {
        rollup,
        comparison,
        officeId: 'office',
        policy: POLICY_2023,
      }),
    );
    expect(alerts.map((a) => a.alertId)).toEqual([
      'digest|C001|2023-03|monthly',
      'digest|C002|2023-03|monthly',
      'office-digest|office|2023-03|county',
    ]);
    const c001 = alerts[0];
    expect(c001.subject).toBe('2023年3月包保工作月报（干部编号 C001）');
    expect(c001.sms).toBe(
      '【武义扩面】3月包保月报：大田乡得分16.5排名3（滞后）；本月未联系1项；包保企业2家，1家有问题；入企调查已报送。详见邮件。',
    );
    expect(c001.email).toContain('大田乡：得分 16.5，排名 3/3，滞后');
    expect(c001.email).toContain('低于时间进度：新增企业职工养老参保 完成 20/200（10.0%）');
    expect(c001.email).toContain(
      `1. 武义甲公司（${uscc(1)}）：参保率 81.3%，应保未保 3人，问题：用工规模大参保率低、工伤保险未全覆盖；最近联系 2023-03-12`,
    );
    expect(c001.email).toContain(
      `2. （名称未知）（${uscc(2)}）：本月比对数据中没有该企业；最近联系 2023-02-10`,
    );
    expect(c001.email).toContain(`\n企业：${uscc(2)}\n`);
    expect(c001.email).toContain('大田乡：已于2023年3月20日报送，调查覆盖率 —');
    expect(alerts[2].sms).toBe(
      '【武义扩面】3月包保联系：2名干部4项挂钩，2项未联系（涉及2名干部）；入企调查18个乡镇未报送。详见邮件。',
    );
    expect(alerts[2].email).toContain('C001：挂钩3项，未联系1项');
  });

  it('summarises several 片区 in the SMS and treats a township without quota as unscored', () => {
    const duty = {
      period: '2023-03',
      cadres: [
        {
          cadreId: 'C005',
          assignments: [
            { cadreId: 'C005', assignmentType: '片区' as const, target: DATIAN },
            { cadreId: 'C005', assignmentType: '片区' as const, target: BAIMU },
          ],
          missing: [],
        },
      ],
      totals: { cadres: 1, assignments: 2, missing: 0, cadresWithMissing: 0 },
    };
    const digests = buildDigests({
      period: '2023-03',
      rollup,
      comparison,
      duty,
      lastContacts: new Map(),
      survey: null,
      officeId: 'office',
    });
    expect(digests.cadres[0].townships[1]).toEqual({
      code: BAIMU,
      name: '白姆乡',
      score: null,
      rank: null,
      status: null,
      behind: [],
    });
    const [alert] = digestAlerts(digests);
    expect(alert.sms).toBe('【武义扩面】3月包保月报：片区2个，1个滞后；本月包保对象均已联系。详见邮件。');
    expect(alert.email).toContain('白姆乡：得分 —，排名 —/3，无考核任务');
  });
});
