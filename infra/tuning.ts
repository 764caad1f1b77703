/**
 * Sizes and timings of the functions, queues and schedules, set from the benchmarks (issue 8,
 * `npm run bench`, bench/results.json). Lambda gives CPU in proportion to memory (1769 MB = one vCPU),
 * so memory is chosen for the peak RSS measured plus margin, and for CPU where the job is CPU-bound.
 */
import { Duration } from 'aws-cdk-lib';

export const FUNCTION_TUNING = {
  ingest: {
    /**
     * Measured peak RSS while ingesting a payroll file: 216 MB (300k-row XLSX), 224 MB (300k-row GBK
     * CSV), 278 MB (1M-row GBK CSV) — flat, as the reader streams and duplicate keys are hashed.
     * 1024 MB keeps 3.5× headroom and ~0.6 vCPU: 1M rows took 26 s on one laptop core, so well
     * under a minute here, far from the 15-minute limit.
     */
    memoryMiB: 1024,
    timeout: Duration.minutes(15),
    /** The readers stream from S3 and write nothing to /tmp: the default 512 MB is enough. */
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
     * At county scale (25,000 enterprises, 200,000 people) compare + rollup of one month measured
     * 27 s and a 624 MB peak on a shared 2-core machine (compare 16 s incl. the 20 target-list
     * workbooks; rollup 11 s incl. the previous December's comparison and the 督查专报). CPU-bound:
     * one full vCPU (1769 MB) gives the same speed with 2.8× memory headroom.
     */
    memoryMiB: 1769,
    timeout: Duration.minutes(15),
  },
  surveyCheck: {
    memoryMiB: 512,
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
