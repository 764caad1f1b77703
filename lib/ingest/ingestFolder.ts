import { fileSourceFromPath } from '../read/index.ts';
import type { FileSource } from '../read/types.ts';
import { FileRejection } from './reasons.ts';
import { type IngestDeps, type IngestOutcome, type Upload, ingestUpload } from './ingestUpload.ts';
import { type LocalEntry, listLocalUploads, sha256File } from './localFolder.ts';

export interface FolderOptions {
  onStart?: (entry: LocalEntry) => void;
  onOutcome?: (outcome: IngestOutcome) => void;
  /** Folders under ROOT that hold no uploads (the data directory, when it lies inside ROOT). */
  exclude?: readonly string[];
}

/**
 * Local mode of the upload bucket: every file under ROOT is an upload whose key is its relative path,
 * received at its modification time (RULES 5 `ingest`).
 */
export async function ingestFolder(root: string, deps: IngestDeps, options: FolderOptions = {}): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  for (const entry of await listLocalUploads(root, options.exclude)) {
    options.onStart?.(entry);
    const outcome = await ingestUpload(await localUpload(entry), deps);
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  }
  return outcomes;
}

/**
 * A file's version is its content and its receipt: the same folder ingested again is the same
 * versions (duplicates), while a file sent again — a new modification time, like a new S3 object
 * version — is processed again (a contacts file first rejected for want of a roster). Equal bytes
 * as the current version of the snapshot are still a duplicate (DATA-CONTRACT §1).
 */
async function localUpload(entry: LocalEntry): Promise<Upload> {
  if (entry.problem) return problemUpload(entry, entry.problem);
  try {
    const source = await fileSourceFromPath(entry.path, entry.key);
    const hash = await sha256File(entry.path);
    const version = `${hash}-${entry.mtime.getTime()}`;
    return { key: entry.key, version, contentHash: hash, receivedAt: entry.mtime.toISOString(), source };
  } catch (error) {
    // Swapped for a link, removed or unreadable since it was listed: an outcome, not a crash (§5).
    return problemUpload(entry, error instanceof FileRejection && error.code === 'SYMLINK' ? 'SYMLINK' : 'UNREADABLE');
  }
}

function problemUpload(entry: LocalEntry, problem: NonNullable<Upload['problem']>): Upload {
  const version = `${problem.toLowerCase()}-${entry.mtime.getTime()}`;
  const source: FileSource = {
    name: entry.key,
    size: 0,
    open: () => Promise.reject(new Error('not to be read')),
  };
  return { key: entry.key, version, contentHash: version, receivedAt: entry.mtime.toISOString(), source, problem };
}
