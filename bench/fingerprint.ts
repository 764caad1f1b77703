/**
 * Generated data is kept in bench/data between runs and made again only when the code that makes it
 * changed: its folder is named after a hash of that code's source files.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { REPO_ROOT } from './paths.ts';

const computed = new Map<string, string>();

/**
 * Short hash of every file under the given folders (relative to the repository root), computed once
 * per run: code others change while the run goes on must not split one run's data in two.
 */
export function sourceFingerprint(folders: readonly string[]): string {
  const id = folders.join('\u0000');
  let fingerprint = computed.get(id);
  if (fingerprint === undefined) {
    fingerprint = hashFolders(folders);
    computed.set(id, fingerprint);
  }
  return fingerprint;
}

function hashFolders(folders: readonly string[]): string {
  const hash = createHash('sha256');
  for (const folder of folders) {
    for (const file of filesUnder(join(REPO_ROOT, folder))) {
      hash.update(relative(REPO_ROOT, file)).update('\u0000').update(readFileSync(file)).update('\u0000');
    }
  }
  return hash.digest('hex').slice(0, 12);
}

function filesUnder(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.name.startsWith('.') ? [] : filesUnder(join(path, entry.name))));
}

/** Removes every entry of `dir` but `keep`: data made by older code. */
export async function pruneOthers(dir: string, keep: string): Promise<void> {
  if (!existsSync(dir)) return;
  for (const name of await readdir(dir)) {
    if (name !== keep) await rm(join(dir, name), { recursive: true, force: true });
  }
}
