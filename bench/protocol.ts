/** How a worker hands its measurement back: the last stdout line starting with this mark. */
export const RESULT_MARK = 'BENCH_RESULT ';

export interface WorkerReport<T> {
  result: T;
  /** `process.resourceUsage().maxRSS` at the task's end. */
  maxRssKiB: number;
}
