/**
 * Our ingestion of one file, timed: `ingestUpload` with the local storage, exactly as `kuomian ingest`
 * runs it — reading, normalization, validation, the curated snapshot, report and manifest written.
 * The content hash is computed before the clock starts (S3 hands it over with the event).
 */
import { rm } from 'node:fs/promises';
import { ingestUpload } from '../../lib/ingest/ingestUpload.ts';
import { sha256File } from '../../lib/ingest/localFolder.ts';
import { fileSourceFromPath } from '../../lib/read/index.ts';
import { openLocalStorage } from '../../lib/storage/local/index.ts';
import { cpuSecondsSince } from './cpu.ts';

export interface IngestFileArgs {
  /** The file to ingest. */
  path: string;
  /** The upload key it arrives under, `tax-payroll/2023-03/bench.csv`. */
  key: string;
  /** A fresh data directory for this measurement (removed first). */
  dataDir: string;
  /** Today's date for ID birth-date checks. */
  today: string;
}

export interface IngestFileResult {
  status: string;
  rows: number;
  accepted: number;
  rejected: number;
  warnings: number;
  reason?: string;
  seconds: number;
  /** CPU time of the process (all threads) over the same span: steadier than wall time on a busy machine. */
  cpuSeconds: number;
}

export async function ingestFile(args: IngestFileArgs): Promise<IngestFileResult> {
  await rm(args.dataDir, { recursive: true, force: true });
  const storage = openLocalStorage(args.dataDir);
  const hash = await sha256File(args.path);
  const upload = {
    key: args.key,
    version: hash,
    contentHash: hash,
    receivedAt: '2023-04-03T01:00:00.000Z',
    source: await fileSourceFromPath(args.path, args.key),
  };
  const started = performance.now();
  const cpu = process.cpuUsage();
  const outcome = await ingestUpload(upload, {
    table: storage.table,
    objects: storage.objects,
    today: args.today,
  });
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsSince(cpu);
  return {
    status: outcome.status,
    rows: outcome.rows,
    accepted: outcome.accepted,
    rejected: outcome.rejected,
    warnings: outcome.warnings ?? 0,
    ...(outcome.reason ? { reason: outcome.reason } : {}),
    seconds,
    cpuSeconds,
  };
}
