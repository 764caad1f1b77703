/**
 * `npm run bench [-- --quick] [-- --only throughput,memory,workflow,bundles]` (issue 8): generates the
 * data (kept in bench/data between runs), measures each figure in a process of its own, prints the
 * tables and writes bench/results.json (bench/data/results-partial.json when only some sections ran).
 * Exits 1 when a section failed (its error is in the results).
 */
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { buildWorker, runWorker } from './child.ts';
import { PARTIAL_RESULTS_FILE, RESULTS_FILE } from './paths.ts';
import { SECTIONS, type Section, planOf } from './plan.ts';
import { renderReport } from './report.ts';
import { type BenchResults, machineInfo, runInfo, verdicts } from './results.ts';
import { FIXTURE_SOURCES } from './fixtures/benchFiles.ts';
import { STORE_SOURCES, UPLOADS_SOURCES } from './sections/county.ts';
import { sourceFingerprint } from './fingerprint.ts';
import { type BundleFigures, measureBundles } from './sections/bundles.ts';
import {
  type MemoryFigures,
  type ThroughputFigures,
  measureMemory,
  measureThroughput,
} from './sections/ingestion.ts';
import { type WorkflowFigures, measureWorkflow } from './sections/workflow.ts';

const started = performance.now();
const plan = planOf(process.argv.slice(2));
const loadStart = loadavg()[0];
const log = (line: string) => console.error(line);
const errors: Partial<Record<Section, string>> = {};
const sectionSeconds: Partial<Record<Section, number>> = {};

async function section<T>(name: Section, title: string, measure: () => Promise<T[]>): Promise<T[]> {
  if (!plan.sections.includes(name)) return [];
  log(`${title} …`);
  const sectionStart = performance.now();
  try {
    return await measure();
  } catch (error) {
    errors[name] = error instanceof Error ? error.message : String(error);
    log(`  FAILED: ${errors[name]}`);
    return [];
  } finally {
    sectionSeconds[name] = (performance.now() - sectionStart) / 1000;
  }
}

log(`kuomian benchmarks, ${plan.mode} run (load average ${loadStart.toFixed(1)})`);
// The code measured is the code of this moment: the worker bundle and the data kept in bench/data.
for (const sources of [FIXTURE_SOURCES, UPLOADS_SOURCES, STORE_SOURCES]) sourceFingerprint(sources);
await buildWorker();
const idle = await runWorker('idle');
const throughput = await section<ThroughputFigures>('throughput', 'Ingestion throughput', () =>
  measureThroughput(plan, log),
);
const memory = await section<MemoryFigures>('memory', 'Ingestion peak RSS', () => measureMemory(plan, log));
const workflow = await section<WorkflowFigures>('workflow', 'Compare + rollup', () =>
  measureWorkflow(plan, log),
);
const bundles = await section<BundleFigures>('bundles', 'Function bundles', () => measureBundles(plan, log));

const { mode, ...planRest } = plan;
const results: BenchResults & { errors?: typeof errors } = {
  date: new Date().toISOString(),
  mode,
  runSeconds: (performance.now() - started) / 1000,
  sectionSeconds,
  ...runInfo(),
  machine: machineInfo(loadStart, idle.maxRssMiB),
  plan: planRest,
  throughput,
  memory,
  workflow,
  bundles,
  targets: verdicts(plan, throughput, memory, workflow),
  ...(Object.keys(errors).length ? { errors } : {}),
};
// A run of some sections only must not replace the committed results of a whole run.
const resultsFile = plan.sections.length === SECTIONS.length ? RESULTS_FILE : PARTIAL_RESULTS_FILE;
await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(renderReport(results));
for (const [name, message] of Object.entries(errors)) console.log(`\n${name} FAILED: ${message}`);
console.log(`\nWritten to ${resultsFile}`);
if (Object.keys(errors).length) process.exitCode = 1;
