/**
 * The Lambda bundles as the stack builds them (infra/kuomianFunction.ts: esbuild, ESM, platform node,
 * minified, names kept, external source map, the createRequire banner, every dependency including the
 * AWS SDK inside, seeds/ copied beside), their size and the time a cold `node` takes to import one.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ESM_REQUIRE_BANNER } from '../child.ts';
import { DATA_DIR, REPO_ROOT, SEEDS_DIR } from '../paths.ts';
import type { BenchPlan } from '../plan.ts';

export const FUNCTION_ENTRIES = [
  'functions/ingest.ts',
  'functions/rollup.ts',
  'functions/survey-check.ts',
] as const;

export interface BundleFigures {
  entry: string;
  /** The bundle's target: the stack's node24, or node20 when Node here cannot load that. */
  target: string;
  sizeKiB: number;
  /** The bundle gzipped: about what the deployment zip adds for it. */
  gzipKiB: number;
  /** Median of the runs, milliseconds from `import()` called to resolved. */
  coldImportMs: number;
  importRunsMs: number[];
}

const STACK_TARGET = 'node24';
const LOCAL_TARGET = 'node20';

export async function measureBundles(plan: BenchPlan, log: (line: string) => void): Promise<BundleFigures[]> {
  const figures: BundleFigures[] = [];
  for (const entry of FUNCTION_ENTRIES) {
    const dir = join(DATA_DIR, 'bundles', entry.replace(/^functions\//, '').replace(/\.ts$/, ''));
    let target = STACK_TARGET;
    let file = await bundle(entry, dir, target);
    let runs: number[];
    try {
      runs = await importRuns(file, plan.importRuns);
    } catch (error) {
      // Syntax Node 24 has and this Node lacks: import the node20 build, report the node24 size.
      log(
        `  ${entry}: the node24 bundle does not load here (${(error as Error).message.split('\n')[0]}); importing a node20 build`,
      );
      target = LOCAL_TARGET;
      file = await bundle(entry, dir, target);
      runs = await importRuns(file, plan.importRuns);
    }
    const bytes = await readFile(file);
    const sizeKiB = (await stat(file)).size / 1024;
    const coldImportMs = median(runs);
    log(`  ${entry}: ${sizeKiB.toFixed(0)} KiB, cold import ${coldImportMs.toFixed(0)} ms`);
    figures.push({
      entry,
      target,
      sizeKiB,
      gzipKiB: gzipSync(bytes).length / 1024,
      coldImportMs,
      importRunsMs: runs,
    });
  }
  return figures;
}

async function bundle(entry: string, dir: string, target: string): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const outfile = join(dir, 'index.mjs');
  await build({
    entryPoints: [join(REPO_ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target,
    mainFields: ['module', 'main'],
    banner: { js: ESM_REQUIRE_BANNER },
    minify: true,
    keepNames: true,
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'error',
  });
  // lib/seeds/seedsDir.ts looks for `./seeds/` beside the bundle, as the stack copies it.
  await cp(SEEDS_DIR, join(dir, 'seeds'), { recursive: true });
  return outfile;
}

/**
 * Each run a fresh `node` that imports the bundle and prints how long the import took and what it
 * exports; the handler is never called.
 */
async function importRuns(file: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await importOnce(file));
  return times;
}

function importOnce(file: string): Promise<number> {
  const url = pathToFileURL(file).href;
  const script = `const t = performance.now(); const m = await import(${JSON.stringify(url)}); const ms = performance.now() - t; console.log(JSON.stringify({ ms, handler: typeof m.handler }));`;
  // Where the seeds come from is the bundle's business, as in the Lambda.
  const { KUOMIAN_SEEDS_DIR: _seeds, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = { ...inherited, AWS_REGION: process.env.AWS_REGION ?? 'cn-north-1' };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => {
      out += t;
    });
    child.stderr.setEncoding('utf8').on('data', (t: string) => {
      err += t;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) return reject(new Error(err.trim() || `exit ${code}`));
      const { ms, handler } = JSON.parse(line) as { ms: number; handler: string };
      if (handler !== 'function') return reject(new Error(`${file} exports no handler function`));
      resolve(ms);
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
