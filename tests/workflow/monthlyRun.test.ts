/**
 * The monthly run (functions/rollup.ts) compares P, writes its lists and scores P on one dataset: the
 * steps share what they have read, so each insured snapshot is read once per rule that needs its rows,
 * and the scores are those of separate command-line runs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ingestFolder } from '../../lib/ingest/ingestFolder.ts';
import { loadDataset } from '../../lib/snapshots/storedDataset.ts';
import type { ObjectStore } from '../../lib/storage/ports.ts';
import { openLocalStorage } from '../../lib/storage/local/index.ts';
import { DEFAULT_OFFICE_CADRE_ID, type WorkflowEnv } from '../../lib/workflow/env.ts';
import { runCompare } from '../../lib/workflow/runCompare.ts';
import { runRollup } from '../../lib/workflow/runRollup.ts';
import { COMPARE_2023_03, ROLLUP_2023_03 } from '../cli/expected.ts';
import { writeUploads } from '../cli/fixture.ts';

let root: string;
let env: WorkflowEnv;
/** How often each curated snapshot was opened, by kind and period (`insured/2022-12`). */
const reads = new Map<string, number>();

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kuomian-monthly-'));
  await writeUploads(join(root, 'uploads'));
  const now = new Date('2023-04-01T00:00:00Z');
  const storage = openLocalStorage(join(root, 'data'), { now: () => now });
  await ingestFolder(join(root, 'uploads'), { table: storage.table, objects: storage.objects, today: '2023-04-01' });
  const objects: ObjectStore = {
    put: (key, body, options) => storage.objects.put(key, body, options),
    putFile: (key, path, options) => storage.objects.putFile(key, path, options),
    get: (key) => storage.objects.get(key),
    list: (prefix) => storage.objects.list(prefix),
    locate: (key) => storage.objects.locate(key),
    openRead: (key) => {
      const [, kind, period] = key.split('/');
      if (key.startsWith('curated/')) reads.set(`${kind}/${period}`, (reads.get(`${kind}/${period}`) ?? 0) + 1);
      return storage.objects.openRead(key);
    },
  };
  env = {
    table: storage.table,
    objects,
    notifier: storage.notifier,
    now: () => now,
    timeZone: 'Asia/Shanghai',
    officeCadreId: DEFAULT_OFFICE_CADRE_ID,
  };
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the monthly run on one dataset', () => {
  test('scores as separate runs do, reading each insured snapshot once per rule that needs its rows', async () => {
    const dataset = await loadDataset(env.table, env.objects);
    const { comparison, lists } = await runCompare(env, '2023-03', dataset);
    const { rollup } = await runRollup(env, '2023-03', dataset);

    expect(comparison.result).toEqual(COMPARE_2023_03);
    expect(rollup).toEqual(ROLLUP_2023_03);
    expect(lists.length).toBeGreaterThan(1);
    // March: read by the comparison, then by the count of new insured persons (RULES 2.2).
    expect(reads.get('insured/2023-03')).toBe(2);
    // December: read by December's comparison; the baseline (RULES 2.1) is the set it found.
    expect(reads.get('insured/2022-12')).toBe(1);
    // Each payroll month once: employment and base consolidation share the pass.
    expect(reads.get('tax-payroll/2023-03')).toBe(1);
  });
});
