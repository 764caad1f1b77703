import type { OpenedTable } from './types.ts';

/**
 * An opened table that can also be closed: a caller that stops before the last row (a file rejected
 * for its preamble, say) calls `close()` to release the file or S3 connection at once. Reading `rows`
 * to the end, or leaving a `for await` over them early, closes it too.
 */
export interface ClosableTable extends OpenedTable {
  close(): Promise<void>;
}
