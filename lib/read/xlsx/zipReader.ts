import { Readable, pipeline } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import type { InflateBudget } from '../sizeGuard.ts';
import { ByteQueue } from './byteQueue.ts';
import { ZipFormatError } from './zipFormatError.ts';

/** One file inside the archive. */
export interface ZipEntry {
  /** The name as stored (`xl/worksheets/sheet1.xml`). */
  path: string;
  /**
   * The inflated content, counted against the budget as it comes out of the inflater. Read it at most
   * once; leaving early drains the rest (still counted), unless the reader was aborted.
   */
  chunks(): AsyncGenerator<Buffer, void, undefined>;
}

/**
 * Reads a zip archive front to back, entry by entry, as it streams — an .xlsx is never held whole,
 * spooled to disk, or inflated beyond the budget (DATA-CONTRACT §5.4). Only what Excel and the common
 * exporters write is supported: stored or deflated entries, with sizes in the local header or in a
 * data descriptor (Java and most streaming writers), zip64 sizes.
 */
export class ZipReader {
  private aborted = false;

  constructor(
    private readonly bytes: AsyncGenerator<Buffer, void, undefined>,
    private readonly budget: InflateBudget,
  ) {}

  /** Stop at once: entries being read stop without draining (call before `entries().return()`). */
  abort(): void {
    this.aborted = true;
  }

  /** Each entry must be read to the end (or left) before asking for the next one. */
  async *entries(): AsyncGenerator<ZipEntry, void, undefined> {
    const queue = new ByteQueue(this.bytes);
    try {
      for (let first = true; ; first = false) {
        const signature = await queue.readUInt32OrEnd();
        if (signature === null) throw new ZipFormatError('archive ends without its central directory');
        if (signature === SPANNING_MARKER && first) continue;
        if (CENTRAL_SIGNATURES.has(signature)) {
          await readCentralDirectory(queue, signature);
          return;
        }
        if (signature !== LOCAL_FILE_HEADER)
          throw new ZipFormatError(`unexpected record 0x${signature.toString(16)}`);
        const header = await readLocalHeader(queue);
        if (header.declaredSize !== undefined) this.budget.expect(header.declaredSize);
        const trailer: { crc?: number } = {};
        const compressed =
          header.compressedSize === undefined
            ? queue.takeUntilDataDescriptor(trailer)
            : queue.take(header.compressedSize);
        const data = new EntryData(compressed, header.method, this.budget, () => this.aborted);
        yield { path: header.path, chunks: () => data.chunks() };
        await data.finish();
        const crc = header.descriptorFollows
          ? await readDataDescriptorCrc(queue, header.zip64)
          : (trailer.crc ?? header.crc);
        // A damaged upload can still inflate; its checksum tells.
        if (data.crc !== crc) throw new ZipFormatError(`checksum mismatch in ${header.path}`);
      }
    } finally {
      await this.bytes.return(undefined);
    }
  }
}

/**
 * The central directory and end records, read through to the end-of-archive record: an archive cut
 * off after its last entry is incomplete (an interrupted upload) and rejected like any other.
 */
async function readCentralDirectory(queue: ByteQueue, firstSignature: number): Promise<void> {
  for (let signature = firstSignature; ; signature = (await queue.read(4)).readUInt32LE(0)) {
    if (signature === CENTRAL_DIRECTORY_ENTRY) {
      const fixed = await queue.read(42);
      await queue.skip(fixed.readUInt16LE(24) + fixed.readUInt16LE(26) + fixed.readUInt16LE(28));
    } else if (signature === ZIP64_END_OF_CENTRAL_DIRECTORY) {
      await queue.skip(Number((await queue.read(8)).readBigUInt64LE(0)));
    } else if (signature === ZIP64_END_LOCATOR) {
      await queue.skip(16);
    } else if (signature === END_OF_CENTRAL_DIRECTORY) {
      await queue.read(18); // the archive comment after it is not needed
      return;
    } else {
      throw new ZipFormatError(`unexpected record 0x${signature.toString(16)} in the central directory`);
    }
  }
}

interface LocalHeader {
  path: string;
  method: number;
  /** CRC-32 of the content (from a data descriptor instead when one follows). */
  crc: number;
  /** Undefined when the data runs up to a data descriptor. */
  compressedSize: number | undefined;
  declaredSize: number | undefined;
  /** Sizes are known and a data descriptor still follows the data. */
  descriptorFollows: boolean;
  zip64: boolean;
}

async function readLocalHeader(queue: ByteQueue): Promise<LocalHeader> {
  const fixed = await queue.read(26);
  const flags = fixed.readUInt16LE(2);
  const method = fixed.readUInt16LE(4);
  let compressedSize = fixed.readUInt32LE(14);
  let size = fixed.readUInt32LE(18);
  const name = await queue.read(fixed.readUInt16LE(22));
  const extra = await queue.read(fixed.readUInt16LE(24));
  if (flags & FLAG_ENCRYPTED) throw new ZipFormatError('encrypted entry');
  if (method !== STORED && method !== DEFLATED)
    throw new ZipFormatError(`compression method ${method}`, true);
  const zip64 = zip64Sizes(extra, size, compressedSize);
  if (zip64) {
    size = zip64.size;
    compressedSize = zip64.compressedSize;
  }
  const hasDescriptor = (flags & FLAG_DATA_DESCRIPTOR) !== 0;
  const sizeKnown = !hasDescriptor || compressedSize > 0;
  return {
    path: name.toString(flags & FLAG_UTF8 ? 'utf8' : 'latin1'),
    method,
    crc: fixed.readUInt32LE(10),
    compressedSize: sizeKnown ? compressedSize : undefined,
    declaredSize: sizeKnown ? size : undefined,
    descriptorFollows: hasDescriptor && sizeKnown,
    zip64: zip64 !== undefined,
  };
}

/** The zip64 extended-information field holds the sizes that did not fit in 32 bits. */
function zip64Sizes(extra: Buffer, size: number, compressedSize: number) {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    const field = extra.subarray(at + 4, at + 4 + length);
    at += 4 + length;
    if (id !== ZIP64_EXTRA) continue;
    let read = 0;
    const next = (current: number) => {
      if (current !== 0xffffffff || read + 8 > field.length) return current;
      const value = Number(field.readBigUInt64LE(read));
      read += 8;
      return value;
    };
    const fullSize = next(size);
    return { size: fullSize, compressedSize: next(compressedSize) };
  }
  return undefined;
}

async function readDataDescriptorCrc(queue: ByteQueue, zip64: boolean): Promise<number> {
  const first = (await queue.read(4)).readUInt32LE(0);
  // The signature is optional: without it the first word is already the CRC.
  const crc = first === DATA_DESCRIPTOR_SIGNATURE ? (await queue.read(4)).readUInt32LE(0) : first;
  await queue.skip(zip64 ? 16 : 8);
  return crc;
}

/** Inflates one entry's data while the archive is read, with backpressure and the size budget. */
class EntryData {
  /** CRC-32 of the bytes inflated so far. */
  crc = 0;
  private state: 'unread' | 'reading' | 'settled' = 'unread';
  private readonly output: Readable;
  private readonly compressedDone: Promise<void>;

  constructor(
    compressed: AsyncGenerator<Buffer, void, undefined>,
    method: number,
    private readonly budget: InflateBudget,
    private readonly isAborted: () => boolean,
  ) {
    let settle: () => void = () => undefined;
    this.compressedDone = new Promise((resolve) => {
      settle = resolve;
    });
    const input = Readable.from(
      whenDone(compressed, () => settle()),
      { objectMode: false },
    );
    if (method === STORED) {
      // Errors surface where the bytes are read; none may go unhandled between two reads.
      input.on('error', () => undefined);
      this.output = input;
    } else {
      const inflater = createInflateRaw();
      pipeline(input, inflater, () => {
        // Errors surface where the inflated bytes are read.
      });
      this.output = inflater;
    }
  }

  async *chunks(): AsyncGenerator<Buffer, void, undefined> {
    if (this.state !== 'unread') throw new Error('A zip entry can be read only once');
    this.state = 'reading';
    let outcome: 'left' | 'complete' | 'failed' = 'left';
    try {
      for await (const chunk of this.output.iterator({ destroyOnReturn: false })) {
        this.count(chunk as Buffer);
        yield chunk as Buffer;
      }
      outcome = 'complete';
    } catch (error) {
      outcome = 'failed';
      this.output.destroy();
      throw error;
    } finally {
      if (outcome === 'left') {
        if (this.isAborted()) this.output.destroy();
        else await this.drain();
      }
      this.state = 'settled';
    }
  }

  /** Called by the archive before reading on: the entry's data must be behind us. */
  async finish(): Promise<void> {
    if (this.state === 'reading') throw new Error('A zip entry is still being read');
    if (this.state === 'unread') {
      this.state = 'reading';
      try {
        await this.drain();
      } finally {
        this.state = 'settled';
      }
    }
    await this.compressedDone;
  }

  private count(chunk: Buffer): void {
    this.budget.add(chunk.length);
    this.crc = crc32(chunk, this.crc);
  }

  private async drain(): Promise<void> {
    try {
      for await (const chunk of this.output.iterator({ destroyOnReturn: false })) this.count(chunk as Buffer);
    } catch (error) {
      this.output.destroy();
      throw error;
    }
  }
}

async function* whenDone(
  data: AsyncGenerator<Buffer, void, undefined>,
  done: () => void,
): AsyncGenerator<Buffer, void, undefined> {
  try {
    yield* data;
  } finally {
    done();
  }
}

const LOCAL_FILE_HEADER = 0x04034b50;
const DATA_DESCRIPTOR_SIGNATURE = 0x08074b50;
const SPANNING_MARKER = 0x30304b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const CENTRAL_SIGNATURES = new Set([
  CENTRAL_DIRECTORY_ENTRY,
  END_OF_CENTRAL_DIRECTORY,
  ZIP64_END_OF_CENTRAL_DIRECTORY,
  ZIP64_END_LOCATOR,
]);
const ZIP64_EXTRA = 0x0001;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const STORED = 0;
const DEFLATED = 8;
