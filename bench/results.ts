/**
 * bench/results.json: every figure of a run, the machine it ran on, and whether each target of
 * issue 8 is met — with the rule each verdict applies, so a reader can check it by hand.
 */
import { execFileSync } from 'node:child_process';
import { arch, cpus, loadavg, platform, totalmem } from 'node:os';
import { REPO_ROOT } from './paths.ts';
import type { BundleFigures } from './sections/bundles.ts';
import type { MemoryFigures, ThroughputFigures } from './sections/ingestion.ts';
import type { WorkflowFigures } from './sections/workflow.ts';
import type { BenchPlan } from './plan.ts';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
  /** 1-minute load average when the run started and ended: other work on the machine skews every figure. */
  loadAverage: { start: number; end: number };
  /** Peak RSS of a worker process that does nothing: the floor under every RSS figure. */
  idleWorkerRssMiB: number;
}

export interface Verdict {
  rule: string;
  /** null when the run did not measure it (a section left out). */
  met: boolean | null;
  value: number | null;
  /** True when the value is projected from smaller sizes rather than measured (quick runs). */
  projected?: boolean;
  note?: string;
}

export interface BenchResults {
  date: string;
  mode: BenchPlan['mode'];
  runSeconds: number;
  sectionSeconds: Partial<Record<string, number>>;
  /** The commit measured, and whether the working tree differed from it. */
  gitCommit: string | null;
  gitDirty: boolean | null;
  machine: Machine;
  plan: Omit<BenchPlan, 'mode'>;
  throughput: ThroughputFigures[];
  memory: MemoryFigures[];
  workflow: WorkflowFigures[];
  bundles: BundleFigures[];
  targets: Record<string, Verdict>;
}

export const TARGETS = {
  ingestionRatio: 0.6,
  peakRssMiB: 512,
  countySeconds: 20,
  /** A curve is flat when its last point is at most this much above its first. */
  flatGrowth: 1.2,
  /** A curve is linear (or better) when its last segment's slope is at most this times its first's. */
  linearSlack: 1.25,
} as const;

export function machineInfo(loadStart: number, idleWorkerRssMiB: number): Machine {
  const cpu = cpus();
  return {
    cpus: cpu.length,
    cpuModel: cpu[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${platform()} ${arch()}`,
    loadAverage: { start: loadStart, end: loadavg()[0] },
    idleWorkerRssMiB,
  };
}

/** Which code was measured (read-only git queries). */
export function runInfo(): { gitCommit: string | null; gitDirty: boolean | null } {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    return {
      gitCommit: git('rev-parse', 'HEAD'),
      gitDirty: git('status', '--porcelain', '--', 'lib', 'functions', 'seeds') !== '',
    };
  } catch {
    return { gitCommit: null, gitDirty: null };
  }
}

export function verdicts(
  plan: BenchPlan,
  throughput: ThroughputFigures[],
  memory: MemoryFigures[],
  workflow: WorkflowFigures[],
): Record<string, Verdict> {
  return {
    ingestionRatio: ingestionRatio(throughput),
    peakRss: peakRss(throughput, memory),
    ingestionMemoryFlat: memoryFlat(plan, memory),
    countyCompareRollup: countySeconds(workflow),
    workflowTimeLinear: linear(plan, workflow, (w) => w.seconds, 'compare + rollup time'),
    workflowRssLinear: linear(plan, workflow, (w) => w.peakRssMiB, 'compare + rollup peak RSS'),
  };
}

function ingestionRatio(throughput: ThroughputFigures[]): Verdict {
  const rule = `every kind and format: our rows/s ≥ ${TARGETS.ingestionRatio} × the bare parser's`;
  if (throughput.length === 0) return { rule, met: null, value: null };
  const worst = throughput.reduce((a, b) => (b.ratio < a.ratio ? b : a));
  const failing = throughput
    .filter((t) => t.ratio < TARGETS.ingestionRatio)
    .map((t) => `${t.kind} ${t.format}`);
  const cpuWorst = Math.min(...throughput.map((t) => t.cpuRatio));
  return {
    rule,
    met: failing.length === 0,
    value: round(worst.ratio, 2),
    note: `${failing.length ? `below: ${failing.join(', ')}` : `lowest: ${worst.kind} ${worst.format}`}; lowest in CPU time ${round(cpuWorst, 2)}`,
  };
}

function peakRss(throughput: ThroughputFigures[], memory: MemoryFigures[]): Verdict {
  const rule = `peak RSS of ingesting any file < ${TARGETS.peakRssMiB} MiB`;
  const peaks = [...throughput.map((t) => t.ours.peakRssMiB), ...memory.map((m) => m.peakRssMiB)];
  if (peaks.length === 0) return { rule, met: null, value: null };
  const measured = Math.max(...peaks);
  const largest = Math.max(...memory.map((m) => m.rows), 0);
  const atLimit = projectAlong(memory, (m) => m.fileMiB, LARGEST_FILE_MIB);
  const limitNote =
    atLimit === undefined
      ? ''
      : `; along the curve a file at the 1 GiB limit (DATA-CONTRACT 5.4) would peak at ~${round(atLimit, 0)} MiB`;
  const projectedMillion = projectAlong(memory, (m) => m.rows, 1_000_000);
  if (projectedMillion !== undefined && largest < 1_000_000) {
    return {
      rule,
      met: projectedMillion < TARGETS.peakRssMiB,
      value: round(projectedMillion, 0),
      projected: true,
      note: `measured up to ${largest} rows (peak ${round(measured, 0)} MiB); value projected linearly to 1,000,000 rows${limitNote}`,
    };
  }
  return {
    rule,
    met: measured < TARGETS.peakRssMiB,
    value: round(measured, 0),
    note: `measured${limitNote}`,
  };
}

/** DATA-CONTRACT 5.4: larger files are rejected unread. */
const LARGEST_FILE_MIB = 1024;

/** The highest peak projected to `at` along each format's line from its first to its last point. */
function projectAlong(
  memory: MemoryFigures[],
  x: (m: MemoryFigures) => number,
  at: number,
): number | undefined {
  const projections = groupBy(memory, (m) => m.format).flatMap((points) => {
    const sorted = [...points].sort((a, b) => x(a) - x(b));
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    if (!first || x(last) === x(first)) return [];
    const slope = (last.peakRssMiB - first.peakRssMiB) / (x(last) - x(first));
    return [last.peakRssMiB + Math.max(0, slope) * Math.max(0, at - x(last))];
  });
  return projections.length ? Math.max(...projections) : undefined;
}

function memoryFlat(plan: BenchPlan, memory: MemoryFigures[]): Verdict {
  const rule = `per format, peak RSS at ${plan.memoryRows.at(-1)} rows ≤ ${TARGETS.flatGrowth} × at ${plan.memoryRows[0]} rows`;
  if (memory.length === 0) return { rule, met: null, value: null };
  const growths = groupBy(memory, (m) => m.format).map((points) => {
    const sorted = [...points].sort((a, b) => a.rows - b.rows);
    return { format: sorted[0].format, growth: sorted[sorted.length - 1].peakRssMiB / sorted[0].peakRssMiB };
  });
  const worst = growths.reduce((a, b) => (b.growth > a.growth ? b : a));
  return {
    rule,
    met: worst.growth <= TARGETS.flatGrowth,
    value: round(worst.growth, 2),
    note: `largest growth: ${worst.format}`,
  };
}

function countySeconds(workflow: WorkflowFigures[]): Verdict {
  const rule = `compare + rollup at county scale (1×) < ${TARGETS.countySeconds} s`;
  if (workflow.length === 0) return { rule, met: null, value: null };
  const atCounty = workflow.find((w) => w.scale === 1);
  if (atCounty) {
    return {
      rule,
      met: atCounty.seconds < TARGETS.countySeconds,
      value: round(atCounty.seconds, 1),
      note: `${round(atCounty.cpuSeconds, 1)} CPU s`,
    };
  }
  // Below a tenth of the county, module loading, seeds and the report files outweigh the rows:
  // a line through such points says nothing about 1×.
  const largest = Math.max(...workflow.map((w) => w.scale));
  return { rule, met: null, value: null, note: `measured up to ${largest}× only; run the full benchmark` };
}

function linear(
  plan: BenchPlan,
  workflow: WorkflowFigures[],
  figure: (w: WorkflowFigures) => number,
  what: string,
): Verdict {
  const rule = `${what}: the slope from the 2nd to the 3rd scale ≤ ${TARGETS.linearSlack} × the slope from the 1st to the 2nd`;
  const sorted = [...workflow].sort((a, b) => a.scale - b.scale);
  if (sorted.length < 3) return { rule, met: null, value: null, note: 'needs three scales' };
  const [a, b, c] = sorted.slice(-3);
  const first = (figure(b) - figure(a)) / (b.scale - a.scale);
  const second = (figure(c) - figure(b)) / (c.scale - b.scale);
  const ratio = first > 0 ? round(second / first, 2) : null;
  if (plan.mode === 'quick') {
    return {
      rule,
      met: null,
      value: ratio,
      note: 'quick scales are dominated by fixed costs: indicative only',
    };
  }
  if (ratio === null)
    return {
      rule,
      met: second <= 0 ? true : null,
      value: null,
      note: 'no growth between the first two scales',
    };
  return { rule, met: ratio <= TARGETS.linearSlack, value: ratio };
}

function groupBy<T, K>(items: T[], key: (item: T) => K): T[][] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const list = groups.get(key(item)) ?? [];
    list.push(item);
    groups.set(key(item), list);
  }
  return [...groups.values()];
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
