/**
 * Runs worker.ts measurements in child processes. The worker is bundled once per run into
 * bench/data/worker.mjs (esbuild, ESM, every dependency inside) and started with plain `node`.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { BENCH_DIR, DATA_DIR, SEEDS_DIR } from './paths.ts';
import { RESULT_MARK, type WorkerReport } from './protocol.ts';

export const WORKER_BUNDLE = join(DATA_DIR, 'worker.mjs');

/** Lets CommonJS dependencies (exceljs, iconv-lite, csv-parse) `require` Node built-ins from ESM. */
export const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

export async function buildWorker(): Promise<void> {
  await build({
    entryPoints: [join(BENCH_DIR, 'worker.ts')],
    outfile: WORKER_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'],
    banner: { js: ESM_REQUIRE_BANNER },
    logLevel: 'error',
  });
}

export interface Measured<T> {
  result: T;
  maxRssMiB: number;
}

export class WorkerFailed extends Error {}

/** Runs one task in a fresh process; rejects with the end of its stderr when it fails. */
export function runWorker<T>(task: string, args: object = {}): Promise<Measured<T>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER_BUNDLE, task, JSON.stringify(args)], {
      // The worker bundle lies in bench/data, not beside the repository's seeds/.
      env: { ...process.env, KUOMIAN_SEEDS_DIR: SEEDS_DIR },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr = (stderr + text).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_MARK));
      if (code !== 0 || !line) {
        reject(
          new WorkerFailed(
            `${task} failed (${signal ?? `exit ${code}`}): ${stderr.trim().split('\n').slice(-6).join('\n')}`,
          ),
        );
        return;
      }
      const report = JSON.parse(line.slice(RESULT_MARK.length)) as WorkerReport<T>;
      resolve({ result: report.result, maxRssMiB: report.maxRssKiB / 1024 });
    });
  });
}
