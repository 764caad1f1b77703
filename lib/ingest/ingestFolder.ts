import { fileSourceFromPath } from '../read/index.ts';
import type { FileSource } from '../read/types.ts';
import { type IngestDeps, type IngestOutcome, ingestUpload } from './ingestUpload.ts';
import { type LocalEntry, listLocalUploads, sha256File } from './localFolder.ts';

/**
 * Local mode of the upload bucket: every file under ROOT is an upload whose key is its relative path,
 * received at its modification time, versioned by its content hash (RULES 5 `ingest`).
 */
export async function ingestFolder(
  root: string,
  deps: IngestDeps,
  hooks: { onStart?: (entry: LocalEntry) => void; onOutcome?: (outcome: IngestOutcome) => void } = {},
): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  for (const entry of await listLocalUploads(root)) {
    hooks.onStart?.(entry);
    const outcome = await ingestUpload(await localUpload(entry), deps);
    outcomes.push(outcome);
    hooks.onOutcome?.(outcome);
  }
  return outcomes;
}

async function localUpload(entry: LocalEntry) {
  const receivedAt = entry.mtime.toISOString();
  if (entry.problem) {
    const version = `${entry.problem.toLowerCase()}-${entry.mtime.getTime()}`;
    const source: FileSource = {
      name: entry.key,
      size: 0,
      open: () => Promise.reject(new Error('not to be read')),
    };
    return { key: entry.key, version, contentHash: version, receivedAt, source, problem: entry.problem };
  }
  const hash = await sha256File(entry.path);
  return { key: entry.key, version: hash, contentHash: hash, receivedAt, source: await fileSourceFromPath(entry.path, entry.key) };
}
