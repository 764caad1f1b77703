/**
 * Sizes and timings of the functions, queues and schedules — in one place so that the benchmarks
 * (issue 8) can refine them by editing this file only. Values are first estimates for a county
 * (tens of files a month, the largest a payroll export of a few hundred MB).
 */
import { Duration } from 'aws-cdk-lib';

export const FUNCTION_TUNING = {
  ingest: {
    /** Streams large workbooks; DATA-CONTRACT 5.4 bounds the reader's own peak to 512 MB. */
    memoryMiB: 1024,
    timeout: Duration.minutes(15),
    /** Room in /tmp for an xlsx being unpacked part by part. */
    ephemeralStorageMiB: 2048,
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
    memoryMiB: 2048,
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
