/**
 * DATA-CONTRACT 1: a corrected re-upload of a snapshot replaces the older one in every computation
 * while history keeps both; the same bytes under another key are a new upload; the same bytes as the
 * current version of the snapshot are a duplicate.
 */
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFolder } from '../../lib/ingest/ingestFolder.ts';
import type { IngestOutcome } from '../../lib/ingest/ingestUpload.ts';
import type { RegistryRow } from '../../lib/model/rows.ts';
import { loadDataset } from '../../lib/snapshots/storedDataset.ts';
import {
  csvBytes,
  folderState,
  minute,
  readReport,
  uscc,
  type Workspace,
  workspace,
  writeBytes,
  writeCsv,
  xlsxBytes,
} from './fixtures.ts';

const HEADER = ['统一社会信用代码', '企业名称', '登记状态'];
const JIA = uscc(31);
const YI = uscc(32);
const BING = uscc(33);
const DING = uscc(34);

const FIRST = 'registry/2023-03/在册企业清单.xlsx';
const CORRECTED = 'registry/2023-03/在册企业清单（更正）.xlsx';
const RESENT = 'registry/2023-03/再发一次.xlsx';
const WRONG_PERIOD = 'registry/2023-13/四月名单.csv';
const RIGHT_PERIOD = 'registry/2023-04/四月名单.csv';

async function registryAsOf(ws: Workspace, period: string): Promise<[string, string, string][]> {
  const dataset = await loadDataset(ws.deps.table, ws.deps.objects);
  const rows: [string, string, string][] = [];
  for await (const row of dataset.unitedAsOf('registry', period)) {
    const r = row as RegistryRow;
    rows.push([r.creditCode, r.name, r.status]);
  }
  return rows;
}

describe('replacing a snapshot with a corrected upload', () => {
  let ws: Workspace;
  let run1: IngestOutcome[];
  let run2: IngestOutcome[];
  let run3: IngestOutcome[];
  let before3: Record<string, string>;
  const correctedBytes = xlsxBytes([
    HEADER,
    [JIA, '武义甲五金有限公司', '注销'],
    [DING, '武义丁网约车服务有限公司', '存续'],
  ]);
  const aprilBytes = csvBytes([HEADER, [YI, '武义乙工贸有限公司', '存续']]);

  beforeAll(async () => {
    ws = await workspace();
    const first = await xlsxBytes([
      HEADER,
      [JIA, '武义甲五金有限公司', '存续'],
      [YI, '武义乙工贸有限公司', '存续'],
      [BING, '武义丙电器有限公司', '存续'],
    ]);
    await writeBytes(ws.root, FIRST, first, minute(1));
    await writeBytes(ws.root, WRONG_PERIOD, aprilBytes, minute(2));
    run1 = await ingestFolder(ws.root, ws.deps);

    // The clerk corrects the roster, and moves the April file to the right folder.
    await writeBytes(ws.root, CORRECTED, await correctedBytes, minute(5));
    await rename(join(ws.root, 'registry/2023-13'), join(ws.root, 'registry/2023-04'));
    run2 = await ingestFolder(ws.root, ws.deps);

    // ... and sends the corrected roster once more, under yet another name.
    await writeBytes(ws.root, RESENT, await correctedBytes, minute(7));
    before3 = await folderState(ws.dataDir);
    run3 = await ingestFolder(ws.root, ws.deps);
  });
  afterAll(() => ws.cleanup());

  it('accepts the first roster, and rejects the file sent to a wrong period', () => {
    expect(run1.map((o) => [o.key, o.status, o.accepted])).toEqual([
      [FIRST, 'accepted', 3],
      [WRONG_PERIOD, 'rejected', 0],
    ]);
  });

  it('accepts the correction, and the same bytes in the right period folder are not a duplicate', () => {
    expect(run2.map((o) => [o.key, o.status, o.accepted])).toEqual([
      [FIRST, 'duplicate', 3],
      [RIGHT_PERIOD, 'accepted', 1],
      [CORRECTED, 'accepted', 2],
    ]);
  });

  it('computations see only the corrected roster', async () => {
    expect(await registryAsOf(ws, '2023-03')).toEqual([
      [JIA, '武义甲五金有限公司', 'inactive'],
      [DING, '武义丁网约车服务有限公司', 'active'],
    ]);
    expect(await registryAsOf(ws, '2023-04')).toEqual([[YI, '武义乙工贸有限公司', 'active']]);
  });

  it('history keeps both versions of the March roster, with their counts', async () => {
    const dataset = await loadDataset(ws.deps.table, ws.deps.objects);
    const march = dataset.manifests.filter((m) => m.kind === 'registry' && m.period === '2023-03');
    expect(march.map((m) => [m.key, m.status, m.rows, m.accepted])).toEqual([
      [FIRST, 'accepted', 3, 3],
      [CORRECTED, 'accepted', 2, 2],
    ]);
    expect(dataset.currentManifests().filter((m) => m.period === '2023-03').map((m) => m.key)).toEqual([CORRECTED]);
  });

  it('the current roster sent again under another name is a duplicate and changes nothing', async () => {
    expect(run3.find((o) => o.key === RESENT)).toMatchObject({
      status: 'duplicate',
      kind: 'registry',
      period: '2023-03',
      rows: 2,
      accepted: 2,
    });
    expect(run3.filter((o) => o.key !== RESENT).map((o) => o.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(await folderState(ws.dataDir)).toEqual(before3);
  });
});

describe('correcting a file in place, under the same name', () => {
  let ws: Workspace;
  const KEY = 'registry/2023-03/名单.csv';
  let outcomes: IngestOutcome[][];

  beforeAll(async () => {
    ws = await workspace();
    await writeCsv(ws.root, KEY, [HEADER, [JIA, '武义甲五金有限公司', '存续'], [YI, '', '存续']], { receivedAt: minute(1) });
    const first = await ingestFolder(ws.root, ws.deps);
    await writeCsv(ws.root, KEY, [HEADER, [JIA, '武义甲五金有限公司', '存续'], [YI, '武义乙工贸有限公司', '存续']], {
      receivedAt: minute(2),
    });
    outcomes = [first, await ingestFolder(ws.root, ws.deps)];
  });
  afterAll(() => ws.cleanup());

  it('accepts the new version, and its rows replace the old ones', async () => {
    expect(outcomes[0][0]).toMatchObject({ status: 'accepted', rows: 2, accepted: 1, rejected: 1 });
    expect(outcomes[1][0]).toMatchObject({ status: 'accepted', rows: 2, accepted: 2, rejected: 0 });
    expect((await registryAsOf(ws, '2023-03')).map(([code]) => code)).toEqual([JIA, YI]);
  });

  it('leaves no stale rejection report behind: the report now says nothing was rejected', async () => {
    const report = await readReport(ws.dataDir, outcomes[1][0].report);
    expect(report.summary.slice(0, 4)).toEqual([`文件：${KEY}`, '读取2行', '接收2行', '拒收0行']);
    expect(report.lines).toEqual([]);
  });
});
