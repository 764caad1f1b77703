import { createGunzip, gzipSync } from 'node:zlib';
import { createInterface } from 'node:readline';
import type { ObjectStore } from '../storage/ports.ts';
import { DATA_PREFIX } from '../config/names.ts';

/**
 * Curated snapshots: the accepted, normalized rows of one upload version as gzipped JSON lines in the
 * data store (ARCHITECTURE: bulk rows live in S3; at province scale this prefix is what Athena reads).
 */
export function curatedKey(kind: string, period: string, unit: string | null, version: string): string {
  return `${DATA_PREFIX.curated}${kind}/${period}/${unit ?? '_county'}/${safeVersion(version)}.jsonl.gz`;
}

function safeVersion(version: string): string {
  return version.replace(/[^A-Za-z0-9._-]/g, '_');
}

/** Collects rows as JSON lines, compressing in chunks so memory holds compressed bytes only. */
export class CuratedWriter {
  private readonly chunks: Buffer[] = [];
  private pending: string[] = [];
  private pendingLength = 0;
  count = 0;

  add(row: unknown): void {
    const line = `${JSON.stringify(row)}\n`;
    this.pending.push(line);
    this.pendingLength += line.length;
    this.count++;
    if (this.pendingLength > 4_000_000) this.flush();
  }

  /** Gzip members concatenated form one valid gzip stream. */
  private flush(): void {
    if (this.pending.length === 0) return;
    this.chunks.push(gzipSync(this.pending.join(''), { level: 6 }));
    this.pending = [];
    this.pendingLength = 0;
  }

  finish(): Buffer {
    this.flush();
    // An empty flow file (no subsidies paid that month) is still a valid, empty gzip stream.
    return this.chunks.length > 0 ? Buffer.concat(this.chunks) : gzipSync('');
  }
}

/** Streams the rows of a curated snapshot back. */
export async function* readCurated(objects: ObjectStore, key: string): AsyncIterable<unknown> {
  const stream = (await objects.openRead(key)).pipe(createGunzip());
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line) yield JSON.parse(line);
  }
}
