/**
 * How a key segment (one `/`-separated part of an object key, or a whole pk / sk) becomes a file name,
 * and back. DATA-CONTRACT 5.6: paths stay inside the data directory, unsafe characters
 * percent-encoded. The encoding is injective and readable: Chinese and ordinary characters stay as
 * they are; only what a file system (Linux, macOS or Windows) would treat specially is escaped as
 * `%XX` (UTF-8 bytes):
 * - `%` itself, `/` and `\`, the characters Windows forbids (`< > : " | ? *`), C0/C1 controls and DEL
 *   (NUL included), and invisible direction/format marks that can disguise a name;
 * - a leading `.` (so `.` and `..` cannot occur, and no name is hidden) and a trailing `.` or space
 *   (Windows drops them);
 * - the first character of a Windows device name (`CON`, `nul.txt`, `COM1` …) and of a name the
 *   caller reserves for its own use.
 * The empty segment is written `%`. A name longer than a file system allows (255 bytes) is split
 * into components: every component but the last ends with `%+`, every one but the first starts with
 * `%+` (neither can occur in an encoded name, so the split is unambiguous).
 */

import { StorageKeyError } from './errors.ts';
import { LOCAL_STORAGE_MESSAGES } from './messages.ts';

/** Bytes of one component, leaving room for the `.json` suffix and lock-file decoration. */
const MAX_COMPONENT_BYTES = 200;
const CONTINUES = '%+';
const EMPTY = '%';

const ALWAYS_ESCAPED = new Set(['%', '/', '\\', '<', '>', ':', '"', '|', '?', '*']);
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;
const ENCODED_NAME = /^(?:%[0-9A-F]{2}|[^%])*$/;

function isInvisibleOrControl(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp <= 0x9f) ||
    cp === 0x200e ||
    cp === 0x200f ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0xfeff
  );
}

function percentEncode(ch: string): string {
  let out = '';
  for (const byte of Buffer.from(ch, 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return out;
}

function isLoneSurrogate(cp: number): boolean {
  return cp >= 0xd800 && cp <= 0xdfff;
}

/** The single encoded name of a segment, before any split. */
function encodeName(segment: string, reserved: ReadonlySet<string>): string {
  if (segment === '') return EMPTY;
  const chars = Array.from(segment);
  const parts = chars.map((ch, i) => {
    const cp = ch.codePointAt(0) as number;
    if (isLoneSurrogate(cp))
      throw new StorageKeyError(LOCAL_STORAGE_MESSAGES.unencodableKey(segment), segment);
    const last = i === chars.length - 1;
    if (ALWAYS_ESCAPED.has(ch) || isInvisibleOrControl(cp)) return percentEncode(ch);
    if (i === 0 && ch === '.') return percentEncode(ch);
    if (last && (ch === '.' || ch === ' ')) return percentEncode(ch);
    return ch;
  });
  if (WINDOWS_DEVICE.test(segment) || reserved.has(segment.toLowerCase())) parts[0] = percentEncode(chars[0]);
  return parts.join('');
}

/** Splits an encoded name into tokens that must stay whole: `%XX` escapes and single code points. */
function tokens(name: string): string[] {
  return name.match(/%[0-9A-F]{2}|[\s\S]/gu) ?? [];
}

function split(name: string): string[] {
  if (Buffer.byteLength(name, 'utf8') <= MAX_COMPONENT_BYTES) return [name];
  const budget = MAX_COMPONENT_BYTES - 2 * CONTINUES.length;
  const pieces: string[] = [];
  let piece = '';
  let bytes = 0;
  for (const token of tokens(name)) {
    const size = Buffer.byteLength(token, 'utf8');
    if (bytes + size > budget) {
      pieces.push(piece);
      piece = '';
      bytes = 0;
    }
    piece += token;
    bytes += size;
  }
  pieces.push(piece);
  return pieces.map((p, i) => `${i > 0 ? CONTINUES : ''}${p}${i < pieces.length - 1 ? CONTINUES : ''}`);
}

/**
 * The file-name components of one segment (usually one). `reserved` holds lower-case names the
 * caller keeps for itself at this position; a segment equal to one of them (ignoring case) is
 * escaped so it can never collide.
 */
export function encodeSegment(segment: string, reserved: ReadonlySet<string> = new Set()): string[] {
  return split(encodeName(segment, reserved));
}

function decodeName(name: string): string | undefined {
  if (name === EMPTY) return '';
  if (name === '' || !ENCODED_NAME.test(name)) return undefined;
  try {
    return decodeURIComponent(name);
  } catch {
    return undefined;
  }
}

/**
 * The segments a path of components spells, or undefined when the path is not one this codec
 * writes (a temp or lock file, a file someone else put there, a broken split). Callers should also
 * re-encode the result and compare, to accept only canonical names.
 */
export function decodeComponents(components: readonly string[]): string[] | undefined {
  const segments: string[] = [];
  let pending: string | undefined;
  for (const component of components) {
    let body = component;
    const continued = pending !== undefined;
    if (continued) {
      if (!body.startsWith(CONTINUES)) return undefined;
      body = body.slice(CONTINUES.length);
    }
    const continues = body.endsWith(CONTINUES);
    if (continues) body = body.slice(0, -CONTINUES.length);
    const joined = (pending ?? '') + body;
    if (continues) {
      pending = joined;
      continue;
    }
    pending = undefined;
    const segment = decodeName(joined);
    if (segment === undefined) return undefined;
    segments.push(segment);
  }
  return pending === undefined ? segments : undefined;
}

/** True when a component continues into the next one (a directory made by a split). */
export function continuesInNext(component: string): boolean {
  return component.endsWith(CONTINUES);
}
