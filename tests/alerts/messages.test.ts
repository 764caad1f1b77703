import { describe, expect, it } from 'vitest';
import { digestAlerts } from '../../lib/alerts/digest.ts';
import type { CadreDigest, OfficeDigest } from '../../lib/alerts/digestTypes.ts';
import {
  type MessageTexts,
  cadreDigestTexts,
  officeDigestTexts,
  officeOverdueTexts,
  surveyOverdueTexts,
  surveyRemindTexts,
} from '../../lib/alerts/messages.ts';
import { monthlyDigests } from '../../lib/alerts/monthlyDigests.ts';
import { shortenName } from '../../lib/alerts/smsFit.ts';
import type { Alert } from '../../lib/alerts/types.ts';
import { type MemoryUpload, memoryDataset } from '../../lib/snapshots/memoryDataset.ts';
import { runSurveyCheck } from '../../lib/survey/surveyAlerts.ts';
import { DATIAN, POLICY_2023, cadre, registryRow, uscc } from '../survey/fixtures.ts';

const LONG_TOWNSHIP =
  '武义县第一二三四五六七八九十百千万亿兆京垓秭穰沟涧正载极恒河沙阿僧祇那由他不可思议无量大数乡镇街道办事处';
const DIGIT_TOWNSHIP = '武义县第20230331号经济技术开发区管理委员会下属的一个名字特别特别长的片区';
const LONG_ENTERPRISE =
  '浙江省金华市武义县某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某有限责任公司';

function charCount(text: string): number {
  return [...text].length;
}

function expectSmsFits(texts: MessageTexts, mustContain: string[] = []): void {
  expect(charCount(texts.sms)).toBeLessThanOrEqual(70);
  expect(texts.sms.length).toBeLessThanOrEqual(70); // also as SMS segments count (UTF-16)
  for (const part of mustContain) expect(texts.sms).toContain(part);
}

const notice = { cadreId: 'C001', townshipCode: DATIAN, date: '2023-03-24', deadline: '2023-03-31' };

function cadreDigest(name: string, extra: Partial<CadreDigest> = {}): CadreDigest {
  return {
    cadreId: 'C001',
    period: '2023-03',
    timeProgress: 0.25,
    rankedTownships: 19,
    townships: [{ code: DATIAN, name, score: 102.35, rank: 17, status: 'behind', behind: [] }],
    enterprises: Array.from({ length: 12 }, (_, i) => ({
      creditCode: uscc(i),
      name: LONG_ENTERPRISE,
      compared: true,
      rate: 0.5,
      flags: ['OPERATING_NO_INSURED' as const],
      uninsured: 12345,
      lastContact: null,
    })),
    missing: Array.from({ length: 123 }, (_, i) => ({
      cadreId: 'C001',
      assignmentType: '企业' as const,
      target: uscc(i),
      name: LONG_ENTERPRISE,
    })),
    survey: {
      date: '2023-03-31',
      deadline: '2023-03-31',
      townships: [{ code: DATIAN, name, submitted: false, submittedOn: null, late: false, coverage: null }],
    },
    ...extra,
  };
}

describe('SMS texts fit one segment (RULES 4.2: ≤ 70 characters)', () => {
  it('survey reminders and overdue notices, with a very long township name, keep their numbers whole', () => {
    for (const name of [LONG_TOWNSHIP, DIGIT_TOWNSHIP, '大田乡']) {
      for (const daysLeft of [7, 3, 0]) {
        expectSmsFits(
          surveyRemindTexts({ ...notice, townshipName: name, daysLeft }),
          daysLeft === 0 ? ['今天'] : [`${daysLeft}天`],
        );
      }
      for (const daysPast of [1, 8, 15, 365]) {
        expectSmsFits(surveyOverdueTexts({ ...notice, townshipName: name, daysPast }), [`逾期${daysPast}天`]);
      }
    }
    const short = surveyRemindTexts({ ...notice, townshipName: '大田乡', daysLeft: 3 });
    expect(short.sms).toBe(
      '【武义扩面】您包保的大田乡尚未报送入企调查结果，距3月31日截止还有3天，请督促报送。',
    );
    const long = surveyRemindTexts({ ...notice, townshipName: LONG_TOWNSHIP, daysLeft: 3 });
    expect(long.sms).toContain('…');
    expect(long.email).toContain(LONG_TOWNSHIP); // the e-mail is never shortened
  });

  it('the office summary of 19 overdue townships, long names or not', () => {
    const townships = Array.from({ length: 19 }, (_, i) => ({
      code: `c${i}`,
      name: i % 2 ? LONG_TOWNSHIP : `乡镇${i}`,
      cadreIds: ['C001'],
    }));
    const texts = officeOverdueTexts({ date: '2023-04-15', deadline: '2023-03-31', daysPast: 15, townships });
    expectSmsFits(texts, ['逾期15天', '19个']);
    for (const t of townships) expect(texts.email).toContain(t.name);
    const two = officeOverdueTexts({
      date: '2023-04-01',
      deadline: '2023-03-31',
      daysPast: 1,
      townships: townships.slice(0, 1),
    });
    expect(two.sms).toBe('【武义扩面】入企调查结果逾期1天未报送：乡镇0，共1个乡镇（街道），请督办。');
  });

  it('cadre and office digests with big counts and long names', () => {
    const one = cadreDigestTexts(cadreDigest(LONG_TOWNSHIP));
    expectSmsFits(one, ['123项', '得分102.35排名17']);
    expectSmsFits(cadreDigestTexts(cadreDigest(DIGIT_TOWNSHIP)), ['123项']);
    const many = cadreDigest('大田乡', {
      townships: Array.from({ length: 19 }, (_, i) => ({
        code: `c${i}`,
        name: LONG_TOWNSHIP,
        score: 1,
        rank: i + 1,
        status: 'lagging' as const,
        behind: [],
      })),
    });
    expectSmsFits(cadreDigestTexts(many), ['片区19个，19个滞后', '123项']);
    const office: OfficeDigest = {
      officeId: 'office',
      period: '2023-12',
      cadres: 1234,
      assignments: 56789,
      missing: 54321,
      byCadre: [{ cadreId: 'C001', assignments: 3, missing: 1 }],
      survey: null,
    };
    expectSmsFits(officeDigestTexts(office), ['54321项', '56789项', '1234名']);
  });

  it('never cuts a name inside a number', () => {
    expect(shortenName('武义20230331号公司', 6)).toBe('武义…');
    expect(shortenName('武义20230331号公司', 11)).toBe('武义20230331…');
    expect(shortenName('12345678', 4)).toBe('…');
    expect(shortenName('短名', 4)).toBe('短名');
    const texts = surveyRemindTexts({ ...notice, townshipName: DIGIT_TOWNSHIP, daysLeft: 7 });
    for (const run of texts.sms.match(/\d+/g) ?? []) expect(['3', '31', '7', '20230331']).toContain(run);
  });
});

/** A resident ID (18 digits with birth date, or the old 15-digit form), standing alone. */
const ID_18 =
  /(?<![0-9A-Z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Z])/;
const ID_15 = /(?<![0-9A-Z])[1-9]\d{5}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![0-9A-Z])/;

describe('no personal data in any alert (RULES 4.2)', () => {
  const PERSON_NAMES = ['张三丰', '李秀英', '欧阳娜娜', '王建国'];
  const ID_NUMBERS = ['330723199001011234', '33072319850505002X', '330723850505002'];

  const uploads: MemoryUpload[] = [
    {
      kind: 'cadres',
      period: '2023-01',
      rows: [
        cadre('C001', '片区', DATIAN, {
          name: '王建国',
          mobile: '13812345678',
          email: 'wangjianguo@example.cn',
        }),
        cadre('C001', '企业', uscc(1), { name: '王建国' }),
      ],
    },
    {
      kind: 'registry',
      period: '2023-01',
      rows: [registryRow(uscc(1), { name: '武义县张三丰五金店', township: DATIAN })],
    },
    {
      kind: 'insured',
      period: '2023-02',
      rows: [
        {
          idNumber: ID_NUMBERS[0],
          name: '李秀英',
          employerCode: uscc(1),
          scheme: 'pension',
          status: 'active',
        },
      ],
    },
    {
      kind: 'tax-payroll',
      period: '2023-02',
      rows: [
        {
          employerCode: uscc(1),
          idType: '居民身份证',
          idNumber: ID_NUMBERS[1],
          name: '欧阳娜娜',
          incomeType: '正常工资薪金',
          employmentType: '雇员',
          income: 5000,
        },
      ],
    },
    {
      kind: 'contacts',
      period: '2023-03',
      unit: DATIAN,
      rows: [
        {
          cadreId: 'C001',
          contactedOn: '2023-03-02',
          method: '座谈',
          summary: `与李秀英（${ID_NUMBERS[2]}）座谈`,
        },
      ],
    },
  ];

  function expectNoPersonalData(alerts: Alert[]): void {
    expect(alerts.length).toBeGreaterThan(0);
    for (const alert of alerts) {
      for (const text of [alert.subject, alert.sms, alert.email, alert.alertId]) {
        expect(text).not.toMatch(ID_18);
        expect(text).not.toMatch(ID_15);
        expect(text).not.toMatch(/(?<![0-9A-Z])1[3-9]\d{9}(?![0-9A-Z])/); // a mobile number
        expect(text).not.toContain('@');
        for (const id of ID_NUMBERS) expect(text).not.toContain(id);
        // The enterprise name 武义县张三丰五金店 may appear; a person's name on its own may not.
        for (const person of PERSON_NAMES)
          expect(text.replaceAll('武义县张三丰五金店', '')).not.toContain(person);
      }
    }
  }

  it('in survey alerts', async () => {
    const dataset = memoryDataset(uploads);
    expectNoPersonalData(
      (await runSurveyCheck(dataset, '2023-03-24', POLICY_2023, { officeId: 'office' })).alerts,
    );
    expectNoPersonalData(
      (await runSurveyCheck(dataset, '2023-04-01', POLICY_2023, { officeId: 'office' })).alerts,
    );
  });

  it('in digests, while enterprise names do appear', async () => {
    const rollup = { period: '2023-03', timeProgress: 0.25, townships: [] };
    const comparison = {
      period: '2023-03',
      enterprises: [
        {
          creditCode: uscc(1),
          name: '武义县张三丰五金店',
          rate: 0,
          flags: ['OPERATING_NO_INSURED' as const],
          uninsured: 1,
        },
      ],
    };
    const alerts = digestAlerts(
      await monthlyDigests(memoryDataset(uploads), '2023-03', {
        rollup,
        comparison,
        officeId: 'office',
        policy: POLICY_2023,
      }),
    );
    expectNoPersonalData(alerts);
    expect(alerts[0].email).toContain('武义县张三丰五金店');
  });

  it('the ID patterns used here do catch IDs', () => {
    expect(`号码${ID_NUMBERS[0]}。`).toMatch(ID_18);
    expect(`号码${ID_NUMBERS[1]}`).toMatch(ID_18);
    expect(`号码${ID_NUMBERS[2]}`).toMatch(ID_15);
    expect(uscc(1)).not.toMatch(ID_18);
  });
});
