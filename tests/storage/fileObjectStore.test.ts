import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StorageKeyError } from '../../lib/storage/local/errors.ts';
import { FileObjectStore } from '../../lib/storage/local/fileObjectStore.ts';
import { NotFoundError } from '../../lib/storage/ports.ts';
import { filesUnder, makeTempDir } from './helpers/tempDir.ts';

describe('FileObjectStore', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let root: string;
  let store: FileObjectStore;
  beforeEach(async () => {
    temp = await makeTempDir();
    root = join(temp.dir, 'data');
    store = new FileObjectStore(root, ['outbox']);
  });
  afterEach(async () => {
    await temp.remove();
  });

  it('stores an object at the path its key names, and reads it back', async () => {
    const key = 'rejects/tax-payroll/2023-03/工资.csv.csv';
    await store.put(key, '\uFEFF行号,原因\n3,身份证号码无效\n');
    expect(store.locate(key)).toBe('rejects/tax-payroll/2023-03/工资.csv.csv');
    expect(await readFile(join(root, 'rejects/tax-payroll/2023-03/工资.csv.csv'), 'utf8')).toBe(
      '\uFEFF行号,原因\n3,身份证号码无效\n',
    );
    expect((await store.get(key))?.toString('utf8')).toBe('\uFEFF行号,原因\n3,身份证号码无效\n');
    expect(await buffer(await store.openRead(key))).toEqual(
      Buffer.from('\uFEFF行号,原因\n3,身份证号码无效\n'),
    );
  });

  it('replaces an object whole and leaves no temp file behind', async () => {
    await store.put('curated/insured/2023-03.jsonl', Buffer.from('old'));
    await store.put('curated/insured/2023-03.jsonl', Buffer.from('new content'));
    expect((await store.get('curated/insured/2023-03.jsonl'))?.toString()).toBe('new content');
    expect(await filesUnder(temp.dir)).toEqual(['data/curated/insured/2023-03.jsonl']);
  });

  it('stores a copy of a local file atomically, leaving the file where it was', async () => {
    const source = join(temp.dir, 'spool.gz');
    const bytes = Buffer.from(Array.from({ length: 1_000_000 }, (_, i) => i % 251));
    await writeFile(source, bytes);
    await store.put('curated/insured/2023-03.jsonl.gz', 'old');
    await store.putFile('curated/insured/2023-03.jsonl.gz', source);
    // Buffer.equals: a deep equality over a million bytes would take seconds.
    expect((await store.get('curated/insured/2023-03.jsonl.gz'))?.equals(bytes)).toBe(true);
    expect(await filesUnder(temp.dir)).toEqual(['data/curated/insured/2023-03.jsonl.gz', 'spool.gz']);
  });

  it('answers absence: get gives undefined, openRead throws NotFoundError', async () => {
    await store.put('reports/2023-03/rollup.html', '<html></html>');
    expect(await store.get('reports/2023-04/rollup.html')).toBeUndefined();
    expect(await store.get('reports/2023-03')).toBeUndefined(); // a folder is not an object
    expect(await store.get('reports/2023-03/rollup.html/x')).toBeUndefined();
    await expect(store.openRead('reports/none.html')).rejects.toBeInstanceOf(NotFoundError);
    await expect(store.openRead('reports/2023-03')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lists keys under a prefix in code-point order of the original keys', async () => {
    const keys = [
      'rejects/b.csv',
      'rejects/工资.csv',
      'rejects/A.csv',
      'rejects/%.csv',
      'rejects/😀.csv',
      'rejects/！.csv',
      'rejects/sub/x.csv',
      'reports/r.html',
      'rejects-old/z.csv',
    ];
    for (const key of keys) await store.put(key, key);
    expect(await store.list('rejects/')).toEqual([
      'rejects/%.csv',
      'rejects/A.csv',
      'rejects/b.csv',
      'rejects/sub/x.csv',
      'rejects/工资.csv',
      'rejects/！.csv',
      'rejects/😀.csv',
    ]);
    expect(await store.list('re')).toHaveLength(9);
    expect(await store.list('rejects/s')).toEqual(['rejects/sub/x.csv']);
    expect(await store.list('nothing/')).toEqual([]);
    expect(await new FileObjectStore(join(temp.dir, 'missing')).list('')).toEqual([]);
  });

  it('keeps hostile keys inside the root and gives them back unchanged', async () => {
    const hostile = [
      '../escape.csv',
      'a/../../b.csv',
      '/etc/passwd',
      '.',
      'x/./y',
      'nul\u0000.csv',
      'C:\\Windows\\win.ini',
      '100%/a',
      '%2E%2E/z',
      'rejects/CON.csv',
      'line\nbreak',
      'a//b',
      'trailing/',
    ];
    for (const key of hostile) await store.put(key, key);
    for (const key of hostile) expect((await store.get(key))?.toString()).toBe(key);
    expect(await store.list('')).toEqual([...hostile].sort());
    const files = await filesUnder(temp.dir);
    expect(files).toHaveLength(hostile.length);
    for (const file of files) expect(file.startsWith('data/')).toBe(true);
    expect(store.locate('../escape.csv')).toBe('%2E%2E/escape.csv');
    expect(store.locate('..')).toBe('%2E%2E');
    expect(store.locate('/etc/passwd')).toBe('%/etc/passwd');
    expect(store.locate('a/../../b.csv')).toBe('a/%2E%2E/%2E%2E/b.csv');
    expect(store.locate('nul\u0000.csv')).toBe('nul%00.csv');
  });

  it('never lets an object key reach a reserved top-level folder', async () => {
    await store.put('outbox/alerts.jsonl', 'not an alert');
    await store.put('Outbox/x', 'y');
    expect(store.locate('outbox/alerts.jsonl')).toBe('%6Futbox/alerts.jsonl');
    await mkdir(join(root, 'outbox'), { recursive: true });
    await writeFile(join(root, 'outbox/alerts.jsonl'), '{}\n');
    expect(await store.list('')).toEqual(['Outbox/x', 'outbox/alerts.jsonl']);
    expect((await store.get('outbox/alerts.jsonl'))?.toString()).toBe('not an alert');
  });

  it('lists only files it wrote: not foreign names, hidden files or symbolic links', async () => {
    await store.put('reports/a.html', 'a');
    await writeFile(join(root, 'reports/50%.html'), 'foreign');
    await writeFile(join(root, 'reports/.DS_Store'), 'mac');
    await writeFile(join(root, 'reports/what?.html'), 'foreign');
    await symlink(join(root, 'reports/a.html'), join(root, 'reports/link.html'));
    expect(await store.list('')).toEqual(['reports/a.html']);
  });

  it('stores a key longer than a file name allows', async () => {
    const key = `rejects/${'某某乡镇企业职工名单'.repeat(12)}.xlsx.csv`;
    await store.put(key, 'long');
    expect((await store.get(key))?.toString()).toBe('long');
    expect(await store.list('rejects/')).toEqual([key]);
    for (const part of store.locate(key).split('/')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(200);
  });

  it('still has every object after a restart', async () => {
    await store.put('results/2023-03/rollup.json', '{"period":"2023-03"}');
    const again = new FileObjectStore(root, ['outbox']);
    expect((await again.get('results/2023-03/rollup.json'))?.toString()).toBe('{"period":"2023-03"}');
    expect(await again.list('results/')).toEqual(['results/2023-03/rollup.json']);
  });

  it('refuses an empty key and a key that needs a file to be a folder', async () => {
    await expect(store.put('', 'x')).rejects.toBeInstanceOf(StorageKeyError);
    await store.put('reports/r', 'file');
    await expect(store.put('reports/r/inner', 'x')).rejects.toBeInstanceOf(StorageKeyError);
    await store.put('reports/d/inner', 'x');
    await expect(store.put('reports/d', 'x')).rejects.toBeInstanceOf(StorageKeyError);
    expect(await store.list('reports/')).toEqual(['reports/d/inner', 'reports/r']);
  });
});
