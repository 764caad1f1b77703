/**
 * DATA-CONTRACT 1, 4.6, 5.1, 5.2, 5.5: files rejected whole, each with its own reason and one report;
 * system and lock files ignored; symbolic links rejected, never followed; empty flow files accepted,
 * empty snapshot files rejected.
 */
import { rmSync } from 'node:fs';
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFolder } from '../../lib/ingest/ingestFolder.ts';
import type { IngestOutcome } from '../../lib/ingest/ingestUpload.ts';
import { loadDataset } from '../../lib/snapshots/storedDataset.ts';
import {
  csvBytes,
  readReport,
  uscc,
  type Workspace,
  workspace,
  writeBytes,
  writeCsv,
  xlsxBytes,
} from './fixtures.ts';

const REGISTRY_HEADER = ['统一社会信用代码', '企业名称', '登记状态'];
const REGISTRY_ROWS = [REGISTRY_HEADER, [uscc(21), '武义甲五金有限公司', '存续']];
/** An old .xls starts with the OLE2 compound-file signature. */
const OLE2 = Buffer.from('d0cf11e0a1b11ae1000000000000000000000000000000003e000300feff0900', 'hex');

/** Every whole-file rejection of the folder, with the code its report gives and what its reason says. */
const WHOLE: { key: string; code: string; says: string; kind: string | null; period: string | null; unit: string | null }[] = [
  { key: 'payroll/2023-03/工资.csv', code: 'UNKNOWN_KIND', says: '不是可识别的数据类型', kind: null, period: null, unit: null },
  { key: 'registry/2023-13/名单.csv', code: 'BAD_PERIOD', says: 'YYYY-MM', kind: 'registry', period: null, unit: null },
  { key: 'survey/2023-03/大田乡/入企调查.csv', code: 'BAD_UNIT', says: '单位文件夹必须是乡镇（街道）或部门的代码', kind: 'survey', period: '2023-03', unit: null },
  { key: 'registry/2023-03/老版名单.xls', code: 'XLS_FORMAT', says: '.xlsx 或 .csv', kind: 'registry', period: '2023-03', unit: null },
  { key: 'registry/2023-03/另存为.csv', code: 'NOT_CSV', says: '不是CSV', kind: 'registry', period: '2023-03', unit: null },
  { key: 'insured/2023-03/损坏.xlsx', code: 'NOT_XLSX', says: '不是有效的Excel', kind: 'insured', period: '2023-03', unit: null },
  { key: 'newform/2023-03/transport/空文件.csv', code: 'EMPTY_FILE', says: '文件是空的', kind: 'newform', period: '2023-03', unit: 'transport' },
  { key: 'registry/2023-03/缺列.csv', code: 'MISSING_COLUMNS', says: '缺少必填列', kind: 'registry', period: '2023-03', unit: null },
  { key: 'registry/2023-03/全部无效.csv', code: 'EMPTY_SNAPSHOT', says: '整份文件不予采用', kind: 'registry', period: '2023-03', unit: null },
  { key: 'cadres/2023-03/空名册.csv', code: 'EMPTY_SNAPSHOT', says: '文件只有表头，没有数据行', kind: 'cadres', period: '2023-03', unit: null },
  { key: 'registry/2023-03/链接.csv', code: 'SYMLINK', says: '符号链接', kind: 'registry', period: '2023-03', unit: null },
];

describe('files rejected whole, and files that are no uploads', () => {
  let ws: Workspace;
  let outcomes: IngestOutcome[];
  const outcome = (key: string) => {
    const found = outcomes.find((o) => o.key === key);
    if (!found) throw new Error(`no outcome for ${key}`);
    return found;
  };

  beforeAll(async () => {
    ws = await workspace();
    const { root } = ws;
    await writeCsv(root, 'payroll/2023-03/工资.csv', REGISTRY_ROWS);
    await writeCsv(root, 'registry/2023-13/名单.csv', REGISTRY_ROWS);
    await writeCsv(root, 'survey/2023-03/大田乡/入企调查.csv', [['统一社会信用代码', '用工人数'], [uscc(21), '12']]);
    await writeBytes(root, 'registry/2023-03/老版名单.xls', OLE2);
    await writeBytes(root, 'registry/2023-03/另存为.csv', await xlsxBytes(REGISTRY_ROWS));
    await writeBytes(root, 'insured/2023-03/损坏.xlsx', Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 73 + 11) % 256)));
    await writeBytes(root, 'newform/2023-03/transport/空文件.csv', Buffer.alloc(0));
    await writeCsv(root, 'registry/2023-03/缺列.csv', [
      ['统一社会信用代码', '企业名称', '所属乡镇'],
      [uscc(21), '武义甲五金有限公司', '大田乡'],
    ]);
    await writeCsv(root, 'registry/2023-03/全部无效.csv', [
      REGISTRY_HEADER,
      ['91330723MA2E00000', '武义甲五金有限公司', '存续'],
      [uscc(22), '', '存续'],
      [uscc(23), '武义丙电器有限公司', '不知道'],
    ]);
    await writeCsv(root, 'subsidies/2023-03/finance/全部无效.csv', [
      ['统一社会信用代码', '补助金额'],
      [uscc(24), '-100'],
      ['不是代码', '2000'],
    ]);
    await writeCsv(root, 'subsidies/2023-03/commerce/本月无补助.csv', [['统一社会信用代码', '企业名称', '补助金额（元）']]);
    await writeCsv(root, 'cadres/2023-03/空名册.csv', [['干部编号', '姓名', '挂钩类型', '挂钩对象']]);
    // A link to a valid roster outside the upload root: it must not be read.
    const outside = await writeBytes(ws.base, 'elsewhere/名单.csv', csvBytes(REGISTRY_ROWS));
    await symlink(outside, join(root, 'registry/2023-03/链接.csv'));
    await writeBytes(root, '.DS_Store', Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]));
    await writeBytes(root, 'registry/2023-03/.DS_Store', Buffer.from([0, 0, 0, 1]));
    await writeBytes(root, 'registry/2023-03/~$名单.xlsx', Buffer.from('lock owner'));
    outcomes = await ingestFolder(root, ws.deps);
  });
  afterAll(() => ws.cleanup());

  it('gives every upload exactly one outcome and ignores .DS_Store and Office lock files', () => {
    expect(outcomes.map((o) => o.key).sort()).toEqual(
      [...WHOLE.map((w) => w.key), 'subsidies/2023-03/finance/全部无效.csv', 'subsidies/2023-03/commerce/本月无补助.csv'].sort(),
    );
  });

  it.each(WHOLE)('$key is rejected whole ($code) with its own reason and one report', async (w) => {
    const o = outcome(w.key);
    expect(o).toMatchObject({ status: 'rejected', kind: w.kind, period: w.period, unit: w.unit, rows: 0, accepted: 0, rejected: 0 });
    expect(o.reason).toContain(w.says);
    expect(o.report).toBe(`rejects/${w.key}.csv`);
    const report = await readReport(ws.dataDir, o.report);
    expect(report.bom).toBe(true);
    expect(report.summary.slice(0, 2)).toEqual([`文件：${w.key}`, '整份文件拒收']);
    expect(report.lines[0]).toMatchObject({ code: w.code, level: '拒收', message: o.reason });
  });

  it('gives each rejection a reason of its own', () => {
    const reasons = new Set(WHOLE.map((w) => outcome(w.key).reason));
    expect(reasons.size).toBe(WHOLE.length);
  });

  it('names the missing columns and the headers that were found', () => {
    const reason = outcome('registry/2023-03/缺列.csv').reason ?? '';
    expect(reason).toContain('登记状态');
    for (const found of ['统一社会信用代码', '企业名称', '所属乡镇']) expect(reason).toContain(found);
  });

  it('an all-invalid registry is rejected whole, and its report still tells why each row failed', async () => {
    const o = outcome('registry/2023-03/全部无效.csv');
    expect(o.reason).toContain('读取3行');
    const report = await readReport(ws.dataDir, o.report);
    expect(report.lines.map((l) => [l.row, l.code])).toEqual([
      ['', 'EMPTY_SNAPSHOT'],
      ['2', 'INVALID_USCC'],
      ['3', 'REQUIRED_MISSING'],
      ['4', 'INVALID_VALUE'],
    ]);
  });

  it('an all-invalid subsidies file is accepted with its rows rejected (a flow kind may be empty)', async () => {
    const o = outcome('subsidies/2023-03/finance/全部无效.csv');
    expect(o).toMatchObject({ status: 'accepted', unit: 'finance', rows: 2, accepted: 0, rejected: 2 });
    const report = await readReport(ws.dataDir, o.report);
    expect(report.lines.map((l) => [l.row, l.column, l.code])).toEqual([
      ['2', '补助金额', 'NEGATIVE'],
      ['3', '统一社会信用代码', 'INVALID_USCC'],
    ]);
  });

  it('an empty subsidies file (no subsidies paid that month) is accepted with no report', () => {
    expect(outcome('subsidies/2023-03/commerce/本月无补助.csv')).toMatchObject({
      status: 'accepted',
      rows: 0,
      accepted: 0,
      rejected: 0,
      report: null,
    });
  });

  it('counts rows read as rows accepted plus rows rejected, for every file', () => {
    for (const o of outcomes) expect(o.rows, o.key).toBe(o.accepted + o.rejected);
  });

  it('follows no symbolic link: the registry it points to is nowhere in the data', async () => {
    const dataset = await loadDataset(ws.deps.table, ws.deps.objects);
    expect(dataset.currentManifests().filter((m) => m.kind === 'registry')).toEqual([]);
    expect(dataset.manifests.filter((m) => m.kind === 'registry' && m.status === 'accepted')).toEqual([]);
  });
});

describe('a file that disappears while the folder is being ingested', () => {
  let ws: Workspace;
  afterAll(() => ws.cleanup());

  it('gets a rejected outcome, and the files after it are still ingested', async () => {
    ws = await workspace();
    const header = ['统一社会信用代码', '补助金额'];
    await writeCsv(ws.root, 'subsidies/2023-03/finance/a.csv', [header, [uscc(25), '100']], { receivedAt: '2023-04-01T01:00:00Z' });
    await writeCsv(ws.root, 'subsidies/2023-03/commerce/b.csv', [header, [uscc(26), '200']], { receivedAt: '2023-04-01T01:01:00Z' });
    // The clerk moves a.csv away just as ingestion reaches it.
    const outcomes = await ingestFolder(ws.root, ws.deps, {
      onStart: (entry) => {
        if (entry.key.endsWith('a.csv')) rmSync(entry.path);
      },
    });
    expect(outcomes.map((o) => [o.key, o.status, o.accepted])).toEqual([
      ['subsidies/2023-03/finance/a.csv', 'rejected', 0],
      ['subsidies/2023-03/commerce/b.csv', 'accepted', 1],
    ]);
    expect(outcomes[0]).toMatchObject({ kind: 'subsidies', period: '2023-03', unit: 'finance' });
    expect(outcomes[0].reason).toContain('文件无法读取');
  });
});
