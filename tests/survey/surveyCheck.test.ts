import { describe, expect, it } from 'vitest';
import { type MemoryUpload, memoryDataset } from '../../lib/snapshots/memoryDataset.ts';
import { addDays } from '../../lib/time/calendar.ts';
import { surveyCheck } from '../../lib/survey/surveyCheck.ts';
import { BAIMU, DATIAN, KFQ, POLICY_2023, registryRow, surveyRow, uscc } from './fixtures.ts';

/** A survey upload of a township, received at an ISO instant. */
function survey(
  unit: string,
  receivedAt: string,
  rows = [surveyRow(uscc(1))],
  period = '2023-03',
): MemoryUpload {
  return { kind: 'survey', period, unit, receivedAt, rows };
}

async function township(uploads: MemoryUpload[], date: string, code = DATIAN, timeZone?: string) {
  const result = await surveyCheck(memoryDataset(uploads), date, POLICY_2023, timeZone);
  const line = result.townships.find((t) => t.code === code);
  if (line === undefined) throw new Error(`no line for ${code}`);
  return line;
}

function datesFrom(first: string, last: string): string[] {
  const out: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) out.push(d);
  return out;
}

describe('survey check (RULES 3)', () => {
  it('answers the survey-check JSON for all 19 townships in code order', async () => {
    const result = await surveyCheck(memoryDataset([]), '2023-03-24', POLICY_2023);
    expect(Object.keys(result)).toEqual(['date', 'year', 'deadline', 'daysLeft', 'townships']);
    expect(result).toMatchObject({ date: '2023-03-24', year: 2023, deadline: '2023-03-31', daysLeft: 7 });
    expect(result.townships).toHaveLength(19);
    expect(result.townships[0]).toEqual({
      code: KFQ,
      name: '开发区',
      submitted: false,
      submittedOn: null,
      late: false,
      coverage: null,
      action: 'remind',
    });
    expect(result.townships.map((t) => t.code)).toEqual([...result.townships.map((t) => t.code)].sort());
    expect(result.townships.find((t) => t.code === DATIAN)?.name).toBe('大田乡');
  });

  it('reminds a township that has not submitted only when 7, 3 or 0 days are left', async () => {
    const reminded: string[] = [];
    for (const date of datesFrom('2023-03-01', '2023-03-31')) {
      if ((await township([], date)).action === 'remind') reminded.push(date);
    }
    expect(reminded).toEqual(['2023-03-24', '2023-03-28', '2023-03-31']);
  });

  it('reports overdue on days 1, 8, 15, 22 and 29 after the deadline, never on days 2 or 7', async () => {
    const overdue: string[] = [];
    for (const date of datesFrom('2023-04-01', '2023-04-30')) {
      const action = (await township([], date)).action;
      expect(action).not.toBe('remind');
      if (action === 'overdue') overdue.push(date);
    }
    expect(overdue).toEqual(['2023-04-01', '2023-04-08', '2023-04-15', '2023-04-22', '2023-04-29']);
  });

  it('sends nothing for a township that has submitted', async () => {
    const uploads = [survey(DATIAN, '2023-03-20T02:00:00.000Z')];
    expect((await township(uploads, '2023-03-24')).action).toBe('none');
    expect((await township(uploads, '2023-04-01')).action).toBe('none');
    expect((await township(uploads, '2023-04-01', BAIMU)).action).toBe('overdue');
  });

  it('counts an upload at 23:59 (+08:00) on 31 March as on time', async () => {
    const line = await township([survey(DATIAN, '2023-03-31T15:59:00.000Z')], '2023-04-10');
    expect(line).toMatchObject({ submitted: true, submittedOn: '2023-03-31', late: false, action: 'none' });
  });

  it('counts an upload at 00:00:30 (+08:00) on 1 April as late', async () => {
    const line = await township([survey(DATIAN, '2023-03-31T16:00:30.000Z')], '2023-04-10');
    expect(line).toMatchObject({ submitted: true, submittedOn: '2023-04-01', late: true, action: 'none' });
  });

  it('keeps the first submission date when a correction arrives after the deadline', async () => {
    const uploads = [
      survey(DATIAN, '2023-03-20T02:00:00.000Z', [surveyRow(uscc(1))]),
      survey(DATIAN, '2023-04-03T02:00:00.000Z', [surveyRow(uscc(1)), surveyRow(uscc(2))]),
    ];
    const line = await township(uploads, '2023-04-10');
    expect(line).toMatchObject({ submitted: true, submittedOn: '2023-03-20', late: false });
  });

  it('on D does not see an upload received on D+1', async () => {
    const uploads = [survey(DATIAN, '2023-03-31T16:00:00.000Z')]; // 1 April 00:00 +08:00
    expect(await township(uploads, '2023-03-31')).toMatchObject({
      submitted: false,
      submittedOn: null,
      action: 'remind',
    });
    expect(await township(uploads, '2023-04-01')).toMatchObject({
      submitted: true,
      submittedOn: '2023-04-01',
      late: true,
      action: 'none',
    });
  });

  it('on D does not see a correction received on D+1, yet still dates the submission by the first version', async () => {
    const uploads = [
      survey(DATIAN, '2023-03-25T02:00:00.000Z', [surveyRow(uscc(1))]),
      survey(DATIAN, '2023-03-29T02:00:00.000Z', [surveyRow(uscc(1)), surveyRow(uscc(2))]),
    ];
    const registry: MemoryUpload = {
      kind: 'registry',
      period: '2023-02',
      receivedAt: '2023-03-01T02:00:00.000Z',
      rows: [registryRow(uscc(1), { township: DATIAN }), registryRow(uscc(2), { township: DATIAN })],
    };
    expect(await township([registry, ...uploads], '2023-03-27')).toMatchObject({
      submittedOn: '2023-03-25',
      coverage: 0.5,
    });
    expect(await township([registry, ...uploads], '2023-03-29')).toMatchObject({
      submittedOn: '2023-03-25',
      coverage: 1,
    });
  });

  it('does not count a survey filed under another year, nor an upload whose rows were all rejected', async () => {
    const uploads: MemoryUpload[] = [
      survey(DATIAN, '2023-03-10T02:00:00.000Z', [surveyRow(uscc(1))], '2022-12'),
      survey(DATIAN, '2023-03-11T02:00:00.000Z', []),
      { ...survey(DATIAN, '2023-03-12T02:00:00.000Z'), status: 'rejected' },
    ];
    expect(await township(uploads, '2023-03-28')).toMatchObject({ submitted: false, action: 'remind' });
    const fixed = [...uploads, survey(DATIAN, '2023-04-02T02:00:00.000Z')];
    expect(await township(fixed, '2023-04-08')).toMatchObject({
      submitted: true,
      submittedOn: '2023-04-02',
      late: true,
      action: 'none',
    });
  });

  it('takes the zone as a value: in UTC, 20:00Z on 31 March is still 31 March', async () => {
    const uploads = [survey(DATIAN, '2023-03-31T20:00:00.000Z')];
    expect(await township(uploads, '2023-04-02', DATIAN, 'UTC')).toMatchObject({
      submittedOn: '2023-03-31',
      late: false,
    });
    expect(await township(uploads, '2023-04-02')).toMatchObject({ submittedOn: '2023-04-01', late: true });
  });

  it('computes coverage over the active registry enterprises of the township as of month(D)', async () => {
    const registry: MemoryUpload = {
      kind: 'registry',
      period: '2023-03',
      receivedAt: '2023-03-02T02:00:00.000Z',
      rows: [
        registryRow(uscc(1), { township: DATIAN }),
        registryRow(uscc(2), { township: DATIAN }),
        registryRow(uscc(3), { address: '武义县大田乡某村88号' }), // township from the address
        registryRow(uscc(4), { township: DATIAN, status: 'inactive' }), // not active: in neither count
        registryRow(uscc(5), { township: BAIMU }), // active elsewhere: counts in the numerator
        registryRow(uscc(6), { township: BAIMU }),
      ],
    };
    // A registry of a later month does not exist yet for a check in March.
    const april: MemoryUpload = {
      ...registry,
      period: '2023-04',
      rows: [registryRow(uscc(9), { township: DATIAN })],
    };
    const rows = [uscc(1), uscc(1), uscc(4), uscc(5), uscc(7)].map((c) => surveyRow(c));
    const uploads = [
      registry,
      april,
      survey(DATIAN, '2023-03-20T02:00:00.000Z', rows.slice(0, 3)),
      survey(DATIAN, '2023-03-21T02:00:00.000Z', rows.slice(3), '2023-02'),
    ];
    // Surveyed and active: uscc 1 and 5 → 2; active in 大田乡: uscc 1, 2, 3 → 3.
    expect((await township(uploads, '2023-03-31')).coverage).toBe(2 / 3);
    // Not submitted → null; no active enterprise in the registry → null.
    const result = await surveyCheck(memoryDataset(uploads), '2023-03-31', POLICY_2023);
    expect(result.townships.find((t) => t.code === BAIMU)?.coverage).toBeNull();
    const onlyKfq = [registry, survey(KFQ, '2023-03-20T02:00:00.000Z')];
    expect((await township(onlyKfq, '2023-03-31', KFQ)).coverage).toBeNull();
  });

  it('rejects a date that is not YYYY-MM-DD', async () => {
    await expect(surveyCheck(memoryDataset([]), '2023-02-30', POLICY_2023)).rejects.toThrow(/not a date/);
  });
});
