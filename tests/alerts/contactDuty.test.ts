import { describe, expect, it } from 'vitest';
import { cadreRoster, contactDuty, contactRecords } from '../../lib/alerts/contactDuty.ts';
import type { ContactRow } from '../../lib/model/rows.ts';
import { type MemoryUpload, memoryDataset } from '../../lib/snapshots/memoryDataset.ts';
import { BAIMU, DATIAN, cadre, uscc } from '../survey/fixtures.ts';

function contacts(period: string, unit: string, rows: ContactRow[]): MemoryUpload {
  return { kind: 'contacts', period, unit, rows };
}

function contact(cadreId: string, contactedOn: string, creditCode?: string): ContactRow {
  return { cadreId, contactedOn, method: '上门走访', ...(creditCode === undefined ? {} : { creditCode }) };
}

const roster: MemoryUpload = {
  kind: 'cadres',
  period: '2023-01',
  rows: [
    cadre('C001', '片区', DATIAN),
    cadre('C001', '企业', uscc(1)),
    cadre('C001', '企业', uscc(2)),
    cadre('C002', '片区', BAIMU),
    cadre('C002', '企业', uscc(3)),
  ],
};

async function dutyOf(uploads: MemoryUpload[], period = '2023-03') {
  const dataset = memoryDataset(uploads);
  return contactDuty(
    period,
    await cadreRoster(dataset, period),
    await contactRecords(dataset, period, period),
  );
}

describe('contact duty (RULES 4.1)', () => {
  it('needs a contact of the cadre in P: with the USCC for 企业, in the township snapshot for 片区', async () => {
    const duty = await dutyOf([
      roster,
      contacts('2023-03', DATIAN, [
        contact('C001', '2023-03-05', uscc(1)), // covers 大田乡 (the unit) and enterprise 1
        contact('C001', '2023-02-28', uscc(2)), // dated outside P
        contact('C002', '2023-03-06', uscc(2)), // another cadre's contact
      ]),
      contacts('2023-03', 'hrss', [
        contact('C002', '2023-03-07'), // a department snapshot: not 白姆乡's
        contact('C002', '2023-03-08', uscc(3)), // 企业 counts in any contacts snapshot of P
      ]),
      contacts('2023-04', BAIMU, [contact('C002', '2023-03-30')]), // filed under another month
    ]);
    expect(duty.cadres).toEqual([
      {
        cadreId: 'C001',
        assignments: [
          { cadreId: 'C001', assignmentType: '片区', target: DATIAN },
          { cadreId: 'C001', assignmentType: '企业', target: uscc(1) },
          { cadreId: 'C001', assignmentType: '企业', target: uscc(2) },
        ],
        missing: [{ cadreId: 'C001', assignmentType: '企业', target: uscc(2) }],
      },
      {
        cadreId: 'C002',
        assignments: [
          { cadreId: 'C002', assignmentType: '片区', target: BAIMU },
          { cadreId: 'C002', assignmentType: '企业', target: uscc(3) },
        ],
        missing: [{ cadreId: 'C002', assignmentType: '片区', target: BAIMU }],
      },
    ]);
    expect(duty.totals).toEqual({ cadres: 2, assignments: 5, missing: 2, cadresWithMissing: 2 });
  });

  it('counts a township contact without an enterprise for the 片区', async () => {
    const duty = await dutyOf([roster, contacts('2023-03', BAIMU, [contact('C002', '2023-03-31')])]);
    expect(duty.cadres[1].missing).toEqual([{ cadreId: 'C002', assignmentType: '企业', target: uscc(3) }]);
    expect(duty.cadres[0].missing).toHaveLength(3);
    expect(duty.totals).toEqual({ cadres: 2, assignments: 5, missing: 4, cadresWithMissing: 2 });
  });

  it('uses the roster as of P and ignores replaced contact snapshots', async () => {
    const march: MemoryUpload = { ...roster, period: '2023-03', rows: [cadre('C007', '企业', uscc(1))] };
    const first = {
      ...contacts('2023-03', DATIAN, [contact('C007', '2023-03-02', uscc(1))]),
      receivedAt: '2023-04-01T02:00:00.000Z',
    };
    const replaced = { ...contacts('2023-03', DATIAN, []), receivedAt: '2023-04-02T02:00:00.000Z' };
    expect((await dutyOf([roster, march, first], '2023-02')).totals.assignments).toBe(5);
    expect((await dutyOf([roster, march, first])).totals).toEqual({
      cadres: 1,
      assignments: 1,
      missing: 0,
      cadresWithMissing: 0,
    });
    expect((await dutyOf([roster, march, first, replaced])).totals.missing).toBe(1);
  });
});
