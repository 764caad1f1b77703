import { parseNumber } from '../normalize/number.ts';
import { normalizeHeader } from '../normalize/text.ts';
import type { Cell } from '../read/types.ts';

/**
 * The served cell of the activity form (DATA-CONTRACT §3.8): the total and, in brackets or after 咨询,
 * the consultations — `120（30）`, `120（其中咨询：30人）`, `120(30)`, or just `120`.
 */
export type Served =
  | { status: 'absent' }
  | { status: 'invalid' }
  | { status: 'ok'; total: number; consulted?: number };

const WITH_CONSULTED =
  /^(\d+(?:\.\d+)?)人?(?:\((?:其中)?(?:咨询)?(?:人数)?:?(\d+(?:\.\d+)?)人?\)|[,;]?(?:其中)?咨询(?:人数)?:?(\d+(?:\.\d+)?)人?)$/;

export function parseServed(cell: Cell): Served {
  const plain = parseNumber(cell);
  if (plain.status === 'absent') return { status: 'absent' };
  if (plain.status === 'ok') return { status: 'ok', total: plain.value };
  if (typeof cell !== 'string') return { status: 'invalid' };
  // NFKC turns （）：，； into ()：,; — the regular expression sees the half-width forms only.
  const text = normalizeHeader(cell)
    .replace(/[[【]/g, '(')
    .replace(/[\]】]/g, ')')
    .replace(/[、，]/g, ',');
  const match = WITH_CONSULTED.exec(text);
  if (!match) return { status: 'invalid' };
  return { status: 'ok', total: Number(match[1]), consulted: Number(match[2] ?? match[3]) };
}
