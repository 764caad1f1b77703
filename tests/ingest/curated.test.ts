import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CuratedWriter, readCurated } from '../../lib/ingest/curated.ts';
import { FileObjectStore } from '../../lib/storage/local/fileObjectStore.ts';
import { makeTempDir } from '../storage/helpers/tempDir.ts';

describe('curated snapshots', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let store: FileObjectStore;
  beforeEach(async () => {
    temp = await makeTempDir();
    store = new FileObjectStore(join(temp.dir, 'data'));
  });
  afterEach(async () => {
    await temp.remove();
  });

  it('stores every row, in order, across many compressed chunks, and reads them back', async () => {
    const writer = await CuratedWriter.create();
    const rows = Array.from({ length: 30_000 }, (_, i) => ({
      employerCode: '914403001922038216',
      name: `职工${i}`,
      income: i * 1.5,
      // A row longer than one chunk still arrives whole.
      ...(i === 12_345 ? { note: '长'.repeat(200_000) } : {}),
    }));
    for (const row of rows) {
      writer.add(row);
      if (writer.behind) await writer.drain();
    }
    expect(writer.count).toBe(30_000);
    await store.putFile('curated/tax-payroll/2023-03/_county/v1.jsonl.gz', await writer.finish());
    await writer.dispose();

    const back: unknown[] = [];
    for await (const row of readCurated(store, 'curated/tax-payroll/2023-03/_county/v1.jsonl.gz')) back.push(row);
    expect(back).toEqual(rows);
  });

  it('writes a valid empty gzip stream when no row was accepted', async () => {
    const writer = await CuratedWriter.create();
    const path = await writer.finish();
    expect(gunzipSync(await readFile(path)).length).toBe(0);
    await writer.dispose();
  });

  it('leaves no temporary file behind, finished or abandoned', async () => {
    const finished = await CuratedWriter.create();
    finished.add({ a: 1 });
    const finishedPath = await finished.finish();
    await finished.dispose();
    const abandoned = await CuratedWriter.create();
    abandoned.add({ a: 1 });
    await abandoned.dispose();
    expect(existsSync(finishedPath)).toBe(false);
    expect(existsSync(abandoned.path)).toBe(false);
  });
});
