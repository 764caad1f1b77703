import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** One regular file (or something that must be reported) found under an upload root. */
export interface LocalEntry {
  /** Path relative to the root with `/` — the upload key. */
  key: string;
  path: string;
  mtime: Date;
  size: number;
  /** Why the entry cannot be read as a file, if it cannot (DATA-CONTRACT §5.1). */
  problem?: 'SYMLINK' | 'BAD_FILE_NAME';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Every entry under ROOT that gets an outcome, in order of receipt: modification time, then key by
 * code point. Names starting with `.` or `~$` (system and Office lock files) are ignored; symbolic
 * links are never followed.
 */
export async function listLocalUploads(root: string, exclude: readonly string[] = []): Promise<LocalEntry[]> {
  const entries: LocalEntry[] = [];
  await walk(root, '', entries, new Set(exclude.map((dir) => resolve(dir))));
  return entries.sort((a, b) => a.mtime.getTime() - b.mtime.getTime() || compareCodePoints(a.key, b.key));
}

async function walk(dir: string, prefix: string, out: LocalEntry[], exclude: ReadonlySet<string>): Promise<void> {
  const dirents = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  for (const dirent of dirents) {
    const raw = dirent.name as unknown as Buffer;
    let name: string;
    let badName = false;
    try {
      name = utf8.decode(raw);
    } catch {
      name = raw.toString('latin1');
      badName = true;
    }
    if (name.startsWith('.') || name.startsWith('~$')) continue;
    const path = join(dir, raw.toString());
    const pathBytes = Buffer.concat([Buffer.from(`${dir}/`), raw]);
    const key = prefix ? `${prefix}/${name}` : name;
    const stats = await lstat(badName ? pathBytes : path);
    if (stats.isSymbolicLink()) out.push({ key, path, mtime: stats.mtime, size: 0, problem: 'SYMLINK' });
    else if (stats.isDirectory()) {
      if (badName) out.push({ key, path, mtime: stats.mtime, size: 0, problem: 'BAD_FILE_NAME' });
      // The data directory inside ROOT holds reports, not uploads: reading them back would report
      // on reports, one level deeper every run.
      else if (!exclude.has(resolve(path))) await walk(path, key, out, exclude);
    } else if (stats.isFile()) {
      out.push({ key, path, mtime: stats.mtime, size: stats.size, ...(badName ? { problem: 'BAD_FILE_NAME' as const } : {}) });
    }
  }
}

/** Orders strings by Unicode code point (JavaScript's `<` compares UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const d = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
}

/** sha256 of a file, streamed. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
