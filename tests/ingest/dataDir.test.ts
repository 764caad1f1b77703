/**
 * DATA-CONTRACT 5.6: whatever the file names, reports stay inside the data directory (unsafe
 * characters percent-encoded) and the outcome's `report` is the path relative to it.
 */
import { access, readdir } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFolder } from '../../lib/ingest/ingestFolder.ts';
import type { IngestOutcome } from '../../lib/ingest/ingestUpload.ts';
import { readReport, uscc, type Workspace, workspace, writeCsv } from './fixtures.ts';

const ODD_NAMES = [
  '名单:第"1"批?.csv',
  'up\\..\\..\\escape.csv',
  'a|b*c<d>e%41.csv',
  'CON.csv',
  'trailing dot..csv',
  'line\nbreak.csv',
  `${'很长的文件名'.repeat(13)}.csv`,
];
const KEYS = ODD_NAMES.map((name) => `subsidies/2023-03/finance/${name}`);

describe('odd file names', () => {
  let ws: Workspace;
  let outcomes: IngestOutcome[];

  beforeAll(async () => {
    ws = await workspace();
    // Different rows in each, or the later files would be duplicates of the current version.
    for (const [i, key] of KEYS.entries()) {
      await writeCsv(ws.root, key, [
        ['统一社会信用代码', '补助金额'],
        [uscc(51 + i), '1000'],
        ['坏代码', '1000'],
      ]);
    }
    outcomes = await ingestFolder(ws.root, ws.deps);
  });
  afterAll(() => ws.cleanup());

  it('ingests each file under its name as given', () => {
    expect(outcomes.map((o) => o.key).sort()).toEqual([...KEYS].sort());
    for (const o of outcomes) expect(o, o.key).toMatchObject({ status: 'accepted', rows: 2, accepted: 1, rejected: 1 });
  });

  it('writes every report inside the data directory, at the relative path the outcome gives', async () => {
    const reports = new Set<string>();
    for (const o of outcomes) {
      const report = o.report ?? '';
      expect(isAbsolute(report), report).toBe(false);
      const path = resolve(ws.dataDir, report);
      expect(path.startsWith(ws.dataDir + sep), report).toBe(true);
      expect(relative(ws.dataDir, path).split(sep)).not.toContain('..');
      await access(path);
      const { summary } = await readReport(ws.dataDir, report);
      expect(summary[0]).toBe(`文件：${o.key}`);
      reports.add(path);
    }
    expect(reports.size).toBe(KEYS.length);
  });

  it('percent-encodes what a file system would treat specially', () => {
    const report = (name: string) => outcomes.find((o) => o.key.endsWith(name))?.report;
    expect(report('名单:第"1"批?.csv')).toBe('rejects/subsidies/2023-03/finance/名单%3A第%221%22批%3F.csv.csv');
    expect(report('up\\..\\..\\escape.csv')).toBe('rejects/subsidies/2023-03/finance/up%5C..%5C..%5Cescape.csv.csv');
  });

  it('writes nothing outside the data directory', async () => {
    expect((await readdir(ws.base)).sort()).toEqual(['data', 'uploads']);
  });
});

describe('upload paths whose report paths cannot exist as given', () => {
  let ws: Workspace;
  let outcomes: IngestOutcome[];
  const FILE = 'registry/2023-03/名单.csv';
  // A folder named like the first file's report: its file's report would need `名单.csv.csv` as a folder.
  const INSIDE = 'registry/2023-03/名单.csv.csv/b.csv';
  // Deeper than a report path may be (the data directory's limit is about 3000 bytes).
  const DEEP = `registry/2023-03/${Array.from({ length: 13 }, () => '很'.repeat(80)).join('/')}/c.csv`;

  beforeAll(async () => {
    ws = await workspace();
    await writeCsv(ws.root, FILE, [['统一社会信用代码', '企业名称', '登记状态'], [uscc(71), '甲', '存续'], ['坏代码', '乙', '存续']], {
      receivedAt: '2023-04-01T01:00:00Z',
    });
    await writeCsv(ws.root, INSIDE, [['统一社会信用代码']], { receivedAt: '2023-04-01T01:01:00Z' });
    await writeCsv(ws.root, DEEP, [['统一社会信用代码']], { receivedAt: '2023-04-01T01:02:00Z' });
    outcomes = await ingestFolder(ws.root, ws.deps);
  });
  afterAll(() => ws.cleanup());

  it('still gives each file its outcome and a report inside the data directory that names the file', async () => {
    expect(outcomes.map((o) => [o.key, o.status])).toEqual([
      [FILE, 'accepted'],
      [INSIDE, 'rejected'],
      [DEEP, 'rejected'],
    ]);
    expect(outcomes[0].report).toBe(`rejects/${FILE}.csv`);
    for (const o of outcomes) {
      const path = resolve(ws.dataDir, o.report ?? '');
      expect(path.startsWith(ws.dataDir + sep)).toBe(true);
      expect((await readReport(ws.dataDir, o.report)).summary[0]).toBe(`文件：${o.key}`);
    }
    expect(new Set(outcomes.map((o) => o.report)).size).toBe(3);
  });
});
