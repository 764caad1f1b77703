/**
 * The workflow steps store what they compute per period and reuse it only while the uploads are
 * unchanged: a clerk who re-sends a corrected file and runs the commands again sees the correction
 * everywhere — in the comparison, in the rollup, and in the digests built from the stored rollup.
 */
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ingestFolder } from '../../lib/ingest/ingestFolder.ts';
import { openLocalStorage } from '../../lib/storage/local/index.ts';
import { DEFAULT_OFFICE_CADRE_ID, type WorkflowEnv } from '../../lib/workflow/env.ts';
import { loadResult } from '../../lib/workflow/resultStore.ts';
import { comparisonOf, runCompare } from '../../lib/workflow/runCompare.ts';
import { runDigest } from '../../lib/workflow/runDigest.ts';
import { runRollup } from '../../lib/workflow/runRollup.ts';
import { loadDataset } from '../../lib/snapshots/storedDataset.ts';
import type { RollupResult } from '../../lib/rollup/types.ts';
import { COMPARE_2023_03, ROLLUP_2023_03 } from '../cli/expected.ts';
import { E1, E2, E3, E5, E6, writeUploads } from '../cli/fixture.ts';

let root: string;
let env: WorkflowEnv;
const uploads = () => join(root, 'uploads');

async function ingest(): Promise<void> {
  await ingestFolder(uploads(), { table: env.table, objects: env.objects, today: '2023-06-30' });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kuomian-workflow-'));
  await writeUploads(uploads());
  const storage = openLocalStorage(join(root, 'data'), { now: () => new Date('2023-06-30T00:00:00Z') });
  env = {
    table: storage.table,
    objects: storage.objects,
    notifier: storage.notifier,
    now: () => new Date('2023-06-30T00:00:00Z'),
    timeZone: 'Asia/Shanghai',
    officeCadreId: DEFAULT_OFFICE_CADRE_ID,
  };
  await ingest();
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const township = (r: RollupResult, code: string) => r.townships.find((t) => t.code === code);

describe('stored results follow the uploads', () => {
  test('unchanged uploads: the comparison is computed once and then reused', async () => {
    const { comparison } = await runCompare(env, '2023-03');
    expect(comparison.result).toEqual(COMPARE_2023_03);
    const again = await comparisonOf(env, await loadDataset(env.table, env.objects), '2023-03');
    expect(again.reused).toBe(true);
    expect(again.comparison.result).toEqual(COMPARE_2023_03);
  });

  test('the rollup of 2023 compares 2022-12 under the 2023 policy (there is no 2022 policy file)', async () => {
    const { rollup } = await runRollup(env, '2023-03');
    expect(rollup).toEqual(ROLLUP_2023_03);
    expect(rollup.county.participationRateBaseline).toBe(0.5); // RULES 2.4: as of (Y−1)-12
  });

  test('a corrected registry re-sent: comparison, rollup and digests all see it', async () => {
    // 市场监管 corrects 乙贸易's address: it lies in 履坦镇, not 桐琴镇 (received 2023-04-20).
    const registry = [
      '统一社会信用代码,企业名称,登记状态,所属乡镇（街道）,住所,是否规上企业,是否国有企业',
      `${E1},武义甲机械（武义）有限公司,存续,开发区,武义县开发区温泉南路1号,是,否`,
      `${E2},武义乙贸易有限公司,在业,,武义县履坦镇工业区8号,是,否`,
      `${E3},武义丙建设有限公司,存续,大田乡,,否,是`,
      `${E5},武义戊科技有限公司,注销,开发区,,否,否`,
      `${E6},武义己五金厂,存续,经济开发区,,,`,
    ];
    const path = join(uploads(), 'registry', '2023-03', '在册企业清单.csv');
    await writeFile(path, `${registry.join('\r\n')}\r\n`, 'utf8');
    const received = new Date('2023-04-20T09:00:00+08:00');
    await utimes(path, received, received);
    await ingest();

    const { comparison, reused } = await comparisonOf(env, await loadDataset(env.table, env.objects), '2023-03');
    expect(reused).toBe(false);
    expect(comparison.result.enterprises.find((e) => e.creditCode === E2)?.township).toBe('330723101000');

    // The digest finds the stored rollup older than the uploads and scores again before writing.
    const { alerts } = await runDigest(env, '2023-03', { send: false });
    const rollup = (await loadResult<RollupResult>(env.objects, 'rollup', '2023-03'))?.value as RollupResult;
    // 乙贸易 (survey row, enforcement, contact) now counts for 履坦镇: 桐琴镇 keeps 丁快递 only.
    expect(township(rollup, '330723102000')?.actual.coveredEnterprises).toBe(1);
    expect(township(rollup, '330723101000')?.actual.coveredEnterprises).toBe(1);
    expect(alerts.find((a) => a.cadreId === 'C002')?.email).toContain('覆盖企业 完成 1/200');
  });
});
