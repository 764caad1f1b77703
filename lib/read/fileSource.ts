import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { FileRejection } from '../ingest/reasons.ts';
import { unreadable } from './byteFeed.ts';
import { READ_MESSAGES } from './messages.ts';
import type { FileSource } from './types.ts';

const READ_CHUNK = 256 * 1024;
/** Opening never follows a link either, should the file be swapped for one after the check. */
const READ_NO_FOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

/**
 * A local file as a source that can be opened again for a second pass. Symbolic links are refused
 * (DATA-CONTRACT §5.1 — never followed) and so is anything that is not a regular file (a FIFO would hang).
 */
export async function fileSourceFromPath(path: string, name: string = path): Promise<FileSource> {
  const info = await lstat(path).catch((error: unknown) => {
    throw unreadable(error);
  });
  if (info.isSymbolicLink()) throw new FileRejection('SYMLINK');
  if (!info.isFile()) throw new FileRejection('UNREADABLE', READ_MESSAGES.notRegularFile);
  return {
    name,
    size: info.size,
    open: async () => (await open(path, READ_NO_FOLLOW)).createReadStream({ highWaterMark: READ_CHUNK }),
  };
}

/** Bytes already in memory (an upload in a test, a small object) as a source. */
export function fileSourceFromBuffer(name: string, bytes: Buffer): FileSource {
  return {
    name,
    size: bytes.length,
    open: async () => Readable.from(slices(bytes), { objectMode: false }),
  };
}

function* slices(bytes: Buffer): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += READ_CHUNK) yield bytes.subarray(at, at + READ_CHUNK);
}
