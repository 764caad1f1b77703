/**
 * One measurement in a process of its own, so that its peak RSS is its own: `node worker.mjs <task>
 * <json args>` prints one line `BENCH_RESULT {"result":…,"maxRssKiB":…}` on stdout at the end. The
 * parent (run.ts) builds this file into a plain-Node bundle first: no TypeScript loader in the process
 * measured, as in a Lambda.
 */
import { bareParse } from './tasks/bareParse.ts';
import { compareAndRollup, generate, ingestTree } from './tasks/county.ts';
import { ingestFile } from './tasks/ingestFile.ts';
import { RESULT_MARK, type WorkerReport } from './protocol.ts';

const TASKS: Record<string, (args: never) => Promise<unknown>> = {
  /** Nothing: the RSS of the worker itself, the floor under every other figure. */
  idle: async () => ({}),
  'ingest-file': ingestFile,
  'bare-parse': bareParse,
  'generate-county': generate,
  'ingest-tree': ingestTree,
  'compare-rollup': compareAndRollup,
};

async function main(): Promise<void> {
  const [name, json] = process.argv.slice(2);
  const task = TASKS[name ?? ''];
  if (!task) throw new Error(`unknown task ${name}; one of ${Object.keys(TASKS).join(', ')}`);
  const result = await task(JSON.parse(json ?? '{}') as never);
  const report: WorkerReport<unknown> = { result, maxRssKiB: process.resourceUsage().maxRSS };
  process.stdout.write(`${RESULT_MARK}${JSON.stringify(report)}\n`);
}

await main();
