/**
 * Whole-file writes that a reader (or a crash) never sees half done: write a temp file in the same
 * directory, flush it to disk, then rename it over the target. Temp names start with `.`, which the
 * name codec never produces, so listings skip them.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type FileHandle, mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Windows refuses to replace a file another process has open for a moment; those errors pass. */
const TRANSIENT_RENAME = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_ATTEMPTS = 20;

export function tempName(): string {
  return `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function renameReplacing(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (process.platform !== 'win32' || !TRANSIENT_RENAME.has(code) || attempt >= RENAME_ATTEMPTS)
        throw err;
      await sleep(attempt * 10);
    }
  }
}

/** Writes `data` to `path` atomically, creating parent directories. */
export async function writeFileAtomic(path: string, data: Buffer | string): Promise<void> {
  await replaceAtomically(path, async (handle) => handle.writeFile(data));
}

/** Copies the file at `from` to `path` atomically, streaming it (it may be larger than memory). */
export async function copyFileAtomic(from: string, path: string): Promise<void> {
  await replaceAtomically(path, async (handle) => {
    for await (const chunk of createReadStream(from)) await handle.write(chunk as Buffer);
  });
}

async function replaceAtomically(path: string, write: (handle: FileHandle) => Promise<void>): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, tempName());
  try {
    const handle = await open(temp, 'wx');
    try {
      await write(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameReplacing(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}
