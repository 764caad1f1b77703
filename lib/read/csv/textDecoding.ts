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
 * The decoded text of a byte stream with every line end made `\n` (§5.2 accepts LF, CRLF and CR, in
 * any mix). Line breaks inside quoted cells change too — harmless: they are removed from values and
 * counted the same. A `\r` at the end of a chunk waits for the next one, which may start with `\n`.
 */
export async function* decodedLines(
  bytes: AsyncIterable<Buffer>,
  encoding: CsvEncoding,
): AsyncGenerator<string, void, undefined> {
  const decoder = streamDecoder(encoding);
  let carriageReturn = false;
  const unified = (text: string): string => {
    let joined = carriageReturn ? `\r${text}` : text;
    carriageReturn = joined.endsWith('\r');
    if (carriageReturn) joined = joined.slice(0, -1);
    return joined.includes('\r') ? joined.replace(CR_LINE_END, '\n') : joined;
  };
  for await (const chunk of bytes) {
    const text = unified(decoder.write(chunk));
    if (text) yield text;
  }
  const rest = unified(decoder.end()) + (carriageReturn ? '\n' : '');
  if (rest) yield rest;
}

const CR_LINE_END = /\r\n?/g;
