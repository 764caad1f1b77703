/**
 * A lock file that serialises writers of one table item across processes (two `kuomian` runs on one
 * data directory), so conditional puts keep their promise: exactly one `ifNotExists` wins, no
 * `ifMatch` update is lost. Taken with an exclusive create (`open(…, 'wx')`), which every local file
 * system makes atomic; the file records who holds it.
 *
 * A holder that crashed leaves its lock behind. Such a lock is broken when its process is gone (same
 * host) or when it is older than any real holder could be; the breaker first renames it away and
 * checks it moved the very file it judged, so two breakers cannot both remove a fresh lock.
 */
import { randomBytes } from 'node:crypto';
import { type FileHandle, link, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { LockTimeoutError } from './errors.ts';
import { LOCAL_STORAGE_MESSAGES } from './messages.ts';

export interface LockOptions {
  /** Give up (LockTimeoutError) after waiting this long. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;
/** A lock file with no owner recorded yet is only being written; older than this, its owner died. */
const UNWRITTEN_STALE_MS = 10_000;
/** Holders keep a lock for milliseconds; one this old is stale even if its pid was reused. */
const OLD_STALE_MS = 10 * 60_000;
/** Another host's process cannot be checked: trust its lock for this long. */
const FOREIGN_STALE_MS = 60_000;

interface Owner {
  pid: number;
  host: string;
  token: string;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function errorCode(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? '';
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errorCode(err) === 'EPERM';
  }
}

function parseOwner(text: string): Owner | undefined {
  try {
    const owner = JSON.parse(text) as Partial<Owner>;
    if (typeof owner.pid === 'number' && typeof owner.host === 'string' && typeof owner.token === 'string') {
      return owner as Owner;
    }
  } catch {
    // Not written yet (or torn): judged by age below.
  }
  return undefined;
}

function isStale(owner: Owner | undefined, ageMs: number): boolean {
  if (owner === undefined) return ageMs > UNWRITTEN_STALE_MS;
  if (owner.host !== hostname()) return ageMs > FOREIGN_STALE_MS;
  return !processAlive(owner.pid) || ageMs > OLD_STALE_MS;
}

/** The current lock's content and identity, or undefined when there is none. */
async function inspect(lockPath: string): Promise<{ text: string; ino: bigint; ageMs: number } | undefined> {
  try {
    const info = await stat(lockPath, { bigint: true });
    const text = await readFile(lockPath, 'utf8');
    return { text, ino: info.ino, ageMs: Date.now() - Number(info.mtimeMs) };
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return undefined;
    throw err;
  }
}

/** Removes a stale lock if it is still the one judged stale; puts back a fresh one moved by mistake. */
async function breakStale(lockPath: string, judged: { text: string; ino: bigint }): Promise<void> {
  const aside = `${lockPath}.broken-${randomBytes(6).toString('hex')}`;
  try {
    await rename(lockPath, aside);
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return; // someone else broke it
    throw err;
  }
  const moved = await inspect(aside);
  if (moved !== undefined && (moved.ino !== judged.ino || moved.text !== judged.text)) {
    // A fresh lock was taken between our look and our rename: restore it unless a new one exists.
    await link(aside, lockPath).catch((err: unknown) => {
      if (errorCode(err) !== 'EEXIST') throw err;
    });
  }
  await rm(aside, { force: true });
}

async function tryAcquire(lockPath: string, owner: Owner): Promise<boolean> {
  let handle: FileHandle;
  try {
    handle = await open(lockPath, 'wx');
  } catch (err) {
    if (errorCode(err) === 'EEXIST') return false;
    throw err;
  }
  try {
    await handle.writeFile(JSON.stringify(owner));
  } finally {
    await handle.close();
  }
  return true;
}

async function release(lockPath: string, token: string): Promise<void> {
  const current = await inspect(lockPath);
  if (current !== undefined && parseOwner(current.text)?.token === token) await rm(lockPath, { force: true });
}

/** Runs `task` while holding the lock file at `lockPath` (its folder must exist). */
export async function withFileLock<T>(
  lockPath: string,
  task: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const owner: Owner = { pid: process.pid, host: hostname(), token: randomBytes(12).toString('hex') };
  const started = Date.now();
  for (let attempt = 0; !(await tryAcquire(lockPath, owner)); attempt++) {
    const current = await inspect(lockPath);
    const stale = current !== undefined && isStale(parseOwner(current.text), current.ageMs);
    if (stale) await breakStale(lockPath, current);
    if (Date.now() - started > timeoutMs) {
      throw new LockTimeoutError(LOCAL_STORAGE_MESSAGES.lockTimeout(lockPath, timeoutMs), lockPath);
    }
    // Jittered backoff while a live holder finishes (holders keep the lock for milliseconds).
    if (!stale && current !== undefined) await sleep(Math.min(2 + attempt * 2, 40) * (0.5 + Math.random()));
  }
  try {
    return await task();
  } finally {
    await release(lockPath, owner.token);
  }
}
