import type { Cell, Row } from './types.ts';

/** The data rows of an opened table, and how to stop reading them early. */
export interface DataRows {
  rows: AsyncIterable<Row>;
  /** Ends the reading and releases the source; safe to call at any time, more than once. */
  close(): Promise<void>;
}

/**
 * Wraps the rows after the header: each row is padded with `empty` to the header's width, so a
 * missing trailing cell reads as empty (§5.2). `rows` can be iterated once; `close()` (or leaving a
 * `for await` early) releases the file even when iteration never started. `release` learns whether
 * the last row was read — a reader may then still check the rest of the file, and throw.
 */
export function dataRows(
  source: AsyncGenerator<Row, void, undefined>,
  width: number,
  empty: Cell,
  release: (allRowsRead: boolean) => Promise<void>,
): DataRows {
  let closed = false;
  let iterated = false;
  const finish = async (allRowsRead: boolean): Promise<void> => {
    if (closed) return;
    closed = true;
    // Release first: the reader then stops at once instead of draining what is left.
    try {
      await release(allRowsRead);
    } finally {
      await source.return(undefined);
    }
  };
  const close = () => finish(false);
  const iterator: AsyncIterator<Row> = {
    async next() {
      if (closed) return { done: true, value: undefined };
      try {
        const next = await source.next();
        if (next.done) {
          await finish(true);
          return { done: true, value: undefined };
        }
        return { done: false, value: padded(next.value, width, empty) };
      } catch (error) {
        await close().catch(() => undefined);
        throw error;
      }
    },
    async return() {
      await close();
      return { done: true, value: undefined };
    },
  };
  const rows: AsyncIterable<Row> = {
    [Symbol.asyncIterator]() {
      if (iterated) throw new Error('The rows of an opened table can be read only once');
      iterated = true;
      return iterator;
    },
  };
  return { rows, close };
}

function padded(row: Row, width: number, empty: Cell): Row {
  if (row.cells.length >= width) return row;
  const cells = row.cells.slice();
  while (cells.length < width) cells.push(empty);
  return { ...row, cells };
}
