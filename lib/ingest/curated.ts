import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { StringDecoder } from 'node:string_decoder';
import type { ObjectStore } from '../storage/ports.ts';
import { DATA_PREFIX } from '../config/names.ts';
import { newSpoolFolder } from './spool.ts';

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

/**
 * Collects rows as JSON lines into a gzip file in the temporary folder (Lambda's ephemeral storage),
 * so memory holds a few chunks whatever the upload's size. Compression runs on libuv's thread pool
 * (zlib streams), beside the parsing; level 1 because the snapshot is written once and read a few
 * times, and level 6 in the main thread cost a tenth of ingestion's time for ~25% smaller files.
 */
export class CuratedWriter {
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private readonly gzip = createGzip({ level: 1 });
  private readonly written: Promise<void>;
  /** Bytes handed to the compressor and not compressed yet. */
  private queued = 0;
  private caughtUp: (() => void) | undefined;
  count = 0;

  private constructor(
    private readonly folder: string,
    readonly path: string,
  ) {
    this.written = pipeline(this.gzip, createWriteStream(path, { flags: 'wx' }));
    // The failure is reported by finish() (or drain()); an abandoned writer must not crash the process.
    this.written.catch(() => undefined);
  }

  static async create(): Promise<CuratedWriter> {
    const folder = await newSpoolFolder();
    return new CuratedWriter(folder, join(folder, 'rows.jsonl.gz'));
  }

  add(row: unknown): void {
    const line = JSON.stringify(row);
    this.count++;
    // Encoded straight into a chunk: a long string built by `+=` cost more to flatten and encode
    // than the compression itself.
    const most = line.length * 3 + 1;
    if (this.used + most > CHUNK_BYTES) this.flush();
    if (most > CHUNK_BYTES) {
      this.hand(Buffer.from(`${line}\n`));
      return;
    }
    this.used += this.chunk.write(line, this.used);
    this.chunk[this.used++] = NEWLINE;
  }

  private flush(): void {
    if (this.used === 0) return;
    // The compressor reads the chunk later, on its thread: it is handed over, not reused.
    this.hand(this.chunk.subarray(0, this.used));
    this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
  }

  /**
   * Queues bytes for compression. The queue is ours, not the stream's 16 KiB high-water mark: with
   * that, every chunk made the reader wait until it was compressed, and the two never overlapped.
   */
  private hand(bytes: Buffer): void {
    this.queued += bytes.length;
    this.gzip.write(bytes, () => {
      this.queued -= bytes.length;
      if (this.queued <= QUEUE_BYTES && this.caughtUp) {
        this.caughtUp();
        this.caughtUp = undefined;
      }
    });
  }

  /** True when the compressor is behind; the caller then awaits drain() before adding more. */
  get behind(): boolean {
    return this.queued > QUEUE_BYTES;
  }

  async drain(): Promise<void> {
    if (!this.behind) return;
    const caughtUp = new Promise<void>((resolve) => {
      this.caughtUp = resolve;
    });
    await Promise.race([caughtUp, this.written]);
  }

  /** Writes what is pending and closes the file; returns its path. */
  async finish(): Promise<string> {
    // An empty flow file (no subsidies paid that month) is still a valid, empty gzip stream.
    this.flush();
    this.gzip.end();
    await this.written;
    return this.path;
  }

  /** Removes the temporary file (idempotent; after finish or instead of it). */
  async dispose(): Promise<void> {
    this.gzip.destroy();
    await this.written.catch(() => undefined);
    await rm(this.folder, { recursive: true, force: true });
  }
}

/** Bytes handed to the compressor at a time. */
const CHUNK_BYTES = 256 * 1024;
/** Bytes that may wait for compression before the reader waits: memory stays flat, the two overlap. */
const QUEUE_BYTES = 4 * 1024 * 1024;
const NEWLINE = 0x0a;

/** Streams the rows of a curated snapshot back. */
export async function* readCurated(objects: ObjectStore, key: string): AsyncIterable<unknown> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  // Split by hand: readline's per-line events cost more than parsing the JSON.
  for await (const chunk of (await objects.openRead(key)).pipe(createGunzip())) {
    const text = rest + decoder.write(chunk as Buffer);
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      if (end > start) yield JSON.parse(text.slice(start, end));
      start = end + 1;
    }
    rest = text.slice(start);
  }
  rest += decoder.end();
  if (rest) yield JSON.parse(rest);
}
