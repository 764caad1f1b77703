/**
 * Issue 2's scenario through the real command line: a folder with one upload of each kind is
 * ingested with the right counts, the rows land where the rules read them, and ingesting the same
 * folder again changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityRow, ContactRow, RegistryRow, SubsidyRow, TaxPayrollRow } from '../../lib/model/rows.ts';
import type { Dataset } from '../../lib/snapshots/dataset.ts';
import { loadDataset } from '../../lib/snapshots/storedDataset.ts';
import { openLocalStorage } from '../../lib/storage/local/index.ts';
import { DATIAN, ENTERPRISE, EXPECTED, KEYS, PERSON, writeCountyFolder } from './countyFolder.ts';
import { type CliRun, folderState, jsonLines, readReport, runCli, type Workspace, workspace } from './fixtures.ts';

async function rowsOf<R>(snapshots: { rows(): AsyncIterable<R> }[]): Promise<R[]> {
  const rows: R[] = [];
  for (const snapshot of snapshots) for await (const row of snapshot.rows()) rows.push(row);
  return rows;
}

describe('a folder with one upload of each kind (issue 2)', () => {
  let ws: Workspace;
  let first: CliRun;
  let dataset: Dataset;

  beforeAll(async () => {
    ws = await workspace();
    await writeCountyFolder(ws.root);
    first = await runCli(['ingest', ws.root, '--data-dir', ws.dataDir, '--json']);
    const storage = openLocalStorage(ws.dataDir);
    dataset = await loadDataset(storage.table, storage.objects);
  });
  afterAll(() => ws.cleanup());

  it('prints one JSON line per file, in order of receipt, with the counts of each file', () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const lines = jsonLines(first.stdout);
    expect(lines.map((line) => line.key)).toEqual([
      KEYS.cadres,
      KEYS.registry,
      KEYS.taxPayroll,
      KEYS.taxEmployers,
      KEYS.insured,
      KEYS.subsidies,
      KEYS.newform,
      KEYS.survey,
      KEYS.activity,
      KEYS.contacts,
      KEYS.enforcement,
    ]);
    for (const line of lines) {
      const expected = EXPECTED[line.key as string];
      expect(line, String(line.key)).toMatchObject({
        kind: expected.kind,
        period: '2023-03',
        unit: expected.unit,
        status: 'accepted',
        rows: expected.rows,
        accepted: expected.accepted,
        rejected: expected.rejected,
      });
      expect(line.rows).toBe((line.accepted as number) + (line.rejected as number));
      expect(line.report === null).toBe(expected.rejected === 0);
    }
  });

  it('prints exactly the fields of RULES 5 for an accepted file', () => {
    const line = jsonLines(first.stdout).find((l) => l.key === KEYS.activity);
    expect(Object.keys(line ?? {}).sort()).toEqual(
      ['accepted', 'key', 'kind', 'period', 'rejected', 'report', 'rows', 'status', 'unit'].sort(),
    );
  });

  it('reads the activity form exactly as printed in the plan, served cells with consultations in brackets', async () => {
    const rows = await rowsOf(dataset.flow('activity', '2023-03', '2023-03'));
    expect(rows).toEqual<ActivityRow[]>([
      { activity: '进市场', count: 3, staff: 6, served: 120, consulted: 30, materials: 500, note: '发放短信200条' },
      { activity: '进园区', count: 2, staff: 4, served: 80, consulted: 20, materials: 300 },
      { activity: '进企业', count: 12, staff: 15, served: 260, consulted: 45, materials: 800 },
      { activity: '进车间', count: 4, staff: 8, served: 90, consulted: 0, materials: 200 },
      { activity: '进宿舍', count: 0, staff: 0, served: 0, consulted: 0, materials: 0 },
      { activity: '进乡村', count: 6, staff: 10, served: 150, consulted: 40, materials: 600, note: '拨打电话35次' },
      { activity: '其他', count: 1, staff: 2, served: 30, consulted: 5, materials: 50 },
    ]);
    expect(dataset.flow('activity', '2023-03', '2023-03')[0].manifest.unit).toBe(DATIAN);
  });

  it('decodes the GBK CSV of the tax bureau (names come out as Chinese, not mojibake)', async () => {
    const payroll = dataset.monthlyAsOf('tax-payroll', '2023-03', 2);
    const rows = await rowsOf<TaxPayrollRow>(payroll?.snapshots ?? []);
    expect(rows.map((r) => [r.name, r.employerName, r.income])).toEqual([
      ['张三', '武义甲五金有限公司', 5000],
      ['李四', '武义甲五金有限公司', 4800],
      ['王五', '武义乙工贸有限公司', 6200],
    ]);
    expect(rows[0].idNumber).toBe(PERSON.zhang);
  });

  it('skips the two merged title rows of the registry workbook', async () => {
    const rows: RegistryRow[] = [];
    for await (const row of dataset.unitedAsOf('registry', '2023-03')) rows.push(row);
    expect(rows.map((r) => [r.creditCode, r.name, r.status, r.township])).toEqual([
      [ENTERPRISE.jia, '武义甲五金有限公司', 'active', DATIAN],
      [ENTERPRISE.yi, '武义乙工贸有限公司', 'active', '330723102000'],
      [ENTERPRISE.bing, '武义丙电器有限公司', 'inactive', '330723001000'],
    ]);
  });

  it('converts subsidies given in 万元 to yuan', async () => {
    const rows = await rowsOf<SubsidyRow>(dataset.flow('subsidies', '2023-03', '2023-03'));
    expect(rows.map((r) => [r.creditCode, r.amount])).toEqual([
      [ENTERPRISE.jia, 15000],
      [ENTERPRISE.yi, 8000],
    ]);
  });

  it('checks contact records against the roster received before them', async () => {
    const rows = await rowsOf<ContactRow>(dataset.flow('contacts', '2023-03', '2023-03'));
    expect(rows.map((r) => [r.cadreId, r.contactedOn, r.method])).toEqual([
      ['G001', '2023-03-20', '上门走访'],
      ['G002', '2023-03-21', '电话'],
    ]);
    const line = jsonLines(first.stdout).find((l) => l.key === KEYS.contacts);
    const report = await readReport(ws.dataDir, line?.report as string);
    expect(report.lines).toEqual([
      expect.objectContaining({ row: '4', column: '干部编号', value: 'G999', code: 'UNKNOWN_CADRE', level: '拒收' }),
    ]);
  });

  it('ingesting the same folder again reports every file duplicate and changes nothing', async () => {
    const before = await folderState(ws.dataDir);
    const again = await runCli(['ingest', ws.root, '--data-dir', ws.dataDir, '--json']);
    expect(again.status).toBe(0);
    const lines = jsonLines(again.stdout);
    expect(lines).toHaveLength(11);
    expect(lines.map((l) => l.status)).toEqual(Array(11).fill('duplicate'));
    // The duplicate lines still tell the clerk what the first delivery gave.
    expect(lines.find((l) => l.key === KEYS.taxPayroll)).toMatchObject({ rows: 4, accepted: 3, rejected: 1 });
    expect(await folderState(ws.dataDir)).toEqual(before);
  });
});
