/**
 * RULES 5 and DATA-CONTRACT 5.7 through the real command line: rejected files are data, not failure
 * (exit 0); a root that cannot be read is (non-zero, one line on stderr); the summary is in Chinese.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, jsonLines, minute, runCli, uscc, type Workspace, workspace, writeBytes, writeCsv } from './fixtures.ts';

const ACCEPTED_KEY = 'registry/2023-03/在册企业.csv';
const REJECTED_KEY = 'registry/2023-03/老版名单.xls';

describe('kuomian ingest', () => {
  let ws: Workspace;
  let json: CliRun;
  let human: CliRun;
  let missing: CliRun;

  async function writeUploads(root: string): Promise<void> {
    await writeCsv(
      root,
      ACCEPTED_KEY,
      [
        ['统一社会信用代码', '企业名称', '登记状态', '所属乡镇'],
        [uscc(61), '武义甲五金有限公司', '存续', '大田乡'],
        [uscc(62), '武义乙工贸有限公司', '存续', '火星乡'], // unknown township: a warning, the row stays
        ['91330723', '武义丙电器有限公司', '存续', ''], // rejected row
      ],
      { receivedAt: minute(1) },
    );
    await writeBytes(root, REJECTED_KEY, Buffer.from('d0cf11e0a1b11ae1', 'hex'), minute(2));
  }

  beforeAll(async () => {
    ws = await workspace();
    await writeUploads(ws.root);
    // The same uploads, with the data directory inside the upload folder holding an earlier report.
    const humanRoot = join(ws.base, 'uploads-human');
    await writeUploads(humanRoot);
    await writeCsv(humanRoot, '结果/rejects/registry/2023-03/上次的报告.csv', [['行号', '列名']]);
    [json, human, missing] = await Promise.all([
      runCli(['ingest', ws.root, '--data-dir', join(ws.base, 'data-json'), '--json']),
      runCli(['ingest', humanRoot, '--data-dir', join(humanRoot, '结果')]),
      runCli(['ingest', join(ws.base, '没有这个目录'), '--data-dir', join(ws.base, 'data-missing'), '--json']),
    ]);
  });
  afterAll(() => ws.cleanup());

  it('exits 0 when files were rejected, with one JSON line per file', () => {
    expect(json.status).toBe(0);
    expect(json.stderr).toBe('');
    const lines = jsonLines(json.stdout);
    expect(lines).toEqual([
      {
        key: ACCEPTED_KEY,
        kind: 'registry',
        period: '2023-03',
        unit: null,
        status: 'accepted',
        rows: 3,
        accepted: 2,
        rejected: 1,
        report: `rejects/${ACCEPTED_KEY}.csv`,
      },
      {
        key: REJECTED_KEY,
        kind: 'registry',
        period: '2023-03',
        unit: null,
        status: 'rejected',
        rows: 0,
        accepted: 0,
        rejected: 0,
        report: `rejects/${REJECTED_KEY}.csv`,
        reason: expect.stringContaining('请另存为 .xlsx 或 .csv'),
      },
    ]);
  });

  it('tells the clerk in Chinese what happened to each file (without --json)', () => {
    expect(human.status).toBe(0);
    const out = human.stdout;
    expect(out).toContain(`已接收  ${ACCEPTED_KEY}（在册企业清单 2023-03）`);
    expect(out).toContain('读取3行，接收2行，拒收1行，提示1条');
    expect(out).toContain(`报告：rejects/${ACCEPTED_KEY}.csv`);
    expect(out).toContain(`已拒收  ${REJECTED_KEY}`);
    expect(out).toContain('原因：不支持旧版Excel（.xls）文件');
    expect(out).not.toMatch(/accepted|rejected|duplicate|undefined|null/);
  });

  it('does not take its own data directory inside ROOT for uploads', () => {
    expect(human.stdout).not.toContain('结果');
    expect(human.stdout.match(/^已(接收|拒收)/gm)).toHaveLength(2);
  });

  it('exits non-zero with a one-line reason on stderr when ROOT does not exist', () => {
    expect(missing.status).not.toBe(0);
    expect(missing.stdout).toBe('');
    const stderr = missing.stderr.replace(/\n$/, '');
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toContain('没有这个目录');
    expect(stderr).toContain('无法读取上传目录');
  });
});
