import type { Readable } from 'node:stream';
import { FileRejection } from '../ingest/reasons.ts';
import { READ_MESSAGES } from './messages.ts';
import type { FileSource } from './types.ts';

/** One reading of a source: its bytes in order, counted as they pass. */
export interface ByteFeed {
  /** Single use. Ends the source when finished, abandoned (`return()`) or failed. */
  chunks: AsyncGenerator<Buffer, void, undefined>;
  /** Source bytes consumed so far (for a progress bar). */
  bytesRead(): number;
  /** Releases the source at once (idempotent). */
  close(): void;
}

/**
 * Opens the source and counts what it delivers. More than `maxBytes` is FILE_TOO_LARGE even if the
 * declared size said otherwise (§5.4); a failing source (missing file, broken connection) is UNREADABLE.
 */
export async function openByteFeed(source: FileSource, maxBytes: number): Promise<ByteFeed> {
  let stream: Readable;
  try {
    stream = await source.open();
  } catch (error) {
    throw unreadable(error);
  }
  // An error before reading starts (a missing file) must not go unhandled; reading still sees it.
  stream.on('error', ignore);
  let count = 0;
  async function* chunks(): AsyncGenerator<Buffer, void, undefined> {
    try {
      for await (const chunk of stream) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
        count += bytes.length;
        if (count > maxBytes) {
          throw new FileRejection('FILE_TOO_LARGE', READ_MESSAGES.fileTooLarge(count, maxBytes));
        }
        yield bytes;
      }
    } catch (error) {
      if (error instanceof FileRejection) throw error;
      throw unreadable(error);
    } finally {
      stream.destroy();
    }
  }
  return { chunks: chunks(), bytesRead: () => count, close: () => stream.destroy() };
}

function ignore(): void {}

/** A source that cannot be read; the detail names the system's error code, not a stack. */
export function unreadable(error: unknown): FileRejection {
  const code = (error as { code?: unknown } | null)?.code;
  const cause = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
  return new FileRejection('UNREADABLE', READ_MESSAGES.unreadable(cause));
}
