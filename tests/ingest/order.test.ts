/**
 * RULES 5 `ingest`: files are processed in order of receipt — modification time, then key — and
 * DATA-CONTRACT 3.9: contact records are checked against the roster received before them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestFolder } from '../../lib/ingest/ingestFolder.ts';
import { minute, readReport, setReceived, uscc, type Value, type Workspace, workspace, writeCsv } from './fixtures.ts';

const DATIAN = '330723200000';
const ROSTER: Value[][] = [
  ['干部编号', '姓名', '挂钩类型', '挂钩对象'],
  ['G001', '徐杰', '片区', '大田乡'],
];
const CONTACTS: Value[][] = [
  ['干部编号', '联系日期', '联系方式'],
  ['G001', '2023-03-20', '上门走访'],
];
const ROSTER_KEY = 'cadres/2023-03/名册.csv';
const CONTACTS_KEY = `contacts/2023-03/${DATIAN}/联系记录.csv`;

describe('order of receipt', () => {
  let ws: Workspace;
  beforeEach(async () => {
    ws = await workspace();
  });
  afterEach(() => ws.cleanup());

  it('processes files by modification time, then by key', async () => {
    const header = ['统一社会信用代码', '补助金额'];
    await writeCsv(ws.root, 'subsidies/2023-03/finance/c.csv', [header, [uscc(41), '100']], { receivedAt: minute(1) });
    await writeCsv(ws.root, 'subsidies/2023-03/finance/b.csv', [header, [uscc(41), '100']], { receivedAt: minute(3) });
    await writeCsv(ws.root, 'subsidies/2023-03/finance/a.csv', [header, [uscc(41), '100']], { receivedAt: minute(3) });
    await writeCsv(ws.root, 'enforcement/2023-03/z.csv', [['统一社会信用代码', '措施', '日期']], { receivedAt: minute(2) });
    const outcomes = await ingestFolder(ws.root, ws.deps);
    expect(outcomes.map((o) => o.key)).toEqual([
      'subsidies/2023-03/finance/c.csv',
      'enforcement/2023-03/z.csv',
      'subsidies/2023-03/finance/a.csv',
      'subsidies/2023-03/finance/b.csv',
    ]);
  });

  it('rejects contacts received before any cadres roster, although the roster sorts first by name', async () => {
    await writeCsv(ws.root, CONTACTS_KEY, CONTACTS, { receivedAt: minute(1) });
    await writeCsv(ws.root, ROSTER_KEY, ROSTER, { receivedAt: minute(2) });
    const outcomes = await ingestFolder(ws.root, ws.deps);
    expect(outcomes.map((o) => [o.key, o.status])).toEqual([
      [CONTACTS_KEY, 'rejected'],
      [ROSTER_KEY, 'accepted'],
    ]);
    expect(outcomes[0]).toMatchObject({ kind: 'contacts', unit: DATIAN, rows: 0 });
    expect(outcomes[0].reason).toContain('尚未收到包保干部名册');
    const report = await readReport(ws.dataDir, outcomes[0].report);
    expect(report.lines[0].code).toBe('NO_CADRE_ROSTER');
  });

  it('accepts a contacts file first rejected for want of a roster once it is sent again after the roster', async () => {
    await writeCsv(ws.root, CONTACTS_KEY, CONTACTS, { receivedAt: minute(1) });
    const first = await ingestFolder(ws.root, ws.deps);
    await writeCsv(ws.root, ROSTER_KEY, ROSTER, { receivedAt: minute(2) });
    const second = await ingestFolder(ws.root, ws.deps);
    // The township sends the very same file again: same bytes, a new receipt.
    await setReceived(ws.root, CONTACTS_KEY, minute(3));
    const third = await ingestFolder(ws.root, ws.deps);
    expect(first.map((o) => o.status)).toEqual(['rejected']);
    expect(second.map((o) => [o.key, o.status])).toEqual([
      [CONTACTS_KEY, 'duplicate'],
      [ROSTER_KEY, 'accepted'],
    ]);
    expect(third.map((o) => [o.key, o.status, o.accepted])).toEqual([
      [ROSTER_KEY, 'duplicate', 1],
      [CONTACTS_KEY, 'accepted', 1],
    ]);
  });

  it('accepts contacts received after the roster, checking them against it', async () => {
    await writeCsv(ws.root, ROSTER_KEY, ROSTER, { receivedAt: minute(1) });
    await writeCsv(ws.root, CONTACTS_KEY, [...CONTACTS, ['G002', '2023-03-21', '电话']], { receivedAt: minute(2) });
    const outcomes = await ingestFolder(ws.root, ws.deps);
    expect(outcomes[1]).toMatchObject({ key: CONTACTS_KEY, status: 'accepted', rows: 2, accepted: 1, rejected: 1 });
  });

  it('counts a roster with the same modification time but an earlier key as received before', async () => {
    // Files unpacked from one zip archive share their modification time.
    await writeCsv(ws.root, CONTACTS_KEY, CONTACTS, { receivedAt: minute(1) });
    await writeCsv(ws.root, ROSTER_KEY, ROSTER, { receivedAt: minute(1) });
    const outcomes = await ingestFolder(ws.root, ws.deps);
    expect(outcomes.map((o) => [o.key, o.status, o.accepted])).toEqual([
      [ROSTER_KEY, 'accepted', 1],
      [CONTACTS_KEY, 'accepted', 1],
    ]);
  });

  it('checks contacts against the newest roster received before them, not one received later', async () => {
    await writeCsv(ws.root, ROSTER_KEY, ROSTER, { receivedAt: minute(1) });
    await writeCsv(ws.root, CONTACTS_KEY, [...CONTACTS, ['G002', '2023-03-21', '电话']], { receivedAt: minute(2) });
    await writeCsv(ws.root, 'cadres/2023-03/名册（补充）.csv', [...ROSTER, ['G002', '王芳', '片区', '大田乡']], {
      receivedAt: minute(3),
    });
    const outcomes = await ingestFolder(ws.root, ws.deps);
    expect(outcomes[1]).toMatchObject({ key: CONTACTS_KEY, accepted: 1, rejected: 1 });
  });
});
