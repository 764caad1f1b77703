import { existsSync } from 'node:fs';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newSpoolFolder, removeAbandonedSpools } from '../../lib/ingest/spool.ts';
import { makeTempDir } from '../storage/helpers/tempDir.ts';

describe('spool folders for curated snapshots', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(async () => {
    await temp.remove();
  });

  it('removes folders a stopped ingestion left behind, and only those', async () => {
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    const abandoned = join(temp.dir, 'kuomian-curated-abc123');
    await mkdir(abandoned);
    await writeFile(join(abandoned, 'rows.jsonl.gz'), 'x');
    await utimes(join(abandoned, 'rows.jsonl.gz'), twoHoursAgo, twoHoursAgo);
    await utimes(abandoned, twoHoursAgo, twoHoursAgo);
    // Still being written: its folder is old but the file grew a moment ago.
    const busy = join(temp.dir, 'kuomian-curated-def456');
    await mkdir(busy);
    await utimes(busy, twoHoursAgo, twoHoursAgo);
    await writeFile(join(busy, 'rows.jsonl.gz'), 'x');
    const foreign = join(temp.dir, 'someone-else');
    await mkdir(foreign);
    await utimes(foreign, twoHoursAgo, twoHoursAgo);

    const fresh = await newSpoolFolder(temp.dir);

    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(busy)).toBe(true);
    expect(existsSync(foreign)).toBe(true);
    expect(existsSync(fresh)).toBe(true);
    expect(await removeAbandonedSpools(temp.dir)).toEqual([]);
  });
});
