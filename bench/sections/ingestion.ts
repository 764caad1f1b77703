/**
 * Ingestion measurements: rows per second of our ingestion against the bare parser on the same file
 * (per kind and format), and the peak RSS of ingesting ever larger payroll files.
 */
import { join } from 'node:path';
import { runWorker } from '../child.ts';
import { type BenchFile, ensureBenchFile } from '../fixtures/benchFiles.ts';
import type { BenchKind } from '../fixtures/rows.ts';
import { type BenchFormat, extensionOf } from '../fixtures/writers.ts';
import { DATA_DIR } from '../paths.ts';
import type { BenchPlan } from '../plan.ts';
import type { BareParseResult } from '../tasks/bareParse.ts';
import type { IngestFileResult } from '../tasks/ingestFile.ts';

export interface RunFigures {
  seconds: number;
  rowsPerSecond: number;
  /** Rows per CPU second: what the code costs, whatever else the machine is doing. */
  rowsPerCpuSecond: number;
  peakRssMiB: number;
}

export interface ThroughputFigures {
  kind: BenchKind;
  format: BenchFormat;
  rows: number;
  fileMiB: number;
  ours: RunFigures;
  bare: RunFigures;
  /** ours.rowsPerSecond / bare.rowsPerSecond: the target's ratio. */
  ratio: number;
  /** The same ratio in CPU time: steadier on a shared machine. */
  cpuRatio: number;
}

export interface MemoryFigures {
  format: BenchFormat;
  rows: number;
  fileMiB: number;
  peakRssMiB: number;
  rowsPerSecond: number;
}

/** Birth dates may not lie after it; the fixtures' people are all born before 2004. */
const TODAY = '2023-07-15';

export async function measureThroughput(
  plan: BenchPlan,
  log: (line: string) => void,
): Promise<ThroughputFigures[]> {
  const figures: ThroughputFigures[] = [];
  for (const kind of plan.kinds) {
    for (const format of plan.formats) {
      const file = await ensureBenchFile(kind, format, plan.throughputRows);
      let ours: RunFigures | undefined;
      let bare: RunFigures | undefined;
      for (let run = 0; run < plan.throughputRepeats; run++) {
        ours = fastest(ours, await ingestOnce(file));
        bare = fastest(bare, await bareOnce(file));
      }
      if (!ours || !bare) throw new Error('throughputRepeats must be at least 1');
      const row = {
        kind,
        format,
        rows: file.rows,
        fileMiB: mib(file.bytes),
        ours,
        bare,
        ratio: ours.rowsPerSecond / bare.rowsPerSecond,
        cpuRatio: ours.rowsPerCpuSecond / bare.rowsPerCpuSecond,
      };
      log(
        `  ${kind} ${format}: ours ${Math.round(ours.rowsPerSecond)} rows/s, bare ${Math.round(bare.rowsPerSecond)} rows/s`,
      );
      figures.push(row);
    }
  }
  return figures;
}

export async function measureMemory(plan: BenchPlan, log: (line: string) => void): Promise<MemoryFigures[]> {
  const figures: MemoryFigures[] = [];
  for (const format of plan.formats) {
    for (const rows of plan.memoryRows) {
      const file = await ensureBenchFile('tax-payroll', format, rows);
      const run = await ingestOnce(file);
      log(`  tax-payroll ${format} ${rows} rows: peak RSS ${run.peakRssMiB.toFixed(0)} MiB`);
      figures.push({
        format,
        rows,
        fileMiB: mib(file.bytes),
        peakRssMiB: run.peakRssMiB,
        rowsPerSecond: run.rowsPerSecond,
      });
    }
  }
  return figures;
}

async function ingestOnce(file: BenchFile): Promise<RunFigures> {
  const { result, maxRssMiB } = await runWorker<IngestFileResult>('ingest-file', {
    path: file.path,
    key: uploadKey(file.kind, file.format),
    dataDir: join(DATA_DIR, 'ingest-run'),
    today: TODAY,
  });
  // A rejected row or a warning would measure the rejects report, not ingestion: the fixtures must be clean.
  if (
    result.status !== 'accepted' ||
    result.accepted !== file.rows ||
    result.rows !== file.rows ||
    result.warnings > 0
  ) {
    throw new Error(`${file.path}: expected ${file.rows} rows accepted, got ${JSON.stringify(result)}`);
  }
  return figuresOf(result.rows, result.seconds, result.cpuSeconds, maxRssMiB);
}

async function bareOnce(file: BenchFile): Promise<RunFigures> {
  const { result, maxRssMiB } = await runWorker<BareParseResult>('bare-parse', {
    path: file.path,
    format: file.format,
  });
  if (result.rows !== file.rows)
    throw new Error(`${file.path}: the bare parser read ${result.rows} rows, not ${file.rows}`);
  return figuresOf(result.rows, result.seconds, result.cpuSeconds, maxRssMiB);
}

/** The key a department's upload of this kind arrives under (DATA-CONTRACT §1). */
function uploadKey(kind: BenchKind, format: BenchFormat): string {
  return `${kind}/2023-03/bench.${extensionOf(format)}`;
}

function figuresOf(rows: number, seconds: number, cpuSeconds: number, peakRssMiB: number): RunFigures {
  return { seconds, rowsPerSecond: rows / seconds, rowsPerCpuSecond: rows / cpuSeconds, peakRssMiB };
}

/** The fastest run's time; the highest peak RSS of all runs. */
function fastest(best: RunFigures | undefined, run: RunFigures): RunFigures {
  if (best === undefined) return run;
  const faster = run.seconds < best.seconds ? run : best;
  return { ...faster, peakRssMiB: Math.max(best.peakRssMiB, run.peakRssMiB) };
}

function mib(bytes: number): number {
  return bytes / 1024 / 1024;
}
