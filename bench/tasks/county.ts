/**
 * The county-scale steps of the benchmark: generate the synthetic county's uploads, ingest the tree
 * into a data directory (preparation, not measured against a target), and the measured monthly
 * work — compare and rollup of the last period — on that data directory.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_PREFIX } from '../../lib/config/names.ts';
import { ingestFolder } from '../../lib/ingest/ingestFolder.ts';
import { openLocalStorage } from '../../lib/storage/local/index.ts';
import { generateCounty } from '../../lib/synthetic/index.ts';
import { DEFAULT_OFFICE_CADRE_ID, type WorkflowEnv } from '../../lib/workflow/env.ts';
import { runCompare } from '../../lib/workflow/runCompare.ts';
import { loadDataset } from '../../lib/snapshots/storedDataset.ts';
import { runRollup } from '../../lib/workflow/runRollup.ts';
import { cpuSecondsSince } from './cpu.ts';

export interface GenerateArgs {
  scale: number;
  outDir: string;
  seed: number;
}

export interface GenerateResult {
  enterprises: number;
  people: number;
  files: number;
  rows: number;
  bytes: number;
  /** The last period with uploads: the one compared and rolled up. */
  lastPeriod: string;
  seconds: number;
}

export async function generate(args: GenerateArgs): Promise<GenerateResult> {
  const started = performance.now();
  const county = await generateCounty({
    scale: args.scale,
    outDir: args.outDir,
    seed: args.seed,
    overwrite: true,
  });
  const periods = county.files.map((f) => f.period).sort();
  return {
    ...county.counts,
    lastPeriod: periods[periods.length - 1],
    seconds: (performance.now() - started) / 1000,
  };
}

export interface IngestTreeArgs {
  root: string;
  dataDir: string;
  today: string;
}

export interface IngestTreeResult {
  files: number;
  rows: number;
  accepted: number;
  rejectedFiles: number;
  seconds: number;
}

export async function ingestTree(args: IngestTreeArgs): Promise<IngestTreeResult> {
  await rm(args.dataDir, { recursive: true, force: true });
  const storage = openLocalStorage(args.dataDir);
  const started = performance.now();
  const outcomes = await ingestFolder(args.root, {
    table: storage.table,
    objects: storage.objects,
    today: args.today,
  });
  return {
    files: outcomes.length,
    rows: outcomes.reduce((sum, o) => sum + o.rows, 0),
    accepted: outcomes.reduce((sum, o) => sum + o.accepted, 0),
    rejectedFiles: outcomes.filter((o) => o.status === 'rejected').length,
    seconds: (performance.now() - started) / 1000,
  };
}

export interface CompareRollupArgs {
  dataDir: string;
  period: string;
  /** The instant the run happens at (ISO): the rollup's issue date. */
  now: string;
}

export interface CompareRollupResult {
  compareSeconds: number;
  rollupSeconds: number;
  seconds: number;
  /** CPU time of compare + rollup (all threads). */
  cpuSeconds: number;
  lists: number;
  townships: number;
}

export async function compareAndRollup(args: CompareRollupArgs): Promise<CompareRollupResult> {
  // Stored results would be reused (resultStore): remove them so both steps compute in full.
  await rm(join(args.dataDir, DATA_PREFIX.results), { recursive: true, force: true });
  await rm(join(args.dataDir, DATA_PREFIX.reports), { recursive: true, force: true });
  const now = new Date(args.now);
  const storage = openLocalStorage(args.dataDir, { now: () => now });
  const env: WorkflowEnv = {
    ...storage,
    now: () => now,
    timeZone: 'Asia/Shanghai',
    officeCadreId: DEFAULT_OFFICE_CADRE_ID,
  };
  const started = performance.now();
  const cpu = process.cpuUsage();
  // As the monthly Lambda runs them (functions/rollup.ts): one dataset, lists first, then the scores.
  const dataset = await loadDataset(env.table, env.objects);
  const compared = await runCompare(env, args.period, dataset);
  const between = performance.now();
  const rolled = await runRollup(env, args.period, dataset);
  const ended = performance.now();
  return {
    compareSeconds: (between - started) / 1000,
    rollupSeconds: (ended - between) / 1000,
    seconds: (ended - started) / 1000,
    cpuSeconds: cpuSecondsSince(cpu),
    lists: compared.lists.length,
    townships: rolled.rollup.townships.length,
  };
}
