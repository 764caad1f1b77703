/**
 * Sizes and timings of the functions, queues and schedules, set from the benchmarks (issue 8,
 * `npm run bench`, bench/results.json). Lambda gives CPU in proportion to memory (1769 MB = one vCPU),
 * so memory is chosen for the peak RSS measured plus margin, and for CPU where the job is CPU-bound.
 */
import { Duration } from 'aws-cdk-lib';

export const FUNCTION_TUNING = {
  ingest: {
    /**
     * Peak RSS while ingesting a payroll file (bench, memory section): 162 / 179 / 220 MiB for
     * 100k / 300k / 1M rows of GBK CSV, 138–177 MiB UTF-8 CSV, 141–179 MiB XLSX. Rows stream; what
     * grows with the file is the duplicate-key index (DATA-CONTRACT 4.6, 16–32 bytes a row): a CSV
     * at the 1 GiB limit (~10M rows) projects to ~625 MiB along the GBK curve, while an XLSX sheet
     * holds at most 1,048,576 rows (182 MiB measured at 1M). 1024 MB keeps that headroom and gives
     * ~0.6 vCPU: the 1M-row file took 13–21 s on one core here, well under a minute in Lambda.
     */
    memoryMiB: 1024,
    timeout: Duration.minutes(15),
    /**
     * The curated snapshot is compressed into /tmp while the file is read, then uploaded streamed:
     * ~21 MB for a million payroll rows, far below the default 512 MB.
     */
    ephemeralStorageMiB: 512,
    /**
     * One file per invocation, so a large workbook never shares its 15 minutes with others. Partial
     * batch responses stay on, so a larger batch chosen by the benchmarks still retries per file.
     */
    batchSize: 1,
    /** At most this many files are ingested at once (bounds the load on the table). */
    maxConcurrency: 5,
    /** Deliveries of one notification before it is parked in the intake dead-letter queue. */
    maxReceiveCount: 3,
  },
  rollup: {
    /**
     * The monthly run (compare P with its target lists, the previous December's comparison when it is
     * not stored yet, scores, 督查专报) at county scale (25,000 enterprises, 200,000 people) took
     * ~20 s on this 2-core machine and peaked at 513–700 MiB; 838 MiB at 2× and 1580 MiB at 4× the
     * county (peaks of a lazily collected heap: the comparison itself holds ~50 MB). CPU-bound on
     * one thread: one full vCPU (1769 MB) is the fastest setting, with 2.5× headroom at Wuyi's size;
     * a county four times larger fits with little margin and should get 3008 MB.
     */
    memoryMiB: 1769,
    timeout: Duration.minutes(15),
  },
  surveyCheck: {
    /** The daily March check read the county's survey, registry and rosters in 0.4 s at 76 MiB (92 MiB at 4×). */
    memoryMiB: 256,
    timeout: Duration.minutes(5),
  },
} as const;

/**
 * Retries of the scheduled jobs. The scheduler retries a failed invocation request (throttling,
 * service errors); Lambda then retries a failed asynchronous run. Both jobs are idempotent (alerts
 * have deterministic ids, RULES 4.3), so a retry never sends twice.
 */
export const SCHEDULE_TUNING = {
  schedulerRetryAttempts: 5,
  schedulerMaxEventAge: Duration.hours(2),
  lambdaRetryAttempts: 2,
  lambdaMaxEventAge: Duration.hours(6),
} as const;

/** SQS recommends a visibility timeout of at least six times the consuming function's timeout. */
export const VISIBILITY_TIMEOUT_FACTOR = 6;
