/**
 * Compare and rollup of the county's last period at several multiples of the county: time and peak
 * RSS of the monthly work (RULES 1, 2), the uploads' ingestion excluded.
 */
import { runWorker } from '../child.ts';
import type { BenchPlan } from '../plan.ts';
import type { CompareRollupResult } from '../tasks/county.ts';
import { prepareCounty } from './county.ts';

export interface WorkflowFigures {
  scale: number;
  enterprises: number;
  people: number;
  uploadFiles: number;
  uploadRows: number;
  period: string;
  compareSeconds: number;
  rollupSeconds: number;
  /** compare + rollup. */
  seconds: number;
  /** CPU time of compare + rollup: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  peakRssMiB: number;
  /** compare + rollup of every run (the fastest is the one reported). */
  allRunsSeconds: number[];
  /**
   * The preparation, for information: ingesting the whole tree, file by file (the scales are
   * prepared side by side, so these figures include waiting for each other).
   */
  ingestTreeSeconds: number;
  ingestTreePeakRssMiB: number;
}

export async function measureWorkflow(
  plan: BenchPlan,
  log: (line: string) => void,
): Promise<WorkflowFigures[]> {
  const figures: WorkflowFigures[] = [];
  // Preparing is mostly waiting for the disk (local mode syncs every write): the scales are prepared
  // side by side; the measurements then run one at a time.
  const counties = await Promise.all(
    plan.countyScales.map((scale) => prepareCounty(scale, plan.countySeed, log)),
  );
  for (const county of counties) {
    const { scale } = county;
    const period = county.generated.lastPeriod;
    const runs: { result: CompareRollupResult; maxRssMiB: number }[] = [];
    for (let run = 0; run < plan.workflowRepeats; run++) {
      const measured = await runWorker<CompareRollupResult>('compare-rollup', {
        dataDir: county.dataDir,
        period,
        now: firstOfNextMonth(period),
      });
      runs.push(measured);
      log(
        `  ${scale}×: compare ${measured.result.compareSeconds.toFixed(1)} s + rollup ${measured.result.rollupSeconds.toFixed(1)} s, peak RSS ${measured.maxRssMiB.toFixed(0)} MiB`,
      );
    }
    const { result } = runs.reduce((a, b) => (b.result.seconds < a.result.seconds ? b : a));
    const maxRssMiB = Math.max(...runs.map((r) => r.maxRssMiB));
    figures.push({
      scale,
      enterprises: county.generated.enterprises,
      people: county.generated.people,
      uploadFiles: county.generated.files,
      uploadRows: county.generated.rows,
      period,
      compareSeconds: result.compareSeconds,
      rollupSeconds: result.rollupSeconds,
      seconds: result.seconds,
      cpuSeconds: result.cpuSeconds,
      peakRssMiB: maxRssMiB,
      allRunsSeconds: runs.map((r) => r.result.seconds),
      ingestTreeSeconds: county.ingested.seconds,
      ingestTreePeakRssMiB: county.ingested.peakRssMiB,
    });
  }
  return figures;
}

/** The monthly rollup runs on the 1st at 08:00 Asia/Shanghai (00:00 UTC) after the period. */
function firstOfNextMonth(period: string): string {
  const [year, month] = period.split('-').map(Number);
  return new Date(Date.UTC(year, month, 1)).toISOString();
}
