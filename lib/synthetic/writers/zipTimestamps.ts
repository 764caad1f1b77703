/**
 * Sets every entry time of a ZIP archive (an .xlsx) to one fixed moment, in place. ExcelJS stamps
 * entries with the current time; fixing them makes two runs with the same seed byte-identical.
 * Reads only the central directory and rewrites a few bytes per entry.
 */
import { open } from 'node:fs/promises';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** MS-DOS date and time words of a wall-clock time (two-second resolution). */
export function dosDateTime(wallClock: {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}): [number, number] {
  const time = (wallClock.hour << 11) | (wallClock.minute << 5);
  const date = ((wallClock.year - 1980) << 9) | (wallClock.month << 5) | wallClock.day;
  return [time, date];
}

export async function fixZipTimestamps(path: string, time: number, date: number): Promise<void> {
  const file = await open(path, 'r+');
  try {
    const { size } = await file.stat();
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new Error(`${path}: not a ZIP archive (no end of central directory)`);
    const entries = tail.readUInt16LE(eocd + 10);
    const directorySize = tail.readUInt32LE(eocd + 12);
    const directoryOffset = tail.readUInt32LE(eocd + 16);
    const directory = Buffer.alloc(directorySize);
    await file.read(directory, 0, directorySize, directoryOffset);
    const stamp = Buffer.alloc(4);
    stamp.writeUInt16LE(time, 0);
    stamp.writeUInt16LE(date, 2);
    const local = Buffer.alloc(4);
    let offset = 0;
    for (let k = 0; k < entries; k++) {
      if (directory.readUInt32LE(offset) !== CENTRAL_SIGNATURE)
        throw new Error(`${path}: broken central directory`);
      stamp.copy(directory, offset + 12);
      const localOffset = directory.readUInt32LE(offset + 42);
      await file.read(local, 0, 4, localOffset);
      if (local.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new Error(`${path}: broken local header`);
      await file.write(stamp, 0, 4, localOffset + 10);
      offset +=
        46 +
        directory.readUInt16LE(offset + 28) +
        directory.readUInt16LE(offset + 30) +
        directory.readUInt16LE(offset + 32);
    }
    await file.write(directory, 0, directorySize, directoryOffset);
  } finally {
    await file.close();
  }
}
