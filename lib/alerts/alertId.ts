import { createHash } from 'node:crypto';
import type { AlertKind } from './types.ts';

/**
 * RULES 4.3: every alert has a deterministic id made of (kind, cadre, period or date, subject), e.g.
 * `survey-remind|C001|2023-03-24|330723200000`. Readable on purpose: a clerk looking at the ledger
 * sees what was sent to whom and when. Safe as a DynamoDB sort key and an SNS attribute value: the
 * separator `|`, `%`, whitespace and control characters inside a part are percent-encoded, and a part
 * too long for a key is replaced by a digest of itself.
 */
export function alertId(kind: AlertKind, cadreId: string, on: string, about: string): string {
  return [kind, idPart(cadreId), idPart(on), idPart(about)].join('|');
}

/** The longest part kept readable (UTF-8 bytes); DynamoDB allows 1024 bytes for a sort key. */
const MAX_PART_BYTES = 200;

/** One id part: unchanged when it holds no separator, `%`, whitespace or control character. */
export function idPart(value: string): string {
  if (value === '') throw new RangeError('alert id part is empty');
  const escaped = value.replace(/[|%\s\p{Cc}\p{Cf}\p{Cs}]/gu, (c) =>
    [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
  if (Buffer.byteLength(escaped, 'utf8') <= MAX_PART_BYTES) return escaped;
  return `sha256-${createHash('sha256').update(value, 'utf8').digest('hex')}`;
}
