/**
 * Temporary folders where curated snapshots are written before they are stored. An ingestion stopped
 * half-way (a Lambda timeout, a killed process) leaves its folder behind, and a warm Lambda container
 * keeps /tmp between invocations: each new folder first removes those abandoned, so /tmp never fills.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PREFIX = 'kuomian-curated-';
/** Far longer than any ingestion runs (a Lambda stops at 15 minutes): older means abandoned. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/** A new, empty spool folder. */
export async function newSpoolFolder(parent: string = tmpdir()): Promise<string> {
  await removeAbandonedSpools(parent);
  return mkdtemp(join(parent, PREFIX));
}

/** Removes spool folders untouched for an hour; returns their names. */
export async function removeAbandonedSpools(parent: string, now: number = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(parent)) {
    if (!name.startsWith(PREFIX)) continue;
    const folder = join(parent, name);
    try {
      if (now - (await lastTouched(folder)) <= ABANDONED_AFTER_MS) continue;
      await rm(folder, { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Removed meanwhile by its own writer or another process: nothing to do.
    }
  }
  return removed;
}

/** The latest modification of the folder or anything in it (the spool file grows as rows come). */
async function lastTouched(folder: string): Promise<number> {
  let latest = (await stat(folder)).mtimeMs;
  for (const name of await readdir(folder)) latest = Math.max(latest, (await stat(join(folder, name))).mtimeMs);
  return latest;
}
