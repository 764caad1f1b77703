/**
 * What a run measures and at which sizes (issue 8): the full run at the sizes, `--quick` at
 * sizes small enough for a run under two minutes on an idle machine.
 */
import { BENCH_KINDS, type BenchKind } from './fixtures/rows.ts';
import { BENCH_FORMATS, type BenchFormat } from './fixtures/writers.ts';

export const SECTIONS = ['throughput', 'memory', 'workflow', 'bundles'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchPlan {
  mode: 'full' | 'quick';
  sections: readonly Section[];
  /** Rows of each kind × format file whose throughput is measured. */
  throughputRows: number;
  /** Each throughput pair (ours, bare) is run this many times, alternating; the fastest counts. */
  throughputRepeats: number;
  kinds: readonly BenchKind[];
  formats: readonly BenchFormat[];
  /** The payroll files whose ingestion's peak RSS draws the memory curve. */
  memoryRows: readonly number[];
  /** Multiples of the county (1 = Wuyi, ≈ 25,000 enterprises / 200,000 people). */
  countyScales: readonly number[];
  countySeed: number;
  /**
   * Compare + rollup runs per scale; the fastest counts (a shared machine's neighbours add seconds,
   * never remove them). Peak RSS is the highest of the runs.
   */
  workflowRepeats: number;
  /** Cold imports of each bundle; the median is reported. */
  importRuns: number;
}

const FULL: Omit<BenchPlan, 'sections'> = {
  mode: 'full',
  throughputRows: 100_000,
  throughputRepeats: 3,
  kinds: BENCH_KINDS,
  formats: BENCH_FORMATS,
  memoryRows: [100_000, 300_000, 1_000_000],
  countyScales: [1, 2, 4],
  countySeed: 20230331,
  workflowRepeats: 2,
  importRuns: 3,
};

const QUICK: Omit<BenchPlan, 'sections'> = {
  ...FULL,
  mode: 'quick',
  throughputRows: 20_000,
  throughputRepeats: 1,
  memoryRows: [20_000, 50_000, 100_000],
  // The whole county tree is generated and ingested for each scale: even 0.1× takes minutes.
  countyScales: [0.01, 0.02, 0.04],
  workflowRepeats: 1,
};

/** The plan of `npm run bench -- [--quick] [--only throughput,memory,workflow,bundles]`. */
export function planOf(args: readonly string[]): BenchPlan {
  const base = args.includes('--quick') ? QUICK : FULL;
  const only = optionValue(args, '--only');
  const sections = only ? only.split(',').map(asSection) : SECTIONS;
  return { ...base, sections };
}

function asSection(name: string): Section {
  if (!(SECTIONS as readonly string[]).includes(name))
    throw new Error(`--only: ${name} is not one of ${SECTIONS.join(', ')}`);
  return name as Section;
}

function optionValue(args: readonly string[], name: string): string | undefined {
  const at = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at < 0) return undefined;
  const arg = args[at];
  return arg.includes('=') ? arg.slice(name.length + 1) : args[at + 1];
}
