import iconv from 'iconv-lite';
import { TextDecoder } from 'node:util';
import type { CsvEncoding } from './encoding.ts';

/** Decodes a byte stream chunk by chunk; a character split between chunks stays whole. */
export interface StreamDecoder {
  write(bytes: Buffer): string;
  end(): string;
}

/**
 * The platform's decoder (ICU, several times faster than iconv-lite for GB18030) where Node has it,
 * iconv-lite otherwise (a Node built with small-icu knows no GB18030). Both drop a byte-order mark.
 */
export function streamDecoder(encoding: CsvEncoding): StreamDecoder {
  let native: TextDecoder | undefined;
  try {
    native = new TextDecoder(encoding);
  } catch {
    native = undefined;
  }
  if (native) {
    const decoder = native;
    return { write: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode() };
  }
  const decoder = iconv.getDecoder(encoding);
  return { write: (bytes) => decoder.write(bytes), end: () => decoder.end() ?? '' };
}

/** A whole buffer (the sample looked at before reading). */
export function decodeAll(bytes: Buffer, encoding: CsvEncoding): string {
  const decoder = streamDecoder(encoding);
  return decoder.write(bytes) + decoder.end();
}

/**
 * What the CSV parser reads: UTF-8 as the bytes it is (csv-parse decodes cell by cell; decoding first
 * only for csv-parse to encode again cost a fifth of the reading time), any other encoding decoded
 * chunk by chunk.
 */
export type CsvText = AsyncIterable<Buffer | string>;

export async function* csvText(bytes: AsyncIterable<Buffer>, encoding: CsvEncoding): CsvText {
  if (encoding === 'utf-8') {
    yield* bytes;
    return;
  }
  const decoder = streamDecoder(encoding);
  for await (const chunk of bytes) {
    const text = decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * Whether a chunk holds control characters other than tab and line ends (§5.2 removes them from
 * values). In UTF-8 and GB18030 a byte below 0x20 is always such a character, never part of another.
 */
export function hasControlChars(chunk: Buffer | string): boolean {
  if (typeof chunk === 'string') return C0_EXCEPT_LINE_ENDS.test(chunk);
  for (let i = 0; i < chunk.length; i++) {
    const byte = chunk[i] as number;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return true;
  }
  return false;
}

/** Whether a chunk holds a double quote: only a quoted cell can hold a line break. */
export function hasQuote(chunk: Buffer | string): boolean {
  return typeof chunk === 'string' ? chunk.includes('"') : chunk.indexOf(QUOTE) !== -1;
}

const QUOTE = 0x22;

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const C0_EXCEPT_LINE_ENDS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
