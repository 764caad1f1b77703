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
    const { result, maxRssMiB } = await runWorker<CompareRollupResult>('compare-rollup', {
      dataDir: county.dataDir,
      period,
      now: firstOfNextMonth(period),
    });
    log(
      `  ${scale}×: compare ${result.compareSeconds.toFixed(1)} s + rollup ${result.rollupSeconds.toFixed(1)} s, peak RSS ${maxRssMiB.toFixed(0)} MiB`,
    );
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
