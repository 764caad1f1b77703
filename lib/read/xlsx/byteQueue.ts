import { ZipFormatError } from './zipFormatError.ts';

const EMPTY = Buffer.alloc(0);

/**
 * Sequential reading of a byte stream in the sizes a zip needs: fixed headers, entry data of a known
 * length, or entry data that ends at a data descriptor. Holds at most one chunk plus a few bytes.
 */
export class ByteQueue {
  private buffered: Buffer = EMPTY;
  private ended = false;

  constructor(private readonly source: AsyncIterator<Buffer>) {}

  /** Exactly `n` bytes; the archive ending first means it was truncated. */
  async read(n: number): Promise<Buffer> {
    if (!(await this.ensure(n))) throw new ZipFormatError('archive truncated');
    const out = this.buffered.subarray(0, n);
    this.buffered = this.buffered.subarray(n);
    return out;
  }

  /** A little-endian 32-bit word, or null at the very end of the stream. */
  async readUInt32OrEnd(): Promise<number | null> {
    if (!(await this.ensure(1))) return null;
    return (await this.read(4)).readUInt32LE(0);
  }

  async skip(n: number): Promise<void> {
    for await (const _ of this.take(n)) {
      // discarded
    }
  }

  /** The next `n` bytes, as they arrive. */
  async *take(n: number): AsyncGenerator<Buffer, void, undefined> {
    let left = n;
    while (left > 0) {
      if (this.buffered.length === 0 && !(await this.fill())) throw new ZipFormatError('entry truncated');
      const piece = this.buffered.subarray(0, Math.min(left, this.buffered.length));
      this.buffered = this.buffered.subarray(piece.length);
      left -= piece.length;
      yield piece;
    }
  }

  /**
   * Entry data whose size the local header did not give (general-purpose flag bit 3): it runs up to a
   * data descriptor. A descriptor signature can also occur by chance inside compressed data, so a
   * candidate counts only when the size it records equals the bytes passed and a zip record follows
   * it. The descriptor itself is consumed; its CRC is put in `trailer`.
   */
  async *takeUntilDataDescriptor(trailer: { crc?: number }): AsyncGenerator<Buffer, void, undefined> {
    let passed = 0;
    let searchFrom = 0;
    for (;;) {
      const at = this.buffered.indexOf(DATA_DESCRIPTOR, searchFrom);
      if (at === -1) {
        // Keep the last 3 bytes: a signature may straddle two chunks.
        const safe = this.buffered.length - (DATA_DESCRIPTOR.length - 1);
        if (safe > 0) {
          const piece = this.buffered.subarray(0, safe);
          this.buffered = this.buffered.subarray(safe);
          passed += safe;
          yield piece;
        }
        searchFrom = 0;
        if (!(await this.fill())) throw new ZipFormatError('data descriptor not found');
        continue;
      }
      const descriptorLength = await this.descriptorAt(at, passed + at);
      if (descriptorLength === 0) {
        searchFrom = at + 1;
        continue;
      }
      const piece = this.buffered.subarray(0, at);
      trailer.crc = this.buffered.readUInt32LE(at + 4);
      this.buffered = this.buffered.subarray(at + descriptorLength);
      if (piece.length > 0) yield piece;
      return;
    }
  }

  /** Length of a genuine data descriptor starting at `at` (16, or 24 for zip64), else 0. */
  private async descriptorAt(at: number, dataLength: number): Promise<number> {
    for (const [sizeBytes, length] of [
      [4, 16],
      [8, 24],
    ] as const) {
      const followed = await this.ensure(at + length + 4);
      if (this.buffered.length < at + length) continue;
      const recorded =
        sizeBytes === 4 ? this.buffered.readUInt32LE(at + 8) : Number(this.buffered.readBigUInt64LE(at + 8));
      const expected = sizeBytes === 4 ? dataLength % 2 ** 32 : dataLength;
      if (recorded !== expected) continue;
      if (followed) {
        if (RECORD_SIGNATURES.has(this.buffered.readUInt32LE(at + length))) return length;
      } else if (this.buffered.length === at + length) {
        return length; // the archive ends right after the descriptor
      }
    }
    return 0;
  }

  /** Buffers at least `n` bytes if the stream has them. */
  private async ensure(n: number): Promise<boolean> {
    while (this.buffered.length < n) {
      if (!(await this.fill())) return false;
    }
    return true;
  }

  private async fill(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.source.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    this.buffered = this.buffered.length === 0 ? next.value : Buffer.concat([this.buffered, next.value]);
    return true;
  }
}

const DATA_DESCRIPTOR = Buffer.from([0x50, 0x4b, 0x07, 0x08]);

/** Records that may follow an entry: another entry, the central directory, the end records. */
const RECORD_SIGNATURES = new Set([0x04034b50, 0x02014b50, 0x06054b50, 0x06064b50, 0x07064b50, 0x08074b50]);
