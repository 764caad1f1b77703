import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LockTimeoutError, StorageKeyError } from '../../lib/storage/local/errors.ts';
import { FileTable } from '../../lib/storage/local/fileTable.ts';
import { describeTableContract } from './helpers/tableContract.ts';
import { filesUnder, makeTempDir } from './helpers/tempDir.ts';

describeTableContract('FileTable', async () => {
  const temp = await makeTempDir();
  return { table: new FileTable(join(temp.dir, 'table')), close: temp.remove };
});

/** The pid of a process that has certainly ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

describe('FileTable on disk', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(async () => {
    await temp.remove();
  });

  it('keeps one readable JSON file per item, in a folder per partition', async () => {
    const table = new FileTable(join(temp.dir, 'table'));
    await table.put({ pk: 'manifest', sk: 'tax-payroll/2023-03/工资.csv', rows: 3 });
    expect(await filesUnder(temp.dir)).toEqual(['table/manifest/tax-payroll%2F2023-03%2F工资.csv.json']);
    const text = await readFile(
      join(temp.dir, 'table/manifest/tax-payroll%2F2023-03%2F工资.csv.json'),
      'utf8',
    );
    expect(JSON.parse(text)).toEqual({ pk: 'manifest', sk: 'tax-payroll/2023-03/工资.csv', rows: 3 });
  });

  it('still has every item after a restart (a new instance on the same folder)', async () => {
    const first = new FileTable(join(temp.dir, 'table'));
    await first.put({ pk: 'alert', sk: '2023-03#c1', state: 'sent' });
    await first.put({ pk: 'alert', sk: '2023-03#c2', state: 'pending' });
    const second = new FileTable(join(temp.dir, 'table'));
    expect(await second.query('alert', { skPrefix: '2023-03#' })).toEqual([
      { pk: 'alert', sk: '2023-03#c1', state: 'sent' },
      { pk: 'alert', sk: '2023-03#c2', state: 'pending' },
    ]);
    expect(await second.put({ pk: 'alert', sk: '2023-03#c1', state: 'again' }, { ifNotExists: true })).toBe(
      false,
    );
  });

  it('keeps hostile keys inside its folder and returns them unchanged', async () => {
    const table = new FileTable(join(temp.dir, 'table'));
    const hostile = [
      '../x',
      '..',
      '/etc/passwd',
      'a/../../b',
      'C:\\Windows',
      'nul\u0000byte',
      '100%',
      'CON',
      '.',
    ];
    for (const key of hostile) await table.put({ pk: key, sk: key, v: key });
    for (const key of hostile) expect(await table.get(key, key)).toEqual({ pk: key, sk: key, v: key });
    expect((await table.query('..')).map((i) => i.sk)).toEqual(['..']);
    const files = await filesUnder(temp.dir);
    expect(files).toHaveLength(hostile.length);
    for (const file of files) expect(file.startsWith('table/')).toBe(true);
    expect(files).toContain('table/%2E.%2Fx/%2E.%2Fx.json');
    expect(files).toContain('table/nul%00byte/nul%00byte.json');
  });

  it('stores sort keys longer than a file name allows, and sorts them with the rest', async () => {
    const table = new FileTable(join(temp.dir, 'table'));
    const long = `report#${'乡镇'.repeat(150)}`; // 900 bytes of UTF-8
    await table.put({ pk: 'p', sk: long, n: 1 });
    await table.put({ pk: 'p', sk: 'report#a', n: 2 });
    await table.put({ pk: 'p', sk: 'report#乡', n: 3 });
    expect((await table.query('p', { skPrefix: 'report#' })).map((i) => i.n)).toEqual([2, 3, 1]);
    expect(await new FileTable(join(temp.dir, 'table')).get('p', long)).toEqual({ pk: 'p', sk: long, n: 1 });
    await table.delete('p', long);
    expect((await table.query('p')).map((i) => i.n)).toEqual([2, 3]);
  });

  it('refuses empty keys, as DynamoDB does', async () => {
    const table = new FileTable(join(temp.dir, 'table'));
    await expect(table.put({ pk: '', sk: 'x' })).rejects.toBeInstanceOf(StorageKeyError);
    await expect(table.get('p', '')).rejects.toBeInstanceOf(StorageKeyError);
  });

  it('takes over the lock of a process that died while holding it', async () => {
    const table = new FileTable(join(temp.dir, 'table'), { timeoutMs: 30_000 });
    await mkdir(join(temp.dir, 'table/alert'), { recursive: true });
    const owner = { pid: deadPid(), host: hostname(), token: 'crashed' };
    await writeFile(join(temp.dir, 'table/alert/.A1.json.lock'), JSON.stringify(owner));
    expect(await table.put({ pk: 'alert', sk: 'A1', state: 'sent' }, { ifNotExists: true })).toBe(true);
    expect(await table.get('alert', 'A1')).toEqual({ pk: 'alert', sk: 'A1', state: 'sent' });
    expect(await filesUnder(temp.dir)).toEqual(['table/alert/A1.json']);
  });

  it('waits for a live holder and gives up with LockTimeoutError, writing nothing', async () => {
    const table = new FileTable(join(temp.dir, 'table'), { timeoutMs: 200 });
    await mkdir(join(temp.dir, 'table/alert'), { recursive: true });
    const owner = { pid: process.pid, host: hostname(), token: 'busy' };
    await writeFile(join(temp.dir, 'table/alert/.A1.json.lock'), JSON.stringify(owner));
    await expect(table.put({ pk: 'alert', sk: 'A1', state: 'sent' })).rejects.toBeInstanceOf(
      LockTimeoutError,
    );
    expect(await table.get('alert', 'A1')).toBeUndefined();
  });
});
